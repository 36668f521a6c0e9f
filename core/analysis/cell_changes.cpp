#include "cell_changes.h"

#include <algorithm>

namespace dnas {

namespace {
QString arrow(int from, int to)
{
    return QStringLiteral("%1→%2").arg(from).arg(to);
}

std::vector<CellChange> nb101Changes(const Nb101Cell &s, const Nb101Cell &d)
{
    std::vector<CellChange> changes;
    const int n = s.vertexCount();
    if (d.vertexCount() != n) {
        changes.push_back({CellChange::Kind::VertexCount, n, d.vertexCount(), {}, {}});
        return changes;
    }
    for (int v = 1; v + 1 < n; ++v) {
        if (s.op(v) != d.op(v))
            changes.push_back(
                {CellChange::Kind::Op, v, -1, nb101OpName(s.op(v)), nb101OpName(d.op(v))});
    }
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const bool before = s.hasEdge(i, j);
            if (before == d.hasEdge(i, j))
                continue;
            const bool skip = i == 0 && j == n - 1;
            using K = CellChange::Kind;
            const K kind = skip ? (before ? K::SkipRemoved : K::SkipAdded)
                                : (before ? K::EdgeRemoved : K::EdgeAdded);
            changes.push_back({kind, i, j, {}, {}});
        }
    }
    if (s.edgeCount() != d.edgeCount())
        changes.push_back({CellChange::Kind::EdgeCount, s.edgeCount(), d.edgeCount(), {}, {}});
    return changes;
}

std::vector<CellChange> nb201Changes(const Nb201Cell &s, const Nb201Cell &d)
{
    std::vector<CellChange> changes;
    for (int e = 0; e < Nb201Cell::kEdges; ++e) {
        if (s.op(e) != d.op(e))
            changes.push_back(
                {CellChange::Kind::Op, e, -1, nb201OpName(s.op(e)), nb201OpName(d.op(e)), true});
    }
    return changes;
}

bool isEdgeChange(const CellChange &c)
{
    using K = CellChange::Kind;
    return c.kind == K::EdgeAdded || c.kind == K::EdgeRemoved || c.kind == K::SkipAdded
        || c.kind == K::SkipRemoved;
}
} // namespace

QString CellChange::concept() const
{
    switch (kind) {
    case Kind::Op:
        return edgeOp ? QStringLiteral("op of edge %1")
                            .arg(arrow(Nb201Cell::edgeFrom(a), Nb201Cell::edgeTo(a)))
                      : QStringLiteral("op of vertex %1").arg(a);
    case Kind::EdgeAdded:
    case Kind::EdgeRemoved:
        return QStringLiteral("edge %1").arg(arrow(a, b));
    case Kind::SkipAdded:
    case Kind::SkipRemoved:
        return QStringLiteral("skip connection");
    case Kind::VertexCount:
        return QStringLiteral("number of vertices");
    case Kind::EdgeCount:
        return QStringLiteral("number of edges");
    case Kind::Invalid:
        return QStringLiteral("invalid decode");
    }
    return {};
}

QString CellChange::description() const
{
    switch (kind) {
    case Kind::Op:
        return QStringLiteral("%1: %2 → %3").arg(concept(), fromOp, toOp);
    case Kind::EdgeAdded:
        return QStringLiteral("edge %1 added").arg(arrow(a, b));
    case Kind::EdgeRemoved:
        return QStringLiteral("edge %1 removed").arg(arrow(a, b));
    case Kind::SkipAdded:
        return QStringLiteral("skip connection added");
    case Kind::SkipRemoved:
        return QStringLiteral("skip connection removed");
    case Kind::VertexCount:
        return QStringLiteral("%1 → %2 vertices").arg(a).arg(b);
    case Kind::EdgeCount:
        return QStringLiteral("%1 → %2 edges").arg(a).arg(b);
    case Kind::Invalid:
        return QStringLiteral("invalid decode");
    }
    return {};
}

std::vector<CellChange> cellChanges(const Cell &start, const std::optional<Cell> &decoded)
{
    if (!decoded || decoded->index() != start.index())
        return {CellChange {CellChange::Kind::Invalid, -1, -1, {}, {}}};
    if (const auto *s = std::get_if<Nb101Cell>(&start))
        return nb101Changes(*s, std::get<Nb101Cell>(*decoded));
    return nb201Changes(std::get<Nb201Cell>(start), std::get<Nb201Cell>(*decoded));
}

std::vector<QString> changeConcepts(const std::vector<CellChange> &changes)
{
    using K = CellChange::Kind;
    std::vector<QString> concepts;
    for (const CellChange &c : changes) {
        if (c.kind == K::Invalid || c.kind == K::VertexCount)
            return {c.concept()};
    }
    // NB-201: a node is the sum of its input edges' ops, so several changed
    // edges into one node are one concept, that node's inputs.
    const auto edgeOps = std::count_if(changes.begin(), changes.end(),
                                       [](const CellChange &c) { return c.edgeOp; });
    if (edgeOps > 1 && edgeOps == std::ptrdiff_t(changes.size())) {
        const int node = Nb201Cell::edgeTo(changes.front().a);
        if (std::all_of(changes.begin(), changes.end(),
                        [node](const CellChange &c) { return Nb201Cell::edgeTo(c.a) == node; }))
            return {QStringLiteral("inputs of node %1").arg(node)};
    }
    const auto edges = std::count_if(changes.begin(), changes.end(), isEdgeChange);
    const bool countChanged = std::any_of(
        changes.begin(), changes.end(), [](const CellChange &c) { return c.kind == K::EdgeCount; });
    for (const CellChange &c : changes) {
        if (c.kind == K::Op)
            concepts.push_back(c.concept());
        else if (isEdgeChange(c) && (edges == 1 || !countChanged))
            concepts.push_back(c.concept());
    }
    if (edges > 1 && countChanged)
        concepts.push_back(QStringLiteral("number of edges"));
    std::sort(concepts.begin(), concepts.end());
    concepts.erase(std::unique(concepts.begin(), concepts.end()), concepts.end());
    return concepts;
}

} // namespace dnas
