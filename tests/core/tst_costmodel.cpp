#include "space/nb101_cost_model.h"
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

class TestCostModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The NAS-Bench-101 README's example reports 2,694,282 trainable parameters.
    void readmeInceptionParams()
    {
        QCOMPARE(nb101Costs(test::readmeInceptionCell()).params, 2694282);
    }

    // Row 0 of the table (hash 00005c14…): 8,555,530 measured parameters.
    void smallestHashParams()
    {
        const Nb101Cell c = test::smallestHashCell();
        QCOMPARE(nb101Costs(c).params, 8555530);
    }

    // Input joined to output: only 1×1 projections, worked out by hand.
    //  params: stem 27·128+256; stack 0: 3·(128·128+256); stack 1: (128·256+512)
    //  + 2·(256·256+512); stack 2: (256·512+1024) + 2·(512·512+1024); dense 5130.
    //  flops: 32²·27·128 + 3·32²·128² + 16²·128·256 + 2·16²·256² + 8²·256·512
    //  + 2·8²·512² + 5120.
    void twoVertexCellByHand()
    {
        const Nb101Costs c = nb101Costs(nb101Cell({{0, 1}, {0, 0}}, {in, out}));
        QCOMPARE(c.params, std::int64_t(3712 + 49920 + 33280 + 132096 + 132096 + 526336 + 5130));
        QCOMPARE(c.flops,
                 std::int64_t(3538944 + 50331648 + 8388608 + 33554432 + 8388608 + 33554432 + 5120));
    }

    void vertexChannels_data()
    {
        QTest::addColumn<Nb101Cell>("cell");
        QTest::addColumn<QList<int>>("channels");
        // Three vertices feed the output: 128 = 43 + 43 + 42, first ones get the remainder.
        QTest::newRow("three-way split") << nb101Cell(
            {{0, 1, 1, 1, 0}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 0}},
            {in, c3, c1, mp, out}) << QList<int> {64, 43, 43, 42, 128};
        // Vertex 1 feeds 3 (43 channels) and 4 (42): it takes the larger.
        QTest::newRow("max of successors") << nb101Cell({{0, 1, 1, 0, 0, 0},
                                                         {0, 0, 0, 1, 1, 0},
                                                         {0, 0, 0, 0, 0, 1},
                                                         {0, 0, 0, 0, 0, 1},
                                                         {0, 0, 0, 0, 0, 1},
                                                         {0, 0, 0, 0, 0, 0}},
                                                        {in, c3, c1, mp, c3, out})
                                           << QList<int> {64, 43, 43, 43, 42, 128};
    }
    void vertexChannels()
    {
        QFETCH(Nb101Cell, cell);
        QFETCH(QList<int>, channels);
        const auto ch = nb101VertexChannels(cell, 64, 128);
        for (int v = 0; v < cell.vertexCount(); ++v)
            QCOMPARE(ch[std::size_t(v)], channels[v]);
    }

    void maxPoolHasNoWeights()
    {
        const Nb101Costs pool = nb101Costs(
            nb101Cell({{0, 1, 0}, {0, 0, 1}, {0, 0, 0}}, {in, mp, out}));
        const Nb101Costs conv = nb101Costs(
            nb101Cell({{0, 1, 0}, {0, 0, 1}, {0, 0, 0}}, {in, c1, out}));
        // The conv1x1 vertex adds c² + 2c per cell: 3·(128²+256) + 3·(256²+512) + 3·(512²+1024).
        QCOMPARE(conv.params - pool.params, std::int64_t(3 * 16640 + 3 * 66048 + 3 * 263168));
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
