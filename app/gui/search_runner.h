#pragma once

#include "search/search_engine.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace dnas::gui {

class SearchWorker;

/**
 * Runs searches on a worker thread it owns and reports on the GUI thread.
 * The engine, its run database connection and its controller live on the
 * worker; the GUI receives value-type events by queued signals and steers
 * the run through a SearchControl (atomics and a mutex, never waiting on
 * training). One run at a time. GUI thread only.
 */
class SearchRunner : public QObject
{
    Q_OBJECT

public:
    explicit SearchRunner(QObject *parent = nullptr);
    /** Cancels a running search and waits for the worker to finish it (the
     *  engine honours a cancel within a training batch). */
    ~SearchRunner() override;

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_control && m_control->isPaused(); }

    /** Starts a new run; the database is opened on the worker thread. */
    void start(std::shared_ptr<const Benchmark> benchmark, const SearchConfig &config,
               const QString &databasePath);
    /** Continues a stored run. */
    void resume(std::shared_ptr<const Benchmark> benchmark, qint64 runId,
                const QString &databasePath);
    void pause();
    void unpause();
    void stop();
    /** The user's regions for the next sampling step of the running search. */
    void setUserRegions(const RegionSet &regions);
    /** Queues a cell to be queried at the next step boundary. */
    void requestQuery(const Cell &cell);

Q_SIGNALS:
    void runStarted(qint64 runId, const dnas::SearchConfig &config, bool resumed);
    void phaseChanged(dnas::SearchPhase phase, int iteration);
    void queryMade(const dnas::QueryRecord &query);
    void bestImproved(const dnas::QueryRecord &best);
    void iterationFinished(const dnas::IterationRecord &record);
    void runEnded(const dnas::SearchResult &result);
    /** Something the user should know that does not stop the run (a
     *  damaged checkpoint a resume went around). */
    void notice(const QString &message);
    /** The run could not start (bad config, unreadable database). */
    void failed(const QString &message);
    void pausedChanged(bool paused);

private:
    void launch(std::shared_ptr<const Benchmark> benchmark, const SearchConfig &config,
                qint64 resumeId, const QString &databasePath);

    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    std::shared_ptr<SearchControl> m_control;
    RegionSet m_regions;
    bool m_running = false;
};

} // namespace dnas::gui
