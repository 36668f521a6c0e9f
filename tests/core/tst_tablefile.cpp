#include "bench/table_file.h"
#include "util/error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dnas;

namespace {
TableFile sample()
{
    TableFile t(QStringLiteral("sample"), 5);
    t.meta().insert(QLatin1String("licence"), QStringLiteral("MIT"));
    t.addColumn({QStringLiteral("key"),
                 TableFile::Type::UInt,
                 0,
                 TableFile::Encoding::Delta,
                 8,
                 {},
                 {3, 10, 10'000'000'000ULL, 0xFFFFFFFFFFFFFFF0ULL, 0xFFFFFFFFFFFFFFF1ULL}});
    t.addColumn({QStringLiteral("acc"),
                 TableFile::Type::Decimal,
                 8,
                 TableFile::Encoding::Plain,
                 4,
                 {},
                 {92117387, 94661456, TableFile::kMissing, 0, 9956}});
    t.addColumn({QStringLiteral("params"),
                 TableFile::Type::UInt,
                 0,
                 TableFile::Encoding::Dictionary,
                 4,
                 {},
                 {7, 5, 7, 9, 5}});
    t.addColumn({QStringLiteral("flops"),
                 TableFile::Type::UInt,
                 0,
                 TableFile::Encoding::Dictionary,
                 8,
                 QStringLiteral("params"),
                 {70, 50, 70, 90, 50}});
    double d = 0.1 + 0.2;
    std::uint64_t bits;
    std::memcpy(&bits, &d, 8);
    t.addColumn({QStringLiteral("f64"),
                 TableFile::Type::Float64,
                 0,
                 TableFile::Encoding::Plain,
                 8,
                 {},
                 {bits, bits, TableFile::kMissing, bits, bits}});
    return t;
}
} // namespace

class TestTableFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    void expectLoadError(const QString &file, const QString &fragment)
    {
        try {
            TableFile::load(file);
            QFAIL("load did not throw");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
            QVERIFY2(e.message().contains(file), qPrintable(e.message()));
        }
    }

    QByteArray savedBytes()
    {
        sample().save(path("sample.dnastab"));
        QFile f(path("sample.dnastab"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    void write(const char *name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void roundTrip()
    {
        const TableFile a = sample();
        a.save(path("rt.dnastab"));
        const TableFile b = TableFile::load(path("rt.dnastab"));
        QCOMPARE(b.name(), QStringLiteral("sample"));
        QCOMPARE(b.rows(), std::size_t(5));
        QCOMPARE(b.meta().value(QLatin1String("licence")).toString(), QStringLiteral("MIT"));
        QCOMPARE(b.columns().size(), a.columns().size());
        for (std::size_t i = 0; i < a.columns().size(); ++i) {
            QCOMPARE(b.columns()[i].name, a.columns()[i].name);
            QVERIFY(b.columns()[i].values == a.columns()[i].values);
        }
    }

    void decimalsAreExact()
    {
        sample().save(path("dec.dnastab"));
        const auto acc = TableFile::load(path("dec.dnastab")).numbers(QStringLiteral("acc"));
        QCOMPARE(acc[0], 0.92117387); // same double as parsing the CSV text
        QCOMPARE(acc[1], 0.94661456);
        QVERIFY(std::isnan(acc[2]));
        QCOMPARE(acc[4], 0.00009956);
        const auto f = TableFile::load(path("dec.dnastab")).numbers(QStringLiteral("f64"));
        QCOMPARE(f[0], 0.1 + 0.2);
        QVERIFY(std::isnan(f[2]));
    }

    void valueTooWideIsRejected()
    {
        TableFile t(QStringLiteral("x"), 1);
        t.addColumn({QStringLiteral("c"),
                     TableFile::Type::UInt,
                     0,
                     TableFile::Encoding::Plain,
                     1,
                     {},
                     {255}});
        QVERIFY_THROWS_EXCEPTION(Error, t.save(path("wide.dnastab")));
    }

    void sharedIndexMustMapOneToOne()
    {
        TableFile t(QStringLiteral("x"), 3);
        t.addColumn({QStringLiteral("a"),
                     TableFile::Type::UInt,
                     0,
                     TableFile::Encoding::Dictionary,
                     2,
                     {},
                     {1, 1, 2}});
        t.addColumn({QStringLiteral("b"),
                     TableFile::Type::UInt,
                     0,
                     TableFile::Encoding::Dictionary,
                     2,
                     QStringLiteral("a"),
                     {5, 6, 7}});
        QVERIFY_THROWS_EXCEPTION(Error, t.save(path("share.dnastab")));
    }

    void missingColumnNamesIt()
    {
        sample().save(path("mc.dnastab"));
        const TableFile t = TableFile::load(path("mc.dnastab"));
        try {
            t.column(QStringLiteral("nope"));
            QFAIL("no throw");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("no column \"nope\"")));
        }
    }

    void corruptFiles()
    {
        const QByteArray good = savedBytes();
        QVERIFY(good.size() > 100);
        expectLoadError(path("absent.dnastab"), QStringLiteral("cannot open"));
        write("empty.dnastab", {});
        expectLoadError(path("empty.dnastab"), QStringLiteral("signature"));
        write("csv.dnastab", "idx,hash\n0,abc\n");
        expectLoadError(path("csv.dnastab"), QStringLiteral("signature"));
        write("header.dnastab", good.left(40));
        expectLoadError(path("header.dnastab"), QStringLiteral("header runs past the end"));
        write("short.dnastab", good.left(good.size() - 10));
        expectLoadError(path("short.dnastab"), QStringLiteral("past the end of the file"));
        QByteArray flipped = good;
        flipped[flipped.size() - 30] = char(flipped[flipped.size() - 30] ^ 0x5a);
        write("flipped.dnastab", flipped);
        expectLoadError(path("flipped.dnastab"), QStringLiteral("corrupt"));
        QByteArray badJson = good;
        badJson[13] = '#';
        write("json.dnastab", badJson);
        expectLoadError(path("json.dnastab"), QStringLiteral("header is not JSON"));
    }
};

QTEST_GUILESS_MAIN(TestTableFile)
#include "tst_tablefile.moc"
