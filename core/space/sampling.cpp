#include "sampling.h"

#include "../util/rng.h"

namespace dnas {

namespace {
constexpr int kN = Nb101Cell::kMaxVertices;

Nb101Op otherOp(Nb101Op op, Rng &rng)
{
    const int shift = 1 + int(rng.below(kNb101OpCount - 1));
    return static_cast<Nb101Op>((static_cast<int>(op) + shift) % kNb101OpCount);
}
} // namespace

Nb101Cell randomNb101Cell(Rng &rng)
{
    for (;;) {
        Nb101Cell cell(kN);
        for (int u = 0; u < kN; ++u) {
            for (int v = u + 1; v < kN; ++v)
                cell.setEdge(u, v, rng.below(2) == 1);
        }
        for (int v = 1; v < kN - 1; ++v)
            cell.setOp(v, static_cast<Nb101Op>(rng.below(kNb101OpCount)));
        if (auto p = cell.pruned(); p && p->edgeCount() <= Nb101Cell::kMaxEdges)
            return *p;
    }
}

Nb101Cell mutateNb101Cell(const Nb101Cell &parent, Rng &rng, double rate, bool requireChange)
{
    const Nb101Cell base = parent.padded();
    const Hash128 parentHash = requireChange ? parent.moduleHash() : Hash128 {};
    const double edgeProb = rate / kN;
    const double opProb = rate / (kN - 2);
    for (;;) {
        Nb101Cell child = base;
        for (int u = 0; u < kN - 1; ++u) {
            for (int v = u + 1; v < kN; ++v) {
                if (rng.chance(edgeProb))
                    child.setEdge(u, v, !child.hasEdge(u, v));
            }
        }
        for (int v = 1; v < kN - 1; ++v) {
            if (rng.chance(opProb))
                child.setOp(v, otherOp(child.op(v), rng));
        }
        auto p = child.pruned();
        if (!p || p->edgeCount() > Nb101Cell::kMaxEdges)
            continue;
        if (requireChange && p->moduleHash() == parentHash)
            continue;
        return *p;
    }
}

Nb201Cell randomNb201Cell(Rng &rng)
{
    return Nb201Cell::fromCode(int(rng.below(Nb201Cell::kCellCount)));
}

Nb201Cell mutateNb201Cell(const Nb201Cell &parent, Rng &rng)
{
    Nb201Cell child = parent;
    const int edge = int(rng.below(Nb201Cell::kEdges));
    const int shift = 1 + int(rng.below(kNb201OpCount - 1));
    child.setOp(edge,
                static_cast<Nb201Op>((static_cast<int>(parent.op(edge)) + shift) % kNb201OpCount));
    return child;
}

Cell mutateCell(const Cell &parent, Rng &rng)
{
    if (const auto *c = std::get_if<Nb101Cell>(&parent))
        return mutateNb101Cell(*c, rng);
    return mutateNb201Cell(std::get<Nb201Cell>(parent), rng);
}

} // namespace dnas
