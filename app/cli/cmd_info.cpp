#include "cli_common.h"

#include "bench/benchmark_summary.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnas::cli {

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    addBenchOptions(parser);
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    int status = ExitOk;
    if (!parseCommand(parser, args,
                      QStringLiteral("Describe a benchmark table: rows, best and median "
                                     "of each metric, FLOPS and params ranges."),
                      &status))
        return status;
    const auto bench = loadFromOptions(parser);
    const BenchmarkSummary s = summarize(*bench);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o.insert(QLatin1String("bench"), benchmarkKey(s.id));
        o.insert(QLatin1String("rows"), s.rows);
        o.insert(QLatin1String("best_search"), s.bestSearch);
        o.insert(QLatin1String("median_search"), s.medianSearch);
        o.insert(QLatin1String("best_reported"), s.bestReported);
        o.insert(QLatin1String("median_reported"), s.medianReported);
        o.insert(QLatin1String("min_flops"), s.minFlops);
        o.insert(QLatin1String("max_flops"), s.maxFlops);
        o.insert(QLatin1String("min_params"), s.minParams);
        o.insert(QLatin1String("max_params"), s.maxParams);
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        return ExitOk;
    }
    const QString metricNote = isNb101(s.id)
        ? QStringLiteral("search = reported = measured 108-epoch test accuracy "
                         "(one run) unless the table holds three runs")
        : QStringLiteral("search = 200-epoch validation, reported = "
                         "200-epoch test accuracy");
    out(QStringLiteral("benchmark: %1 [%2]\n").arg(benchmarkTitle(s.id), benchmarkKey(s.id)));
    out(QStringLiteral("rows: %1\n").arg(s.rows));
    out(QStringLiteral("metrics: %1\n").arg(metricNote));
    out(QStringLiteral("search accuracy: best %1, median %2\n")
            .arg(s.bestSearch, 0, 'f', 6)
            .arg(s.medianSearch, 0, 'f', 6));
    out(QStringLiteral("reported accuracy: best %1, median %2\n")
            .arg(s.bestReported, 0, 'f', 6)
            .arg(s.medianReported, 0, 'f', 6));
    out(QStringLiteral("flops: %1 .. %2 (multiply-adds)\n")
            .arg(s.minFlops, 0, 'f', 0)
            .arg(s.maxFlops, 0, 'f', 0));
    out(QStringLiteral("params: %1 .. %2\n")
            .arg(s.minParams, 0, 'f', 0)
            .arg(s.maxParams, 0, 'f', 0));
    return ExitOk;
}

} // namespace dnas::cli
