#include "search_runner.h"

#include "controller/controller.h"
#include "store/run_store.h"
#include "util/error.h"

#include <QMetaObject>

namespace dnas::gui {

/** Lives on the runner's thread; forwards engine events as signals. */
class SearchWorker : public QObject, public SearchObserver
{
    Q_OBJECT

public:
    void run(std::shared_ptr<const Benchmark> benchmark, const SearchConfig &config,
             qint64 resumeId, const QString &databasePath, std::shared_ptr<SearchControl> control)
    {
        setTorchThreads(1);
        try {
            RunStore store(databasePath);
            SearchEngine engine(std::move(benchmark), &store, this, control.get());
            if (resumeId > 0)
                engine.resume(resumeId);
            else
                engine.run(config);
        } catch (const std::exception &e) {
            Q_EMIT failed(errorMessage(e));
        }
    }

    void runStarted(qint64 runId, const SearchConfig &config, bool resumed) override
    {
        Q_EMIT started(runId, config, resumed);
    }
    void phaseChanged(SearchPhase phase, int iteration) override
    {
        Q_EMIT phase_(phase, iteration);
    }
    void queryMade(const QueryRecord &q) override { Q_EMIT query(q); }
    void bestImproved(const QueryRecord &q) override { Q_EMIT best(q); }
    void iterationFinished(const IterationRecord &r) override { Q_EMIT iteration(r); }
    void runEnded(const SearchResult &r) override { Q_EMIT ended(r); }
    void notice(const QString &message) override { Q_EMIT noticed(message); }

Q_SIGNALS:
    void started(qint64 runId, const dnas::SearchConfig &config, bool resumed);
    void phase_(dnas::SearchPhase phase, int iteration);
    void query(const dnas::QueryRecord &q);
    void best(const dnas::QueryRecord &q);
    void iteration(const dnas::IterationRecord &r);
    void ended(const dnas::SearchResult &r);
    void failed(const QString &message);
    void noticed(const QString &message);
};

SearchRunner::SearchRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SearchConfig>();
    qRegisterMetaType<QueryRecord>();
    qRegisterMetaType<IterationRecord>();
    qRegisterMetaType<SearchResult>();
    qRegisterMetaType<SearchPhase>();
    qRegisterMetaType<RegionSet>();
    m_thread.setObjectName(QStringLiteral("search worker"));
    m_worker = new SearchWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued: the worker's signals arrive on this (the GUI) thread.
    connect(m_worker, &SearchWorker::started, this, &SearchRunner::runStarted);
    connect(m_worker, &SearchWorker::phase_, this, &SearchRunner::phaseChanged);
    connect(m_worker, &SearchWorker::query, this, &SearchRunner::queryMade);
    connect(m_worker, &SearchWorker::best, this, &SearchRunner::bestImproved);
    connect(m_worker, &SearchWorker::iteration, this, &SearchRunner::iterationFinished);
    connect(m_worker, &SearchWorker::noticed, this, &SearchRunner::notice);
    connect(m_worker, &SearchWorker::ended, this, [this](const SearchResult &r) {
        m_running = false;
        Q_EMIT runEnded(r);
    });
    connect(m_worker, &SearchWorker::failed, this, [this](const QString &message) {
        m_running = false;
        Q_EMIT failed(message);
    });
    m_thread.start();
}

SearchRunner::~SearchRunner()
{
    if (m_control)
        m_control->cancel();
    m_thread.quit();
    m_thread.wait();
}

void SearchRunner::start(std::shared_ptr<const Benchmark> benchmark, const SearchConfig &config,
                         const QString &databasePath)
{
    launch(std::move(benchmark), config, 0, databasePath);
}

void SearchRunner::resume(std::shared_ptr<const Benchmark> benchmark, qint64 runId,
                          const QString &databasePath)
{
    launch(std::move(benchmark), SearchConfig {}, runId, databasePath);
}

void SearchRunner::launch(std::shared_ptr<const Benchmark> benchmark, const SearchConfig &config,
                          qint64 resumeId, const QString &databasePath)
{
    if (m_running) {
        Q_EMIT failed(tr("A search is already running; stop it first."));
        return;
    }
    m_running = true;
    m_control = std::make_shared<SearchControl>();
    m_control->setUserRegions(m_regions);
    SearchWorker *worker = m_worker;
    auto control = m_control;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, benchmark = std::move(benchmark), config, resumeId, databasePath, control] {
            worker->run(benchmark, config, resumeId, databasePath, control);
        },
        Qt::QueuedConnection);
}

void SearchRunner::pause()
{
    if (m_control && m_running && !m_control->isPaused()) {
        m_control->pause();
        Q_EMIT pausedChanged(true);
    }
}

void SearchRunner::unpause()
{
    if (m_control && m_control->isPaused()) {
        m_control->resume();
        Q_EMIT pausedChanged(false);
    }
}

void SearchRunner::stop()
{
    if (m_control) {
        m_control->cancel();
        if (m_control->isPaused())
            Q_EMIT pausedChanged(false);
    }
}

void SearchRunner::setUserRegions(const RegionSet &regions)
{
    m_regions = regions;
    if (m_control)
        m_control->setUserRegions(regions);
}

void SearchRunner::requestQuery(const Cell &cell)
{
    if (m_control && m_running)
        m_control->requestQuery(cell);
}

} // namespace dnas::gui

#include "search_runner.moc"
