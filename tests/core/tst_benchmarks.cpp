#include "bench/benchmark_summary.h"
#include "bench/nb101_benchmark.h"
#include "bench/query_session.h"
#include "space/nb101_cost_model.h"
#include "testsupport/fixtures.h"
#include "util/error.h"
#include "util/rng.h"

#include <QFileInfo>
#include <QTest>

using namespace dnas;
using dnas::test::bundled;
using dnas::test::nb101Cell;

class TestBenchmarks : public QObject
{
    Q_OBJECT

private:
    const Nb101Benchmark &nb101()
    {
        return static_cast<const Nb101Benchmark &>(*bundled(BenchmarkId::Nb101));
    }

private Q_SLOTS:
    void bundledFilesAreCompact()
    {
        const qint64 size = QFileInfo(bundledBenchmarkPath(BenchmarkId::Nb101)).size();
        QVERIFY2(size > 0 && size < 10'000'000, qPrintable(QString::number(size)));
    }

    // Figures of the source CSV (shared/data/README.md), reproduced exactly.
    void nb101ExactRows()
    {
        const Nb101Benchmark &b = nb101();
        QCOMPARE(b.size(), 423624);
        QCOMPARE(b.hash(0).toHex(), QStringLiteral("00005c142e6f48ac74fdcf73e3439874"));
        const CellMetrics m0 = b.metrics(0);
        QCOMPARE(m0.reportedAccuracy, 0.92117387);
        QCOMPARE(m0.searchAccuracy, 0.92117387);
        QCOMPARE(m0.params, std::int64_t(8555530));
        QCOMPARE(b.flopsThop(0), 1266914304.0);
        QCOMPARE(b.params(1), std::int64_t(5878154));
        QCOMPARE(b.metrics(20001).reportedAccuracy, 0.88461536);
        const BenchmarkSummary s = summarize(b);
        QCOMPARE(s.bestReported, 0.94661456);
        QCOMPARE(b.hash(s.bestReportedRow).toHex(),
                 QStringLiteral("ba0a27cafe7d648aa57f7d5dd64c0b48"));
        QCOMPARE(s.medianReported, 0.90645033); // rows 211811 and 211812 agree
        QCOMPARE(b.rankOfReported(s.bestReported), 1);
        QCOMPARE(
            b.provenance().value(QLatin1String("source_sha256")).toString(),
            QStringLiteral("841931e67222168b659146d19d1d479cb98c9d14bd3addca7fd73075f0569ad1"));
    }

    // Uniform over distinct cells: sizes follow the space (85 % have 7 vertices).
    void randomCellIsUniformOverRows()
    {
        Rng rng(2);
        int seven = 0;
        for (int i = 0; i < 2000; ++i)
            seven += std::get<Nb101Cell>(nb101().randomCell(rng)).vertexCount() == 7 ? 1 : 0;
        QVERIFY2(std::abs(seven / 2000.0 - 359082.0 / 423624.0) < 0.03,
                 qPrintable(QString::number(seven)));
    }

    void nb101LookupIsByCanonicalHash()
    {
        const Nb101Benchmark &b = nb101();
        const Nb101Cell readme = test::readmeInceptionCell();
        const int row = b.rowOf(readme);
        QVERIFY(row >= 0);
        QCOMPARE(b.params(row), std::int64_t(2694282));
        QCOMPARE(b.hash(row), readme.moduleHash());
        // An unpruned spelling and an isomorphic relabelling land on the same row.
        const Nb101Cell a = test::twoBranchCell();
        const Nb101Cell swapped = test::twoBranchCell(true);
        const Nb101Cell dangling = nb101Cell(
            {{0, 1, 1, 1, 0}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}},
            {QStringLiteral("input"), QStringLiteral("conv1x1-bn-relu"),
             QStringLiteral("maxpool3x3"), QStringLiteral("conv3x3-bn-relu"),
             QStringLiteral("output")});
        QVERIFY(b.rowOf(a) >= 0);
        QCOMPARE(b.rowOf(swapped), b.rowOf(a));
        QCOMPARE(b.rowOf(dangling), b.rowOf(a));
        // Every stored graph: costs from the model equal the stored ones (spot check).
        for (int r = 0; r < b.size(); r += 9973)
            QCOMPARE(nb101Costs(b.nb101Cell(r)).params, b.params(r));
        QCOMPARE(b.rowOf(nb101Cell({{0, 0}, {0, 0}},
                                   {QStringLiteral("input"), QStringLiteral("output")})),
                 -1);
        QCOMPARE(b.rowOf(Nb201Cell()), -1);
    }

    void nb201Optima_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("row");
        QTest::addColumn<double>("test");
        QTest::addColumn<double>("bestValidation");
        QTest::newRow("cifar10") << int(BenchmarkId::Nb201Cifar10) << 6111 << 0.943733 << 0.91607;
        QTest::newRow("cifar100") << int(BenchmarkId::Nb201Cifar100) << 9930 << 0.735133 << 0.73493;
        QTest::newRow("imagenet16")
            << int(BenchmarkId::Nb201ImageNet16) << 857 << 0.473111 << 0.46733;
    }
    void nb201Optima()
    {
        QFETCH(int, id);
        QFETCH(int, row);
        QFETCH(double, test);
        QFETCH(double, bestValidation);
        const auto b = bundled(BenchmarkId(id));
        QCOMPARE(b->size(), 15625);
        const BenchmarkSummary s = summarize(*b);
        QCOMPARE(s.bestReportedRow, row);
        QVERIFY(std::abs(s.bestReported - test) < 5e-7);
        QVERIFY(std::abs(s.bestSearch - bestValidation) < 5e-6);
        // The row's cell maps back to the row.
        QCOMPARE(b->rowOf(b->cell(row)), row);
    }

    void nb201Row0()
    {
        const auto b = bundled(BenchmarkId::Nb201Cifar10);
        const CellMetrics m = b->metrics(0);
        QCOMPARE(m.reportedAccuracy, 85.863333 / 100);
        QCOMPARE(m.searchAccuracy, 81.982667 / 100);
        QCOMPARE(m.params, std::int64_t(129306));
        QCOMPARE(m.flops, 15647360.0);
        QCOMPARE(cellToText(b->cell(0)),
                 QStringLiteral("|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_conv_1x1~0|"
                                "skip_connect~1|skip_connect~2|"));
    }

    void querySessionCountsUniqueCells()
    {
        QuerySession s(bundled(BenchmarkId::Nb101), 1);
        const Nb101Cell a = test::twoBranchCell();
        const Nb101Cell swapped = test::twoBranchCell(true);
        const CellMetrics m = s.query(a);
        QCOMPARE(s.queries(), 1);
        QCOMPARE(s.query(swapped).row, m.row);
        QCOMPARE(s.queries(), 1);
        s.query(test::readmeInceptionCell());
        QCOMPARE(s.queries(), 2);
        QVERIFY(s.wasQueried(m.row));
        // Invalid and wrong-space cells cost nothing and say why.
        try {
            s.query(
                nb101Cell({{0, 0}, {0, 0}}, {QStringLiteral("input"), QStringLiteral("output")}));
            QFAIL("no throw");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("not connected")));
        }
        QVERIFY_THROWS_EXCEPTION(Error, s.query(Nb201Cell()));
        QCOMPARE(s.queries(), 2);
    }

    void parseCellChecksSpace()
    {
        const auto b = bundled(BenchmarkId::Nb201Cifar100);
        QVERIFY_THROWS_EXCEPTION(Error,
                                 b->parseCell(QStringLiteral("{\"matrix\": [[0,1],[0,0]]}")));
        const Cell c = b->parseCell(
            QStringLiteral("|none~0|+|none~0|none~1|+|none~0|none~1|none~2|"));
        QCOMPARE(std::get<Nb201Cell>(c).code(), 0);
    }

    void missingTableIsAClearError()
    {
        try {
            loadBenchmark(BenchmarkId::Nb101, QStringLiteral("/nonexistent/nb101.dnastab"));
            QFAIL("no throw");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("/nonexistent/nb101.dnastab")));
        }
    }
};

QTEST_GUILESS_MAIN(TestBenchmarks)
#include "tst_benchmarks.moc"
