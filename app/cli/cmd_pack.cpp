#include "cli_common.h"

#include "bench/table_packer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace dnas::cli {

namespace {
QJsonObject readProvenance(const QString &path, const QString &table)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (!doc.isObject())
        throw Error(QStringLiteral("%1 is not a JSON object: %2").arg(path, e.errorString()));
    const QJsonObject o = doc.object().value(table).toObject();
    if (o.isEmpty())
        throw Error(QStringLiteral("%1 has no entry \"%2\"").arg(path, table));
    return o;
}
} // namespace

int runPackBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("source-dir"),
                      QStringLiteral("Folder with nb101_table.csv.gz and nb201_table.csv.gz."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out-dir"),
                      QStringLiteral("Where nb101.dnastab and nb201.dnastab go."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("provenance"),
                      QStringLiteral("JSON with the provenance notes of each table (default: "
                                     "provenance.json in the output folder)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("only"), QStringLiteral("Pack only nb101 or nb201."), QStringLiteral("T")});
    int status = ExitOk;
    if (!parseCommand(
            parser, args,
            QStringLiteral("Build the bundled benchmark tables from the project's source CSV "
                           "tables (see resources/benchmarks/README.md)."),
            &status))
        return status;
    const QString src = parser.value(QStringLiteral("source-dir"));
    const QString dst = parser.value(QStringLiteral("out-dir"));
    if (src.isEmpty() || dst.isEmpty())
        throw BadInput(QStringLiteral("--source-dir and --out-dir are required"));
    const QString only = parser.value(QStringLiteral("only"));
    if (!only.isEmpty() && only != QLatin1String("nb101") && only != QLatin1String("nb201"))
        throw BadInput(QStringLiteral("--only takes nb101 or nb201"));
    QString provenance = parser.value(QStringLiteral("provenance"));
    if (provenance.isEmpty())
        provenance = QDir(dst).filePath(QStringLiteral("provenance.json"));
    QDir().mkpath(dst);
    for (const QString &table : {QStringLiteral("nb101"), QStringLiteral("nb201")}) {
        if (!only.isEmpty() && only != table)
            continue;
        const QString csv = QDir(src).filePath(table + QStringLiteral("_table.csv.gz"));
        const QString file = QDir(dst).filePath(table + QStringLiteral(".dnastab"));
        const QJsonObject meta = readProvenance(provenance, table);
        const TableFile t = table == QLatin1String("nb101") ? packNb101Csv(csv, meta)
                                                            : packNb201Csv(csv, meta);
        t.save(file);
        out(QStringLiteral("%1: %2 rows, %3 columns -> %4 (%5 bytes)\n")
                .arg(table)
                .arg(t.rows())
                .arg(t.columns().size())
                .arg(file)
                .arg(QFileInfo(file).size()));
    }
    return ExitOk;
}

} // namespace dnas::cli
