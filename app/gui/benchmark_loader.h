#pragma once

#include "benchmark_distribution.h"

#include "bench/benchmark_summary.h"
#include "controller/controller.h"
#include "factor_data.h"

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
    /** The space's shipped pretrained controller (null, with controllerError
     *  set, when it cannot be read: the table is still usable). */
    std::shared_ptr<const Controller> controller;
    QString controllerError;
    /** Random cells of the table encoded by that controller (μ), with their
     *  metrics: the factor plots and slider ranges before a run trains. */
    std::vector<Cell> sampleCells;
    widgets::FactorData sample;
    quint64 serial = 0; ///< which load() this answers
};

/**
 * Loads a benchmark table, its summary and distribution, the pretrained
 * controller and an encoded sample of kSampleSize cells on the global thread
 * pool (QtConcurrent::run) and reports on the GUI thread. The newest load()
 * wins: the result of an earlier load still running is dropped. Exceptions of
 * core become failed(), never a crash. GUI thread only.
 */
class BenchmarkLoader : public QObject
{
    Q_OBJECT

public:
    /** Cells encoded for the first factor plots (about 1.5 s on NB-101). */
    static constexpr int kSampleSize = 2000;

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
