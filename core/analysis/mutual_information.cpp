#include "mutual_information.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace dnas {

namespace {
double entropy(const std::map<int, int> &counts, int n)
{
    double h = 0;
    for (const auto &[value, count] : counts) {
        (void)value;
        const double p = double(count) / n;
        h -= p * std::log(p);
    }
    return h;
}

/** Bin index of every code's dimension `dim`. */
std::vector<int> binned(const std::vector<Latent> &codes, int dim, int bins)
{
    std::vector<float> v;
    v.reserve(codes.size());
    for (const Latent &z : codes)
        v.push_back(z[std::size_t(dim)]);
    std::vector<float> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    const float lo = sorted[std::size_t(0.01 * double(sorted.size() - 1))];
    const float hi = sorted[std::size_t(0.99 * double(sorted.size() - 1))];
    std::vector<int> b;
    b.reserve(v.size());
    for (float x : v) {
        const int i = hi > lo ? int(std::floor((x - lo) / (hi - lo) * bins)) : 0;
        b.push_back(std::clamp(i, 0, bins - 1));
    }
    return b;
}
} // namespace

CellFactors cellFactors(const std::vector<Cell> &cells)
{
    CellFactors f;
    if (cells.empty())
        return f;
    if (std::holds_alternative<Nb101Cell>(cells.front())) {
        f.names = {QStringLiteral("number of vertices"), QStringLiteral("number of edges"),
                   QStringLiteral("skip connection")};
        for (int v = 1; v <= Nb101Cell::kMaxVertices - 2; ++v)
            f.names.push_back(QStringLiteral("op of vertex %1").arg(v));
        f.values.assign(f.names.size(), {});
        for (const Cell &cell : cells) {
            const auto &c = std::get<Nb101Cell>(cell);
            const int n = c.vertexCount();
            f.values[0].push_back(n);
            f.values[1].push_back(c.edgeCount());
            f.values[2].push_back(c.hasEdge(0, n - 1) ? 1 : 0);
            for (int v = 1; v <= Nb101Cell::kMaxVertices - 2; ++v)
                f.values[std::size_t(2 + v)].push_back(v < n - 1 ? int(c.op(v)) : -1);
        }
    } else {
        for (int e = 0; e < Nb201Cell::kEdges; ++e)
            f.names.push_back(QStringLiteral("op of edge %1→%2")
                                  .arg(Nb201Cell::edgeFrom(e))
                                  .arg(Nb201Cell::edgeTo(e)));
        f.values.assign(f.names.size(), {});
        for (const Cell &cell : cells) {
            const auto &c = std::get<Nb201Cell>(cell);
            for (int e = 0; e < Nb201Cell::kEdges; ++e)
                f.values[std::size_t(e)].push_back(int(c.op(e)));
        }
    }
    return f;
}

double mutualInformationGap(const std::vector<Latent> &codes, const CellFactors &factors,
                            std::vector<FactorInformation> *perFactor, int bins)
{
    const int n = int(codes.size());
    if (n < 2 || factors.names.empty())
        return 0;
    const int dims = int(codes.front().size());
    std::vector<std::vector<int>> binnedDims;
    for (int d = 0; d < dims; ++d)
        binnedDims.push_back(binned(codes, d, bins));

    double sum = 0;
    int counted = 0;
    for (std::size_t k = 0; k < factors.names.size(); ++k) {
        const std::vector<int> &v = factors.values[k];
        std::map<int, int> counts;
        for (int x : v)
            ++counts[x];
        const double hv = entropy(counts, n);
        FactorInformation info;
        info.factor = factors.names[k];
        info.entropy = hv;
        if (hv <= 1e-12) {
            if (perFactor)
                perFactor->push_back(info);
            continue;
        }
        std::vector<double> mi;
        for (int d = 0; d < dims; ++d) {
            // I(z; v) = H(v) − H(v | z): the entropy of v within each bin.
            std::map<int, std::map<int, int>> byBin;
            for (int i = 0; i < n; ++i)
                ++byBin[binnedDims[std::size_t(d)][std::size_t(i)]][v[std::size_t(i)]];
            double conditional = 0;
            for (const auto &[bin, c] : byBin) {
                (void)bin;
                int m = 0;
                for (const auto &[value, count] : c) {
                    (void)value;
                    m += count;
                }
                conditional += double(m) / n * entropy(c, m);
            }
            mi.push_back(std::max(0.0, hv - conditional));
        }
        std::vector<int> order(static_cast<std::size_t>(dims));
        for (int d = 0; d < dims; ++d)
            order[std::size_t(d)] = d;
        std::sort(order.begin(), order.end(),
                  [&mi](int a, int b) { return mi[std::size_t(a)] > mi[std::size_t(b)]; });
        info.bestDim = order[0];
        info.bestInformation = mi[std::size_t(order[0])] / hv;
        info.gap = (mi[std::size_t(order[0])] - (dims > 1 ? mi[std::size_t(order[1])] : 0)) / hv;
        sum += info.gap;
        ++counted;
        if (perFactor)
            perFactor->push_back(info);
    }
    return counted > 0 ? sum / counted : 0;
}

} // namespace dnas
