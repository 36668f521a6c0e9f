#pragma once

#include "space/cell.h"

#include <QString>

#include <optional>
#include <vector>

namespace dnas {

/**
 * One way a decoded cell differs from the cell a latent traversal started
 * from. NB-101 cells are compared vertex by vertex when both have the same
 * number of vertices (the decoder writes them in topological order, input
 * first and output last); otherwise only the vertex count is reported, since
 * vertices no longer correspond. NB-201 cells compare the op of each of the
 * six edges.
 */
struct CellChange
{
    enum class Kind {
        Op, ///< NB-101: op of interior vertex `a`; NB-201: op of edge `a`
        EdgeAdded, ///< NB-101 edge a → b (not input → output)
        EdgeRemoved,
        SkipAdded, ///< NB-101 edge input → output
        SkipRemoved,
        VertexCount, ///< `a` vertices became `b`
        EdgeCount, ///< `a` edges became `b` (vertex count unchanged)
        Invalid, ///< the decode is not a valid cell
    };
    Kind kind = Kind::Op;
    int a = -1;
    int b = -1;
    QString fromOp; ///< Op: the start cell's op name
    QString toOp; ///< Op: the decoded cell's op name
    bool edgeOp = false; ///< Op of an NB-201 edge (else of an NB-101 vertex)

    /** What the change is about, without direction: "op of vertex 3",
     *  "op of edge 1→2", "edge 1→4", "skip connection", "number of
     *  vertices", "number of edges", "invalid decode". */
    QString concept() const;
    /** The change itself: "op of vertex 3: conv3x3-bn-relu → maxpool3x3",
     *  "edge 1→4 added", "5 → 6 vertices", … */
    QString description() const;
};

/** Every change from `start` to `decoded` (nullopt: invalid); empty when
 *  they are the same cell. Cells of different spaces count as Invalid. */
std::vector<CellChange> cellChanges(const Cell &start, const std::optional<Cell> &decoded);

/**
 * The concepts one changed decode is about, the unit factor analysis counts:
 * an invalid decode is {"invalid decode"}; a changed vertex count is
 * {"number of vertices"} alone (edges and ops no longer correspond); op
 * changes give their concept each; a single changed edge gives "edge i→j"
 * or "skip connection"; several changed edges give "number of edges" when
 * the count changed, else each edge's concept (a rewiring). NB-201: several
 * changed edges into the same node give "inputs of node k" (a node sums its
 * input edges), else each edge's "op of edge i→j". Sorted, unique.
 */
std::vector<QString> changeConcepts(const std::vector<CellChange> &changes);

} // namespace dnas
