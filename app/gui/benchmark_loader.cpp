#include "benchmark_loader.h"

#include "controller/pretraining.h"
#include "util/error.h"
#include "util/rng.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace dnas::gui {

namespace {
// Runs on a pool thread: touches nothing but its arguments.
LoadedBenchmark loadOffThread(BenchmarkId id, const QString &path, quint64 serial)
{
    LoadedBenchmark r;
    r.id = id;
    r.serial = serial;
    QElapsedTimer timer;
    timer.start();
    try {
        auto benchmark = loadBenchmark(id, path);
        r.summary = summarize(*benchmark);
        r.distribution = widgets::distributionOf(*benchmark, r.summary);
        r.benchmark = std::move(benchmark);
    } catch (const Error &e) {
        r.error = e.message();
    } catch (const std::exception &e) {
        r.error = QString::fromLocal8Bit(e.what());
    } catch (...) {
        r.error = BenchmarkLoader::tr("unknown error");
    }
    if (r.benchmark) {
        try {
            const SpaceKind space = spaceOf(id);
            r.controller = Controller::load(bundledControllerPath(space));
            Rng rng(1);
            for (int i = 0; i < BenchmarkLoader::kSampleSize; ++i)
                r.sampleCells.push_back(r.benchmark->randomCell(rng));
            r.sample.latents = r.controller->encode(r.sampleCells);
            for (const Cell &cell : r.sampleCells) {
                const int row = r.benchmark->rowOf(cell);
                const CellMetrics m = r.benchmark->metrics(row);
                r.sample.accuracy.push_back(m.reportedAccuracy);
                r.sample.flops.push_back(m.flops);
            }
        } catch (const std::exception &e) {
            r.controller.reset();
            r.sample = {};
            r.sampleCells.clear();
            r.controllerError = errorMessage(e);
        }
    }
    r.elapsedMs = timer.elapsed();
    return r;
}
} // namespace

BenchmarkLoader::BenchmarkLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<LoadedBenchmark>::finished, this,
            &BenchmarkLoader::onFinished);
}

// A load still running finishes on the pool and is dropped: it holds no
// pointer to this object.
BenchmarkLoader::~BenchmarkLoader() = default;

void BenchmarkLoader::load(BenchmarkId id, const QString &path)
{
    const quint64 serial = ++m_serial;
    m_watcher.setFuture(QtConcurrent::run(loadOffThread, id, path, serial));
}

void BenchmarkLoader::onFinished()
{
    const LoadedBenchmark result = m_watcher.result();
    if (result.serial != m_serial)
        return; // an abandoned load
    if (result.benchmark)
        Q_EMIT loaded(result);
    else
        Q_EMIT failed(result.id, result.error);
}

} // namespace dnas::gui
