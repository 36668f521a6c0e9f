#include "fuzz_support.h"

#include "store/run_store.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <unistd.h>

namespace dnas::fuzz {

void initQt()
{
    static int argc = 1;
    static char name[] = "dnas-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

QString scratchPath(const QString &name)
{
    return QDir::temp().filePath(QStringLiteral("dnas-fuzz-%1-%2").arg(::getpid()).arg(name));
}

QString writeScratch(const QString &name, const QByteArray &bytes)
{
    const QString path = scratchPath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("fuzz: cannot write the scratch file %s", qPrintable(path));
    return path;
}

namespace {
QueryRecord query(int order, const QString &cellText, bool nb101, int row)
{
    QueryRecord q;
    q.order = order;
    q.cell = cellFromText(nb101, cellText);
    q.metrics.row = row;
    q.metrics.searchAccuracy = 0.9 + 0.001 * order;
    q.metrics.reportedAccuracy = 0.91;
    q.metrics.flops = 1.5e8;
    q.metrics.params = 2694282;
    q.source = order == 0 ? CellSource::Initial : CellSource::Region;
    q.iteration = order;
    if (order > 0)
        q.predicted = Prediction {0.92, 1.4e8};
    return q;
}
} // namespace

QByteArray sampleRunDatabase()
{
    const QString path = scratchPath(QStringLiteral("template.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    {
        RunStore store(path);
        const QString nb101Cell = QStringLiteral(
            "{\"matrix\":[[0,1,1],[0,0,1],[0,0,0]],\"ops\":[\"input\",\"conv3x3-bn-relu\","
            "\"output\"]}");
        const QString nb201Cell = QStringLiteral(
            "|nor_conv_3x3~0|+|skip_connect~0|avg_pool_3x3~1|+|none~0|"
            "nor_conv_1x1~1|skip_connect~2|");
        for (const BenchmarkId id : {BenchmarkId::Nb101, BenchmarkId::Nb201Cifar100}) {
            const bool nb101 = isNb101(id);
            SearchConfig config = SearchConfig::defaults(id, SearchMethod::Dnas, 20);
            config.seed = 7;
            const qint64 run = store.createRun(config);
            for (int k = 0; k < 3; ++k)
                store.appendQuery(run, query(k, nb101 ? nb101Cell : nb201Cell, nb101, 11 + k));
            StepRecord step;
            step.step = 1;
            step.queries = 3;
            step.state = QJsonObject {{QStringLiteral("rng"), QStringLiteral("12345")},
                                      {QStringLiteral("population"), QJsonArray {0, 1, 2}}};
            step.controller = QByteArrayLiteral("DNASCTL1 a damaged checkpoint");
            IterationRecord it;
            it.iteration = 1;
            it.queries = 3;
            it.latents = {{0.1f, -0.2f, 0.3f}, {0.0f, 1.0f, -1.0f}, {0.5f, 0.5f, 0.5f}};
            it.regions.intervals.push_back({0, -0.3, 0.1, 1, false});
            it.regions.intervals.push_back({2, 0.2, 0.4, 2, true});
            it.regions.boxes.push_back({0, 1, -0.1, 0.2, 0.3, 0.6, 1, true});
            EpochLosses losses;
            losses.epoch = 1;
            losses.steps = 10;
            losses.total = 1.5;
            losses.kl = std::numeric_limits<double>::quiet_NaN();
            it.losses = {losses};
            it.stats = QJsonObject {{QStringLiteral("pool"), 100}};
            step.iteration = it;
            store.saveStep(run, step, true);
            store.setStatus(run, RunStatus::Finished, QJsonObject {{QStringLiteral("queries"), 3}});
        }
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fuzz: cannot read the template database");
    return f.readAll();
}

const Column kMutableColumns[] = {
    {"runs", "config"},        {"runs", "status"},       {"runs", "seed"},
    {"runs", "result"},        {"runs", "created"},      {"queries", "cell"},
    {"queries", "source"},     {"steps", "state"},       {"steps", "controller"},
    {"iterations", "latents"}, {"iterations", "dims"},   {"iterations", "count"},
    {"iterations", "regions"}, {"iterations", "losses"}, {"iterations", "stats"},
    {"runs", "bench"},
};
const int kMutableColumnCount = int(sizeof kMutableColumns / sizeof kMutableColumns[0]);

} // namespace dnas::fuzz
