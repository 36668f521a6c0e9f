#include "cli_common.h"

#include "bench/query_session.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnas::cli {

int runQuery(const QStringList &args)
{
    QCommandLineParser parser;
    addBenchOptions(parser);
    parser.addOption(
        {QStringLiteral("cell"),
         QStringLiteral("The cell: NB-101 JSON {\"matrix\": [[...]], \"ops\": [\"input\", ..., "
                        "\"output\"]} or an NB-201 string |op~0|+|op~0|op~1|+|op~0|op~1|op~2|."),
         QStringLiteral("CELL")});
    parser.addOption(
        {QStringLiteral("seed"),
         QStringLiteral("Seed that picks the training run on three-run tables (default 0)."),
         QStringLiteral("S"), QStringLiteral("0")});
    int status = ExitOk;
    if (!parseCommand(parser, args, QStringLiteral("Print the metrics of one cell as JSON."),
                      &status))
        return status;
    const BenchmarkId id = benchFromOption(parser);
    if (!parser.isSet(QStringLiteral("cell")))
        throw BadInput(QStringLiteral("--cell is required"));
    const std::uint64_t seed = seedOption(parser);
    const auto bench = loadFromOptions(parser);
    Cell cell;
    try {
        cell = bench->parseCell(parser.value(QStringLiteral("cell")));
    } catch (const Error &e) {
        throw BadInput(e.message());
    }
    QuerySession session(bench, seed);
    const CellMetrics m = session.query(cell);
    QJsonObject o;
    o.insert(QLatin1String("bench"), benchmarkKey(id));
    o.insert(QLatin1String("row"), m.row);
    const Cell stored = bench->cell(m.row);
    if (const auto *c = std::get_if<Nb101Cell>(&stored)) {
        o.insert(QLatin1String("cell"), QJsonDocument::fromJson(c->toJson()).object());
        o.insert(QLatin1String("hash"), c->moduleHash().toHex());
    } else {
        o.insert(QLatin1String("cell"), cellToText(stored));
    }
    o.insert(QLatin1String("search_accuracy"), m.searchAccuracy);
    o.insert(QLatin1String("reported_accuracy"), m.reportedAccuracy);
    o.insert(QLatin1String("flops"), m.flops);
    o.insert(QLatin1String("params"), qint64(m.params));
    o.insert(QLatin1String("rank"), bench->rankOfReported(m.reportedAccuracy));
    o.insert(QLatin1String("queries"), session.queries());
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace dnas::cli
