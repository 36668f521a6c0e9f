#pragma once

#include "benchmark_distribution.h"

#include "bench/benchmark_summary.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace dnas::gui {

/** What one load produced: the table, its summary and the distribution the
 *  summary view plots, or an error. A value: it crosses from the pool thread. */
struct LoadedBenchmark
{
    BenchmarkId id = BenchmarkId::Nb101;
    std::shared_ptr<const Benchmark> benchmark; ///< null when loading failed
    BenchmarkSummary summary;
    widgets::BenchmarkDistribution distribution;
    qint64 elapsedMs = 0; ///< reading, summary and distribution together
    QString error; ///< user-readable; empty on success
    quint64 serial = 0; ///< which load() this answers
};

/**
 * Loads a benchmark table, its summary and distribution on the global thread
 * pool (QtConcurrent::run) and reports on the GUI thread. The newest load()
 * wins: the result of an earlier load still running is dropped. Exceptions of
 * core become failed(), never a crash. GUI thread only.
 */
class BenchmarkLoader : public QObject
{
    Q_OBJECT

public:
    explicit BenchmarkLoader(QObject *parent = nullptr);
    ~BenchmarkLoader() override;

    /** Starts loading `id` from `path` (empty: the bundled table). */
    void load(BenchmarkId id, const QString &path = {});
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded(const dnas::gui::LoadedBenchmark &result);
    void failed(dnas::BenchmarkId id, const QString &message);

private:
    void onFinished();

    QFutureWatcher<LoadedBenchmark> m_watcher;
    quint64 m_serial = 0;
};

} // namespace dnas::gui
