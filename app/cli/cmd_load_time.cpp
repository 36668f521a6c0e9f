#include "cli_common.h"

#include "analysis/statistics.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace dnas::cli {

int runLoadTime(const QStringList &args)
{
    QCommandLineParser parser;
    addBenchOptions(parser);
    parser.addOption({QStringLiteral("runs"), QStringLiteral("How many loads to time (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    int status = ExitOk;
    if (!parseCommand(parser, args,
                      QStringLiteral("Time loading a benchmark table from disk and building its "
                                     "hash index; prints every run and the median."),
                      &status))
        return status;
    const int runs = intOption(parser, QStringLiteral("runs"), 1, 1000);
    benchFromOption(parser);
    std::vector<double> ms;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto bench = loadFromOptions(parser);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        rows = bench->size();
        out(QStringLiteral("run %1: %2 ms\n").arg(i + 1).arg(ms.back(), 0, 'f', 1));
    }
    out(QStringLiteral("rows: %1\nmedian_ms: %2\n").arg(rows).arg(median(ms), 0, 'f', 1));
    return ExitOk;
}

} // namespace dnas::cli
