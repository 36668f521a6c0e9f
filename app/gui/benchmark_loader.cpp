#include "benchmark_loader.h"

#include "util/error.h"

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
