#pragma once

#include "hash128.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace dnas {

/** Inner-vertex operations of NAS-Bench-101, numbered as the benchmark's
 *  `available_ops` (the number is the label used by the module hash). */
enum class Nb101Op : std::uint8_t { Conv3x3 = 0, Conv1x1 = 1, MaxPool3x3 = 2 };
constexpr int kNb101OpCount = 3;

/** The benchmark's op names: "conv3x3-bn-relu", "conv1x1-bn-relu", "maxpool3x3". */
QString nb101OpName(Nb101Op op);
std::optional<Nb101Op> nb101OpFromName(const QString &name);

/**
 * A NAS-Bench-101 cell: a DAG on n ≤ 7 vertices given by an upper-triangular
 * adjacency matrix; vertex 0 is the input, vertex n−1 the output, vertices
 * 1..n−2 carry an op. A cell may be unpruned (vertices off every input→output
 * path, more than 9 edges): pruned() and isValid() say what the benchmark
 * would make of it.
 */
class Nb101Cell
{
public:
    static constexpr int kMaxVertices = 7;
    static constexpr int kMaxEdges = 9;

    /** Input joined directly to output. */
    Nb101Cell() { m_rows[0] = 0b10; }
    /** n vertices (2..7), no edges, every inner op conv3x3. */
    explicit Nb101Cell(int vertexCount);

    int vertexCount() const { return m_n; }
    bool hasEdge(int from, int to) const { return (m_rows[from] >> to) & 1u; }
    /** Sets or clears from→to; requires 0 ≤ from < to < vertexCount(). */
    void setEdge(int from, int to, bool on = true);
    /** Op of inner vertex v (1..n−2). */
    Nb101Op op(int v) const { return m_ops[v]; }
    void setOp(int v, Nb101Op op) { m_ops[v] = op; }
    int edgeCount() const;
    /** Bit mask of the successors / predecessors of v. */
    std::uint8_t outMask(int v) const { return m_rows[v]; }
    std::uint8_t inMask(int v) const;

    /** The cell without vertices that lie on no input→output path (the
     *  benchmark's ModelSpec pruning, vertex order kept); nullopt when the
     *  input does not reach the output. */
    std::optional<Nb101Cell> pruned() const;
    /** True when the pruned cell exists and has ≤ 7 vertices and ≤ 9 edges. */
    bool isValid() const { return problem().isEmpty(); }
    /** Why the cell is invalid, or an empty string when it is valid. */
    QString problem() const;

    /** Official NAS-Bench-101 module hash (graph_util.hash_module) of this
     *  graph as it stands; call it on pruned() cells to get the table key.
     *  Isomorphic graphs with equal labels get the same hash. */
    Hash128 moduleHash() const;

    /** The 7-vertex form: output moved to vertex 6, vertices n−1..5 unused
     *  (no edges, op conv3x3). pruned() of it gives back a pruned cell. */
    Nb101Cell padded() const;

    /** Compact code of a pruned cell: bits 0..20 the upper triangle of
     *  padded() row-major ((0,1),(0,2),…,(5,6)); bits 21..30 two bits per
     *  vertex 1..5 of padded(), 3 = unused. Same as the table's adj7/ops7. */
    std::uint32_t code() const;
    /** Inverse of code(); nullopt for a code no pruned cell has. */
    static std::optional<Nb101Cell> fromCode(std::uint32_t code);

    /** The benchmark's JSON form {"matrix": [[..]], "ops": ["input", .., "output"]}. */
    QByteArray toJson() const;
    /** Parses that form; on failure returns nullopt and sets *error. The
     *  result may still be invalid (see problem()). */
    static std::optional<Nb101Cell> fromJson(const QByteArray &json, QString *error);
    /** From a flattened n×n 0/1 string and op names (tfrecord form). */
    static std::optional<Nb101Cell> fromMatrixString(const QByteArray &matrix,
                                                     const QStringList &ops, QString *error);

    friend bool operator==(const Nb101Cell &a, const Nb101Cell &b);
    friend bool operator!=(const Nb101Cell &a, const Nb101Cell &b) { return !(a == b); }

private:
    int m_n = 2;
    std::array<std::uint8_t, kMaxVertices> m_rows {}; // bit j of row i: edge i→j (j > i)
    std::array<Nb101Op, kMaxVertices> m_ops {}; // meaningful for 1..n−2
};

} // namespace dnas
