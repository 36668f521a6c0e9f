#include "neighbours.h"

#include <unordered_set>

namespace dnas {

std::vector<Nb101Cell> nb101Neighbours(const Nb101Cell &cell)
{
    constexpr int n = Nb101Cell::kMaxVertices;
    const Nb101Cell base = cell.padded();
    std::unordered_set<Hash128> seen {cell.moduleHash()};
    std::vector<Nb101Cell> out;
    const auto keep = [&](const Nb101Cell &child) {
        const auto p = child.pruned();
        if (!p || p->edgeCount() > Nb101Cell::kMaxEdges || !p->isValid())
            return;
        if (seen.insert(p->moduleHash()).second)
            out.push_back(*p);
    };
    for (int u = 0; u < n - 1; ++u) {
        for (int v = u + 1; v < n; ++v) {
            Nb101Cell child = base;
            child.setEdge(u, v, !child.hasEdge(u, v));
            keep(child);
        }
    }
    for (int v = 1; v < n - 1; ++v) {
        for (int o = 0; o < kNb101OpCount; ++o) {
            if (Nb101Op(o) == base.op(v))
                continue;
            Nb101Cell child = base;
            child.setOp(v, Nb101Op(o));
            keep(child);
        }
    }
    return out;
}

std::vector<Nb201Cell> nb201Neighbours(const Nb201Cell &cell)
{
    std::vector<Nb201Cell> out;
    for (int e = 0; e < Nb201Cell::kEdges; ++e) {
        for (int o = 0; o < kNb201OpCount; ++o) {
            if (Nb201Op(o) == cell.op(e))
                continue;
            Nb201Cell child = cell;
            child.setOp(e, Nb201Op(o));
            out.push_back(child);
        }
    }
    return out;
}

} // namespace dnas
