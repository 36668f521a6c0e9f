#include "fixtures.h"

#include <QtGlobal>

#include <map>

namespace dnas::test {

SearchConfig smallNb201Dnas(int budget)
{
    SearchConfig c = SearchConfig::defaults(BenchmarkId::Nb201Cifar10, SearchMethod::Dnas, budget);
    c.seed = 3;
    c.initial = 10;
    c.iterations = 3;
    c.pool = 300;
    c.epochs = 2;
    c.pseudoLabels = 60;
    c.pseudoEpochs = 1;
    c.topP = 20;
    c.eps1 = 1;
    c.eps2 = 0;
    c.denseSampling = false;
    c.mutationShare = 0;
    return c;
}

Nb101Cell nb101Cell(const std::vector<std::vector<int>> &matrix, const QStringList &ops)
{
    QByteArray flat;
    for (const auto &row : matrix) {
        for (const int e : row)
            flat.append(e ? '1' : '0');
    }
    QString error;
    const auto cell = Nb101Cell::fromMatrixString(flat, ops, &error);
    if (!cell)
        qFatal("bad test cell: %s", qPrintable(error));
    return *cell;
}

const QString kIn = QStringLiteral("input");
const QString kOut = QStringLiteral("output");
const QString kConv3 = QStringLiteral("conv3x3-bn-relu");
const QString kConv1 = QStringLiteral("conv1x1-bn-relu");
const QString kPool = QStringLiteral("maxpool3x3");

Nb101Cell smallestHashCell()
{
    return nb101Cell({{0, 1, 0, 0, 1, 1, 0},
                      {0, 0, 1, 0, 0, 0, 0},
                      {0, 0, 0, 1, 0, 0, 1},
                      {0, 0, 0, 0, 0, 1, 0},
                      {0, 0, 0, 0, 0, 1, 0},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 0, 0, 0}},
                     {kIn, kConv3, kPool, kConv3, kConv3, kConv1, kOut});
}

Nb101Cell twoBranchCell(bool swapped)
{
    return nb101Cell({{0, 1, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 1}, {0, 0, 0, 0}},
                     swapped ? QStringList {kIn, kPool, kConv1, kOut}
                             : QStringList {kIn, kConv1, kPool, kOut});
}

Nb101Cell readmeInceptionCell()
{
    return nb101Cell({{0, 1, 1, 1, 0, 1, 0},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 1, 0, 0},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 0, 0, 0}},
                     {kIn, kConv1, kConv3, kConv3, kConv3, kPool, kOut});
}

std::shared_ptr<const Benchmark> bundled(BenchmarkId id)
{
    static std::map<BenchmarkId, std::shared_ptr<const Benchmark>> cache;
    auto &slot = cache[id];
    if (!slot)
        slot = loadBenchmark(id);
    return slot;
}

} // namespace dnas::test
