// fuzz_seeds OUTDIR: writes the starting inputs of every fuzz target into
// OUTDIR/<target>/, each a valid input of its parser, so fuzzing starts
// from files that load and mutates from there.
#include "fuzz_support.h"

#include "bench/table_file.h"
#include "controller/controller.h"
#include "controller/controller_config.h"
#include "search/regions.h"
#include "search/search_config.h"
#include "testsupport/tfrecord_samples.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

using namespace dnas;

namespace {
QString g_out;

void seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    const QString dir = g_out + QLatin1Char('/') + target;
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("fuzz_seeds: cannot write %s", qPrintable(f.fileName()));
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void tfrecordSeeds()
{
    const QList<QByteArray> payloads = test::samplePayloads();
    seed(QStringLiteral("tfrecord"), QStringLiteral("payloads"), '\0' + payloads.join('\0'));
    seed(QStringLiteral("tfrecord"), QStringLiteral("file"), '\1' + test::frameAll(payloads));
}

void tableSeeds()
{
    TableFile table(QStringLiteral("nb201"), 5);
    TableFile::Column plain;
    plain.name = QStringLiteral("code");
    plain.width = 2;
    plain.values = {0, 1, 2, 3, 15624};
    table.addColumn(plain);
    TableFile::Column delta;
    delta.name = QStringLiteral("hash_hi");
    delta.encoding = TableFile::Encoding::Delta;
    delta.values = {5, 9, 100, 1000, 1u << 30};
    table.addColumn(delta);
    TableFile::Column decimal;
    decimal.name = QStringLiteral("cifar10_test");
    decimal.type = TableFile::Type::Decimal;
    decimal.scale = 2;
    decimal.encoding = TableFile::Encoding::Dictionary;
    decimal.width = 4;
    decimal.values = {9137, 9137, 8512, TableFile::kMissing, 1000};
    table.addColumn(decimal);
    TableFile::Column shared = decimal;
    shared.name = QStringLiteral("cifar10_valid");
    shared.shareIndexOf = decimal.name;
    shared.values = {9000, 9000, 8400, TableFile::kMissing, 900};
    table.addColumn(shared);
    table.meta().insert(QStringLiteral("source"), QStringLiteral("fuzz seed"));
    const QString path = fuzz::scratchPath(QStringLiteral("seed.dnastab"));
    table.save(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fuzz_seeds: cannot read the seed table");
    seed(QStringLiteral("table"), QStringLiteral("small"), f.readAll());
}

void configSeeds()
{
    int n = 0;
    for (const BenchmarkId id : {BenchmarkId::Nb101, BenchmarkId::Nb201Cifar100})
        for (const SearchMethod m : {SearchMethod::Dnas, SearchMethod::RegularizedEvolution})
            seed(QStringLiteral("config"), QStringLiteral("search-%1").arg(n++),
                 json(SearchConfig::defaults(id, m, 150).toJson()));
    seed(QStringLiteral("config"), QStringLiteral("controller"),
         json(ControllerConfig::paper(SpaceKind::Nb201).toJson()));
    RegionSet regions;
    regions.intervals.push_back({3, -0.5, 0.25, 2, true});
    regions.boxes.push_back({0, 1, -1, 1, -0.5, 0.5, 1, true});
    seed(QStringLiteral("config"), QStringLiteral("regions"), json(regions.toJson()));
}

void cellSeeds()
{
    seed(QStringLiteral("cell"), QStringLiteral("nb101-readme"), test::kReadme.cell().toJson());
    seed(QStringLiteral("cell"), QStringLiteral("nb101-chain"), test::kChain.cell().toJson());
    seed(QStringLiteral("cell"), QStringLiteral("nb201"),
         "|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|"
         "skip_connect~2|");
}

void runDatabaseSeeds()
{
    const QByteArray file = fuzz::sampleRunDatabase();
    seed(QStringLiteral("rundb"), QStringLiteral("file"), '\1' + file);
    // The template's own values, column by column, in the target's order.
    const QString path = fuzz::writeScratch(QStringLiteral("seed.sqlite"), file);
    QByteArrayList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("s"));
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("fuzz_seeds: cannot open the template");
        for (int i = 0; i < fuzz::kMutableColumnCount; ++i) {
            const fuzz::Column &c = fuzz::kMutableColumns[i];
            QSqlQuery q(QStringLiteral("SELECT %2 FROM %1 LIMIT 1")
                            .arg(QLatin1String(c.table), QLatin1String(c.column)),
                        db);
            values << (q.next() ? q.value(0).toByteArray() : QByteArray());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("s"));
    seed(QStringLiteral("rundb"), QStringLiteral("values"), '\0' + values.join('\0'));
}

void checkpointSeeds()
{
    ControllerConfig small = ControllerConfig::defaults(SpaceKind::Nb201);
    small.hidden = 4;
    small.latent = 2;
    small.embedding = 3;
    small.decoderLayers = 1;
    small.accHidden = 3;
    small.flopsHidden = 0;
    const QByteArray bytes = Controller(small).toBytes();
    seed(QStringLiteral("checkpoint"), QStringLiteral("small"), bytes.mid(8)); // after DNASCTL1
}
} // namespace

int main(int argc, char *argv[])
{
    fuzz::initQt();
    if (argc != 2) {
        QTextStream(stderr) << "usage: fuzz_seeds OUTDIR\n";
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    tfrecordSeeds();
    tableSeeds();
    configSeeds();
    cellSeeds();
    runDatabaseSeeds();
    checkpointSeeds();
    return 0;
}
