// Factor analysis: the change classifier on hand-made cells, Spearman's ρ,
// and the whole analysis on a codec whose latent structure is known by
// construction (so the expected labels, purities and score are known).
#include "analysis/cell_changes.h"
#include "analysis/factor_analysis.h"
#include "analysis/mutual_information.h"
#include "analysis/statistics.h"

#include "util/error.h"
#include "util/rng.h"

#include <QJsonArray>

#include <QTest>

#include <cmath>

using namespace dnas;

namespace {
/** input → 1 → 2 → 3 → output, ops conv3x3, conv1x1, maxpool. */
Nb101Cell chain()
{
    Nb101Cell c(5);
    for (int v = 0; v < 4; ++v)
        c.setEdge(v, v + 1);
    c.setOp(1, Nb101Op::Conv3x3);
    c.setOp(2, Nb101Op::Conv1x1);
    c.setOp(3, Nb101Op::MaxPool3x3);
    return c;
}

std::vector<QString> concepts(const Cell &a, const std::optional<Cell> &b)
{
    return changeConcepts(cellChanges(a, b));
}

/**
 * An NB-201 codec with a known structure, 8 dimensions. Op indices are
 * stored in buckets: z = 0.5·k + 0.25 for a fine dimension (a traversal
 * offset of ±0.3 or more moves it to the next op, mod 5), z = 10·k + 5 for a
 * coarse one (±0.4 never changes it).
 *   z0: op of edge 0 (fine)            → "op of edge 0→1", purity 1
 *   z1: op of edge 3 (fine)            → "op of edge 0→3", purity 1
 *   z2: ignored                        → inactive
 *   z3: shifts the ops of edges 0 and 5 together (fine; edges into
 *       different nodes) → active, purity 0
 *   z4–z7: ops of edges 1, 2, 4, 5 (coarse) → inactive
 */
class KnownCodec : public LatentCodec
{
public:
    int latentSize() const override { return 8; }
    std::vector<Latent> encode(const std::vector<Cell> &cells) const override
    {
        std::vector<Latent> codes;
        for (const Cell &c : cells) {
            const auto &n = std::get<Nb201Cell>(c);
            const auto k = [&n](int e) {
                return float(int(n.op(e)));
            };
            codes.push_back({0.5f * k(0) + 0.25f, 0.5f * k(3) + 0.25f, 0.f, 0.25f, 10 * k(1) + 5,
                             10 * k(2) + 5, 10 * k(4) + 5, 10 * k(5) + 5});
        }
        return codes;
    }
    std::vector<std::optional<Cell>> decode(const std::vector<Latent> &codes) const override
    {
        std::vector<std::optional<Cell>> cells;
        for (const Latent &z : codes) {
            const auto bucket = [](float v, float width) {
                const int k = int(std::floor(v / width));
                return ((k % 5) + 5) % 5;
            };
            const int shift = bucket(z[3], 0.5f);
            std::array<Nb201Op, 6> ops {};
            ops[0] = Nb201Op((bucket(z[0], 0.5f) + shift) % 5);
            ops[3] = Nb201Op(bucket(z[1], 0.5f));
            ops[1] = Nb201Op(bucket(z[4], 10));
            ops[2] = Nb201Op(bucket(z[5], 10));
            ops[4] = Nb201Op(bucket(z[6], 10));
            ops[5] = Nb201Op((bucket(z[7], 10) + shift) % 5);
            cells.emplace_back(Nb201Cell(ops));
        }
        return cells;
    }
};
} // namespace

class TestFactors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameCellHasNoChange()
    {
        QVERIFY(cellChanges(chain(), Cell(chain())).empty());
        QVERIFY(cellChanges(Nb201Cell::fromCode(77), Cell(Nb201Cell::fromCode(77))).empty());
    }

    void opOfOneVertex()
    {
        Nb101Cell d = chain();
        d.setOp(2, Nb101Op::MaxPool3x3);
        const auto changes = cellChanges(chain(), Cell(d));
        QCOMPARE(int(changes.size()), 1);
        QCOMPARE(changes[0].kind, CellChange::Kind::Op);
        QCOMPARE(changes[0].a, 2);
        QCOMPARE(changes[0].concept(), QStringLiteral("op of vertex 2"));
        QCOMPARE(changes[0].description(),
                 QStringLiteral("op of vertex 2: conv1x1-bn-relu → maxpool3x3"));
        QCOMPARE(concepts(chain(), Cell(d)),
                 std::vector<QString> {QStringLiteral("op of vertex 2")});
    }

    void oneEdgeAndTheSkip()
    {
        Nb101Cell d = chain();
        d.setEdge(1, 3);
        auto changes = cellChanges(chain(), Cell(d));
        QCOMPARE(int(changes.size()), 2); // the edge, and the edge count
        QCOMPARE(changes[0].kind, CellChange::Kind::EdgeAdded);
        QCOMPARE(changes[1].kind, CellChange::Kind::EdgeCount);
        QCOMPARE(changes[1].description(), QStringLiteral("4 → 5 edges"));
        QCOMPARE(concepts(chain(), Cell(d)), std::vector<QString> {QStringLiteral("edge 1→3")});

        Nb101Cell skip = chain();
        skip.setEdge(0, 4);
        changes = cellChanges(chain(), Cell(skip));
        QCOMPARE(changes[0].kind, CellChange::Kind::SkipAdded);
        QCOMPARE(concepts(chain(), Cell(skip)),
                 std::vector<QString> {QStringLiteral("skip connection")});
        QCOMPARE(cellChanges(Cell(skip), Cell(chain()))[0].kind, CellChange::Kind::SkipRemoved);
    }

    void severalEdges()
    {
        Nb101Cell more = chain();
        more.setEdge(1, 3);
        more.setEdge(0, 2);
        QCOMPARE(concepts(chain(), Cell(more)),
                 std::vector<QString> {QStringLiteral("number of edges")});
        // A rewiring keeps the count: both edges are named.
        Nb101Cell rewired = chain();
        rewired.setEdge(2, 3, false);
        rewired.setEdge(1, 3);
        const auto c = concepts(chain(), Cell(rewired));
        QVERIFY(std::find(c.begin(), c.end(), QStringLiteral("edge 1→3")) != c.end());
        QVERIFY(std::find(c.begin(), c.end(), QStringLiteral("edge 2→3")) != c.end());
        QVERIFY(std::find(c.begin(), c.end(), QStringLiteral("number of edges")) == c.end());
    }

    void vertexCountAndInvalid()
    {
        Nb101Cell shorter(4);
        for (int v = 0; v < 3; ++v)
            shorter.setEdge(v, v + 1);
        const auto changes = cellChanges(chain(), Cell(shorter));
        QCOMPARE(int(changes.size()), 1);
        QCOMPARE(changes[0].description(), QStringLiteral("5 → 4 vertices"));
        QCOMPARE(concepts(chain(), Cell(shorter)),
                 std::vector<QString> {QStringLiteral("number of vertices")});
        QCOMPARE(concepts(chain(), std::nullopt),
                 std::vector<QString> {QStringLiteral("invalid decode")});
        // A cell of the other space is no valid decode either.
        QCOMPARE(cellChanges(chain(), Cell(Nb201Cell::fromCode(3)))[0].kind,
                 CellChange::Kind::Invalid);
    }

    void nb201EdgeOps()
    {
        const Nb201Cell a = Nb201Cell::fromCode(0);
        Nb201Cell b = a;
        b.setOp(3, Nb201Op::Conv3x3);
        const auto changes = cellChanges(a, Cell(b));
        QCOMPARE(int(changes.size()), 1);
        QCOMPARE(changes[0].concept(),
                 QStringLiteral("op of edge %1→%2")
                     .arg(Nb201Cell::edgeFrom(3))
                     .arg(Nb201Cell::edgeTo(3)));
        QVERIFY(changes[0].description().endsWith(nb201OpName(Nb201Op::Conv3x3)));
    }

    void nb201InputsOfOneNode()
    {
        const Nb201Cell a = Nb201Cell::fromCode(0);
        Nb201Cell b = a;
        b.setOp(3, Nb201Op::Conv3x3); // 0→3
        b.setOp(5, Nb201Op::Skip); // 2→3
        QCOMPARE(concepts(a, Cell(b)), std::vector<QString> {QStringLiteral("inputs of node 3")});
        Nb201Cell c = a;
        c.setOp(0, Nb201Op::Conv3x3); // 0→1
        c.setOp(5, Nb201Op::Skip); // 2→3
        QCOMPARE(int(concepts(a, Cell(c)).size()), 2);
    }

    void meanAndSampleStd()
    {
        QCOMPARE(mean({1, 2, 3, 4}), 2.5);
        // Σ(x − 5)² = 32 over n − 1 = 7 (numpy.std(ddof=1) gives 2.1380899…).
        QVERIFY(std::abs(sampleStd({2, 4, 4, 4, 5, 5, 7, 9}) - 2.138089935299395) < 1e-12);
        QVERIFY(std::isnan(mean({})));
        QVERIFY(std::isnan(sampleStd({3})));
    }

    void spearman()
    {
        QCOMPARE(spearmanRho({1, 2, 3, 4, 5}, {10, 20, 30, 40, 50}), 1.0);
        QCOMPARE(spearmanRho({1, 2, 3, 4, 5}, {5, 4, 3, 2, 1}), -1.0);
        // Ties take their mean rank (scipy.stats.spearmanr gives 0.8207827).
        QVERIFY(std::abs(spearmanRho({1, 2, 3, 4, 5}, {5, 6, 7, 8, 7}) - 0.8207826816681233)
                < 1e-12);
        QCOMPARE(spearmanRho({1, 1, 1}, {1, 2, 3}), 0.0);
        QCOMPARE(spearmanRho({1}, {2}), 0.0);
    }

    void knownStructureGetsItsLabels()
    {
        KnownCodec codec;
        Rng rng(5);
        std::vector<Cell> start;
        for (int i = 0; i < 60; ++i)
            start.emplace_back(Nb201Cell::fromCode(int(rng.below(15625))));
        // Accuracy rises with edge 0's op index and falls with edge 3's: ρ
        // follows z0 and −z1.
        std::vector<Cell> labelled;
        std::vector<double> accuracy, flops;
        for (int code = 0; code < 15625; code += 97) {
            const Nb201Cell c = Nb201Cell::fromCode(code);
            labelled.emplace_back(c);
            accuracy.push_back(int(c.op(0)) - 0.01 * int(c.op(3)));
            flops.push_back(int(c.op(3)));
        }
        int calls = 0;
        const FactorReport r = analyseFactors(codec, start, labelled, accuracy, flops, {},
                                              [&calls](int, int) {
                                                  ++calls;
                                                  return true;
                                              });
        QCOMPARE(calls, 9);
        QCOMPARE(r.startCells, 60);
        QCOMPARE(int(r.dims.size()), 8);
        const QString edge0 = QStringLiteral("op of edge %1→%2")
                                  .arg(Nb201Cell::edgeFrom(0))
                                  .arg(Nb201Cell::edgeTo(0));
        const QString edge3 = QStringLiteral("op of edge %1→%2")
                                  .arg(Nb201Cell::edgeFrom(3))
                                  .arg(Nb201Cell::edgeTo(3));
        QCOMPARE(r.dims[0].concept, edge0);
        QVERIFY(r.dims[0].label.startsWith(edge0 + QStringLiteral(": ")));
        QCOMPARE(r.dims[0].purity, 1.0);
        QCOMPARE(r.dims[0].activity, 0.5); // offsets ±0.3 and ±0.4 of 8
        QCOMPARE(r.dims[1].concept, edge3);
        QCOMPARE(r.dims[1].purity, 1.0);
        QCOMPARE(r.dims[2].label, QStringLiteral("inactive"));
        QCOMPARE(r.dims[2].activity, 0.0);
        // z3 moves two edges at once: active, but no change is about one concept.
        QVERIFY(r.dims[3].isActive());
        QCOMPARE(r.dims[3].activity, 0.5);
        QCOMPARE(r.dims[3].purity, 0.0);
        for (int d = 4; d < 8; ++d)
            QCOMPARE(r.dims[std::size_t(d)].label, QStringLiteral("inactive"));
        QCOMPARE(r.activeDimensions, 3);
        // z3 has no pure change; its two edges tie and the first concept by
        // name labels it: edge 0→1, as z0. So the labels name 2 concepts.
        QCOMPARE(r.dims[3].concept, edge0);
        QCOMPARE(r.distinctConcepts, 2);
        QVERIFY(std::abs(r.score - 2.0 / 3.0) < 1e-12);
        QVERIFY(r.dims[0].rhoAccuracy > 0.9);
        QVERIFY(r.dims[1].rhoFlops > 0.9);
        QCOMPARE(r.byRelevance().front().dim, 0);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("dims")).toArray().size(), 8);
        QCOMPARE(json.value(QStringLiteral("score")).toDouble(), r.score);
    }

    void mutualInformationGap()
    {
        // Factor 0 is copied by z0 alone; factor 1 by z1 and z2 alike.
        Rng rng(9);
        CellFactors f;
        f.names = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("constant")};
        f.values.assign(3, {});
        std::vector<Latent> codes;
        for (int i = 0; i < 4000; ++i) {
            const int a = int(rng.below(4));
            const int b = int(rng.below(3));
            f.values[0].push_back(a);
            f.values[1].push_back(b);
            f.values[2].push_back(7);
            codes.push_back({float(a), float(b), float(b) * 2 + 1, float(rng.normal())});
        }
        std::vector<FactorInformation> info;
        const double mig = dnas::mutualInformationGap(codes, f, &info);
        QCOMPARE(int(info.size()), 3);
        QCOMPARE(info[0].bestDim, 0);
        QVERIFY(info[0].bestInformation > 0.99);
        QVERIFY(info[0].gap > 0.95);
        QVERIFY(info[1].bestDim == 1 || info[1].bestDim == 2);
        QVERIFY(info[1].gap < 0.01); // two dimensions tell it equally
        QCOMPARE(info[2].bestDim, -1); // no entropy: left out of the mean
        QVERIFY(std::abs(mig - (info[0].gap + info[1].gap) / 2) < 1e-12);
    }

    void cellFactorsOfBothSpaces()
    {
        const CellFactors f101 = cellFactors({Cell(chain())});
        QCOMPARE(int(f101.names.size()), 8);
        QCOMPARE(f101.values[0][0], 5); // vertices
        QCOMPARE(f101.values[1][0], 4); // edges
        QCOMPARE(f101.values[2][0], 0); // no skip
        QCOMPARE(f101.values[3][0], int(Nb101Op::Conv3x3)); // vertex 1
        QCOMPARE(f101.values[6][0], -1); // vertex 4: not in a 5-vertex cell
        const CellFactors f201 = cellFactors({Cell(Nb201Cell::fromCode(0))});
        QCOMPARE(int(f201.names.size()), 6);
        QCOMPARE(f201.names[3], QStringLiteral("op of edge 0→3"));
    }

    void cancelThrows()
    {
        KnownCodec codec;
        bool threw = false;
        try {
            analyseFactors(codec, {Cell(Nb201Cell::fromCode(1))}, {}, {}, {}, {},
                           [](int done, int) { return done < 2; });
        } catch (const Error &) {
            threw = true;
        }
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestFactors)
#include "tst_factors.moc"
