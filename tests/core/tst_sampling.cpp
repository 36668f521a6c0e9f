#include "space/sampling.h"
#include "util/rng.h"

#include <QTest>

#include <cmath>

using namespace dnas;

class TestSampling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The benchmark's random_spec: valid, pruned cells whose sizes follow
    // the skew of pruning uniform random matrices (an independent Monte
    // Carlo of the same procedure: 2 vertices 9.6 %, 7 vertices 0.26 %).
    void randomNb101CellsFollowRandomSpec()
    {
        Rng rng(3);
        int counts[8] = {};
        const int n = 4000;
        for (int i = 0; i < n; ++i) {
            const Nb101Cell c = randomNb101Cell(rng);
            QVERIFY(c.isValid());
            QCOMPARE(*c.pruned(), c);
            ++counts[c.vertexCount()];
        }
        QVERIFY2(std::abs(counts[2] / double(n) - 0.096) < 0.02,
                 qPrintable(QString::number(counts[2])));
        QVERIFY2(std::abs(counts[5] / double(n) - 0.296) < 0.03,
                 qPrintable(QString::number(counts[5])));
        QVERIFY2(counts[7] < 40, qPrintable(QString::number(counts[7])));
    }

    void samplingIsReproducible()
    {
        Rng a(11);
        Rng b(11);
        for (int i = 0; i < 50; ++i) {
            const Nb101Cell x = randomNb101Cell(a);
            QCOMPARE(randomNb101Cell(b), x);
            QCOMPARE(mutateNb101Cell(x, a), mutateNb101Cell(x, b));
        }
    }

    void mutationGivesAnotherValidCell()
    {
        Rng rng(5);
        Nb101Cell c = randomNb101Cell(rng);
        for (int i = 0; i < 500; ++i) {
            const Nb101Cell child = mutateNb101Cell(c, rng);
            QVERIFY(child.isValid());
            QVERIFY(child.moduleHash() != c.moduleHash());
            c = child;
        }
    }

    void nb201MutationChangesOneEdge()
    {
        Rng rng(9);
        for (int i = 0; i < 500; ++i) {
            const Nb201Cell parent = randomNb201Cell(rng);
            const Nb201Cell child = mutateNb201Cell(parent, rng);
            int changed = 0;
            for (int e = 0; e < Nb201Cell::kEdges; ++e)
                changed += parent.op(e) != child.op(e) ? 1 : 0;
            QCOMPARE(changed, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSampling)
#include "tst_sampling.moc"
