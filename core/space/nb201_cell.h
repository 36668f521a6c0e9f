#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace dnas {

/** NAS-Bench-201 edge ops, numbered as in the bundled table's `ops` column. */
enum class Nb201Op : std::uint8_t { None = 0, Skip = 1, Conv1x1 = 2, Conv3x3 = 3, AvgPool3x3 = 4 };
constexpr int kNb201OpCount = 5;

/** "none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3", "avg_pool_3x3". */
QString nb201OpName(Nb201Op op);
std::optional<Nb201Op> nb201OpFromName(const QString &name);

/**
 * A NAS-Bench-201 cell: 4 nodes, one op on each of the 6 edges i→j (i < j),
 * in the order of the string form 0→1, 0→2, 1→2, 0→3, 1→3, 2→3. Every one of
 * the 5^6 = 15,625 cells is a cell of the benchmark.
 */
class Nb201Cell
{
public:
    static constexpr int kEdges = 6;
    static constexpr int kCellCount = 15625;

    Nb201Cell() { m_ops.fill(Nb201Op::None); }
    explicit Nb201Cell(const std::array<Nb201Op, kEdges> &ops)
        : m_ops(ops)
    { }

    Nb201Op op(int edge) const { return m_ops[edge]; }
    void setOp(int edge, Nb201Op op) { m_ops[edge] = op; }
    const std::array<Nb201Op, kEdges> &ops() const { return m_ops; }
    /** Source and target node of edge 0..5. */
    static int edgeFrom(int edge);
    static int edgeTo(int edge);

    /** The ops as a base-5 number, first edge most significant: 0..15624. */
    int code() const;
    static Nb201Cell fromCode(int code);

    /** |op~0|+|op~0|op~1|+|op~0|op~1|op~2| */
    QString toString() const;
    /** Parses the string form exactly; on failure nullopt and *error set. */
    static std::optional<Nb201Cell> fromString(const QString &text, QString *error);

    friend bool operator==(const Nb201Cell &a, const Nb201Cell &b) { return a.m_ops == b.m_ops; }
    friend bool operator!=(const Nb201Cell &a, const Nb201Cell &b) { return !(a == b); }

private:
    std::array<Nb201Op, kEdges> m_ops;
};

} // namespace dnas
