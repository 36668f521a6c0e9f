#include "fixtures.h"

#include <QtGlobal>

#include <map>

namespace dnas::test {

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

Nb101Cell readmeInceptionCell()
{
    return nb101Cell({{0, 1, 1, 1, 0, 1, 0},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 1, 0, 0},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 0, 0, 0}},
                     {QStringLiteral("input"), QStringLiteral("conv1x1-bn-relu"),
                      QStringLiteral("conv3x3-bn-relu"), QStringLiteral("conv3x3-bn-relu"),
                      QStringLiteral("conv3x3-bn-relu"), QStringLiteral("maxpool3x3"),
                      QStringLiteral("output")});
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
