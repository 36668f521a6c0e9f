#include "space/nb101_cell.h"
#include "testsupport/fixtures.h"

#include <QTest>

using namespace dnas;
using dnas::test::nb101Cell;

namespace {
const QString &in = test::kIn;
const QString &out = test::kOut;
const QString &c3 = test::kConv3;
const QString &c1 = test::kConv1;
const QString &mp = test::kPool;
} // namespace

class TestNb101Cell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readmeCellIsValid()
    {
        const Nb101Cell c = test::readmeInceptionCell();
        QCOMPARE(c.vertexCount(), 7);
        QCOMPARE(c.edgeCount(), 9);
        QVERIFY(c.isValid());
        QCOMPARE(*c.pruned(), c);
    }

    void validity_data()
    {
        QTest::addColumn<Nb101Cell>("cell");
        QTest::addColumn<QString>("problem");
        QTest::newRow("input to output") << nb101Cell({{0, 1}, {0, 0}}, {in, out}) << QString();
        QTest::newRow("disconnected") << nb101Cell({{0, 0}, {0, 0}}, {in, out})
                                      << QStringLiteral("the input is not connected to the output");
        QTest::newRow("dead end only")
            << nb101Cell({{0, 1, 0}, {0, 0, 0}, {0, 0, 0}}, {in, c3, out})
            << QStringLiteral("the input is not connected to the output");
        // 10 edges that all survive pruning.
        QTest::newRow("ten edges") << nb101Cell({{0, 1, 1, 1, 1, 1, 1},
                                                 {0, 0, 1, 0, 0, 0, 1},
                                                 {0, 0, 0, 0, 0, 0, 1},
                                                 {0, 0, 0, 0, 0, 0, 1},
                                                 {0, 0, 0, 0, 0, 0, 0},
                                                 {0, 0, 0, 0, 0, 0, 0},
                                                 {0, 0, 0, 0, 0, 0, 0}},
                                                {in, c3, c3, c3, c3, c3, out})
                                   << QString(); // vertices 4, 5 are dead ends: 8 edges remain
        QTest::newRow("ten live edges")
            << nb101Cell({{0, 1, 1, 1, 1, 1, 0},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 0}},
                         {in, c3, c3, c3, c3, c3, out})
            << QStringLiteral("the pruned cell has 10 edges, more than the 9 allowed");
        QTest::newRow("eleven live edges")
            << nb101Cell({{0, 1, 1, 1, 1, 1, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 1},
                          {0, 0, 0, 0, 0, 0, 0}},
                         {in, c3, c3, c3, c3, c3, out})
            << QStringLiteral("the pruned cell has 11 edges, more than the 9 allowed");
    }
    void validity()
    {
        QFETCH(Nb101Cell, cell);
        QFETCH(QString, problem);
        QCOMPARE(cell.problem(), problem);
        QCOMPARE(cell.isValid(), problem.isEmpty());
    }

    void pruningRemovesDeadVerticesAndKeepsOrder()
    {
        // Vertex 2 is a dead end (no path to output), vertex 3 is unreachable.
        const Nb101Cell c = nb101Cell(
            {{0, 1, 1, 0, 0}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 0}},
            {in, c1, c3, mp, out});
        const auto p = c.pruned();
        QVERIFY(p.has_value());
        QCOMPARE(*p, nb101Cell({{0, 1, 0}, {0, 0, 1}, {0, 0, 0}}, {in, c1, out}));
        QCOMPARE(p->moduleHash(), c.pruned()->moduleHash());
    }

    // Row 0 of the bundled table: the smallest hash of the space, whose graph
    // is quoted from the official tfrecord in public test code.
    void officialHash()
    {
        const Nb101Cell c = test::smallestHashCell();
        QCOMPARE(c.moduleHash().toHex(), QStringLiteral("00005c142e6f48ac74fdcf73e3439874"));
    }

    void isomorphicCellsShareTheHash()
    {
        // Two parallel branches (conv1x1 and maxpool) listed in either order.
        const Nb101Cell a = test::twoBranchCell();
        const Nb101Cell b = test::twoBranchCell(true);
        QVERIFY(a != b);
        QCOMPARE(a.moduleHash(), b.moduleHash());
        // The same shape with another op is another cell.
        const Nb101Cell c = nb101Cell({{0, 1, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 1}, {0, 0, 0, 0}},
                                      {in, c3, mp, out});
        QVERIFY(a.moduleHash() != c.moduleHash());
        // A chain is not a fan: same ops, different graph.
        const Nb101Cell d = nb101Cell({{0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}},
                                      {in, c1, mp, out});
        QVERIFY(a.moduleHash() != d.moduleHash());
    }

    void codeRoundTrip()
    {
        const Nb101Cell c = test::readmeInceptionCell();
        const auto back = Nb101Cell::fromCode(c.code());
        QVERIFY(back.has_value());
        QCOMPARE(*back, c);
        const Nb101Cell small = nb101Cell({{0, 1, 1}, {0, 0, 1}, {0, 0, 0}}, {in, mp, out});
        QCOMPARE(*Nb101Cell::fromCode(small.code()), small);
        QCOMPARE(small.padded().pruned().value(), small);
        // A code with edges on an unused vertex, or of an unpruned graph, is rejected.
        QVERIFY(!Nb101Cell::fromCode(0xFFFFFFFFu).has_value());
        QVERIFY(!Nb101Cell::fromCode(small.code() | 1u << 1)
                     .has_value()); // edge 0→2 to an unused vertex
    }

    void jsonRoundTrip()
    {
        const Nb101Cell c = test::readmeInceptionCell();
        QString error;
        const auto back = Nb101Cell::fromJson(c.toJson(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, c);
        QVERIFY(c.toJson().startsWith("{\"matrix\":[[0,1,1,1,0,1,0],"));
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("[1,") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("expected an object");
        QTest::newRow("no ops") << QByteArray(R"({"matrix": [[0,1],[0,0]]})")
                                << QStringLiteral("expected the keys");
        QTest::newRow("ragged") << QByteArray(
            R"({"matrix": [[0,1],[0]], "ops": ["input","output"]})")
                                << QStringLiteral("must be square");
        QTest::newRow("too big") << QByteArray(
            R"({"matrix": [[0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0],[0,0,0,0,0,0,0,0]], "ops": []})")
                                 << QStringLiteral("8 vertices");
        QTest::newRow("entry 2") << QByteArray(
            R"({"matrix": [[0,2],[0,0]], "ops": ["input","output"]})")
                                 << QStringLiteral("not 0 or 1");
        QTest::newRow("lower") << QByteArray(
            R"({"matrix": [[0,0],[1,0]], "ops": ["input","output"]})")
                               << QStringLiteral("not upper-triangular");
        QTest::newRow("ops count") << QByteArray(R"({"matrix": [[0,1],[0,0]], "ops": ["input"]})")
                                   << QStringLiteral("1 ops given for 2 vertices");
        QTest::newRow("first op") << QByteArray(
            R"({"matrix": [[0,1],[0,0]], "ops": ["output","input"]})")
                                  << QStringLiteral("first op must be \"input\"");
        QTest::newRow("unknown op") << QByteArray(
            R"({"matrix": [[0,1,0],[0,0,1],[0,0,0]], "ops": ["input","conv5x5","output"]})")
                                    << QStringLiteral("unknown op \"conv5x5\" at vertex 1");
    }
    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!Nb101Cell::fromJson(json, &message).has_value());
        QVERIFY2(message.contains(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestNb101Cell)
#include "tst_nb101cell.moc"
