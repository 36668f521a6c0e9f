#include "cli_common.h"

#include "util/error.h"

#include <cstdio>

namespace dnas::cli {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description,
                  int *status)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err(QStringLiteral("dnas %1: %2\nTry 'dnas %1 --help'.\n")
                .arg(args.value(0), parser.errorText()));
        *status = ExitBadInput;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the executable by its path; name the command instead.
        const QString usage = QStringLiteral("Usage: ");
        if (text.startsWith(usage)) {
            const qsizetype end = text.indexOf(QLatin1Char(' '), usage.size());
            text.replace(usage.size(), end - usage.size(),
                         QStringLiteral("dnas %1").arg(args.value(0)));
        }
        out(text);
        *status = ExitOk;
        return false;
    }
    return true;
}

void addBenchOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("bench"),
         QStringLiteral("Benchmark: %1.").arg(benchmarkKeys().join(QStringLiteral(", "))),
         QStringLiteral("B")});
    parser.addOption({QStringLiteral("table"),
                      QStringLiteral("Read this table file instead of the bundled one "
                                     "(e.g. one made by import-tfrecord)."),
                      QStringLiteral("FILE")});
}

BenchmarkId benchFromOption(const QCommandLineParser &parser)
{
    const QString key = parser.value(QStringLiteral("bench"));
    if (key.isEmpty())
        throw BadInput(QStringLiteral("--bench is required (%1)")
                           .arg(benchmarkKeys().join(QStringLiteral(", "))));
    const auto id = benchmarkFromKey(key);
    if (!id)
        throw BadInput(QStringLiteral("unknown benchmark \"%1\" (expected one of %2)")
                           .arg(key, benchmarkKeys().join(QStringLiteral(", "))));
    return *id;
}

int intOption(const QCommandLineParser &p, const QString &name, int lo, int hi)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < lo || v > hi)
        throw BadInput(
            QStringLiteral("--%1 must be an integer in %2..%3").arg(name).arg(lo).arg(hi));
    return v;
}

double doubleOption(const QCommandLineParser &p, const QString &name, double lo, double hi)
{
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !(v >= lo && v <= hi))
        throw BadInput(
            QStringLiteral("--%1 must be a number in [%2, %3]").arg(name).arg(lo).arg(hi));
    return v;
}

std::uint64_t seedOption(const QCommandLineParser &p)
{
    bool ok = false;
    const std::uint64_t v = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw BadInput(QStringLiteral("--seed must be a non-negative integer"));
    return v;
}

std::shared_ptr<const Benchmark> loadFromOptions(const QCommandLineParser &parser)
{
    return loadBenchmark(benchFromOption(parser), parser.value(QStringLiteral("table")));
}

} // namespace dnas::cli
