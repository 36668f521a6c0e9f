#include "pretraining.h"

#include "../util/rng.h"

#include <QDir>

namespace dnas {

bool isHeldOutRow(int row)
{
    std::uint64_t z = std::uint64_t(row) + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return z % 10 >= 7;
}

namespace {
std::vector<int> rowsWhere(const Benchmark &b, bool heldOut)
{
    std::vector<int> rows;
    for (int r = 0; r < b.size(); ++r) {
        if (isHeldOutRow(r) == heldOut)
            rows.push_back(r);
    }
    return rows;
}
} // namespace

std::vector<int> pretrainingRows(const Benchmark &benchmark)
{
    return rowsWhere(benchmark, false);
}

std::vector<int> heldOutRows(const Benchmark &benchmark)
{
    return rowsWhere(benchmark, true);
}

std::vector<int> sampleRows(const std::vector<int> &rows, int count, Rng &rng)
{
    std::vector<int> pool = rows;
    const std::size_t k = std::min(pool.size(), std::size_t(std::max(0, count)));
    // Partial Fisher–Yates: the first k entries become the sample.
    for (std::size_t i = 0; i < k; ++i)
        std::swap(pool[i], pool[i + rng.below(pool.size() - i)]);
    pool.resize(k);
    return pool;
}

std::vector<TrainingSample> samplesOfRows(const Benchmark &benchmark, const std::vector<int> &rows,
                                          bool withAccuracy)
{
    std::vector<TrainingSample> out;
    out.reserve(rows.size());
    for (const int r : rows) {
        const CellMetrics m = benchmark.metrics(r);
        TrainingSample s;
        s.cell = benchmark.cell(r);
        s.flops = m.flops;
        if (withAccuracy)
            s.accuracy = m.searchAccuracy;
        out.push_back(std::move(s));
    }
    return out;
}

SpaceKind spaceOf(BenchmarkId id)
{
    return isNb101(id) ? SpaceKind::Nb101 : SpaceKind::Nb201;
}

QString bundledControllerPath(SpaceKind space)
{
    // The tables' folder is resources/benchmarks; controllers sit beside it.
    QDir dir(bundledBenchmarkDir());
    dir.cdUp();
    return dir.filePath(space == SpaceKind::Nb101 ? QStringLiteral("controllers/nb101.dnasctl")
                                                  : QStringLiteral("controllers/nb201.dnasctl"));
}

QString bundledBeta0ControllerPath(SpaceKind space)
{
    QString path = bundledControllerPath(space);
    path.replace(QStringLiteral(".dnasctl"), QStringLiteral("-beta0.dnasctl"));
    return path;
}

TrainOptions pretrainingOptions(int steps)
{
    TrainOptions options;
    options.learningRate = 0.01;
    options.finalLearningRate = 0.0005;
    options.maxSteps = steps;
    options.batchSize = 100;
    options.epochs = 1000000;
    options.patience = 0;
    options.renormaliseAccuracy = false;
    return options;
}

std::unique_ptr<Controller>
pretrainController(const Benchmark &benchmark, const ControllerConfig &config,
                   const TrainOptions &options, int cells,
                   const std::function<void(const EpochLosses &)> &onEpoch, TrainReport *report,
                   TrainReport *flopsRefit)
{
    Rng rng(config.seed);
    const std::vector<int> rows = sampleRows(pretrainingRows(benchmark), cells, rng);
    const auto samples = samplesOfRows(benchmark, rows, false);
    auto controller = std::make_unique<Controller>(config);
    const TrainReport trained = controller->train(samples, options, onEpoch);
    if (report)
        *report = trained;
    // FLOPS are exact and free: fit the FLOPS MLP to convergence on the fixed
    // encoder, over a large sample of the pretraining cells.
    const std::vector<TrainingSample> flopsSamples(
        samples.begin(),
        samples.begin() + std::ptrdiff_t(std::min<std::size_t>(samples.size(), 50000)));
    const TrainReport refit = controller->fitPredictors(flopsSamples, 300, 20);
    if (flopsRefit)
        *flopsRefit = refit;
    return controller;
}

} // namespace dnas
