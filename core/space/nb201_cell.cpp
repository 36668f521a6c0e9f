#include "nb201_cell.h"

#include <QStringList>

namespace dnas {

namespace {
const char *const kNames[kNb201OpCount] = {"none", "skip_connect", "nor_conv_1x1", "nor_conv_3x3",
                                           "avg_pool_3x3"};
constexpr int kFrom[Nb201Cell::kEdges] = {0, 0, 1, 0, 1, 2};
constexpr int kTo[Nb201Cell::kEdges] = {1, 2, 2, 3, 3, 3};
} // namespace

QString nb201OpName(Nb201Op op)
{
    return QLatin1String(kNames[static_cast<int>(op)]);
}

std::optional<Nb201Op> nb201OpFromName(const QString &name)
{
    for (int i = 0; i < kNb201OpCount; ++i) {
        if (name == QLatin1String(kNames[i]))
            return static_cast<Nb201Op>(i);
    }
    return std::nullopt;
}

int Nb201Cell::edgeFrom(int edge)
{
    return kFrom[edge];
}

int Nb201Cell::edgeTo(int edge)
{
    return kTo[edge];
}

int Nb201Cell::code() const
{
    int c = 0;
    for (const Nb201Op op : m_ops)
        c = c * kNb201OpCount + static_cast<int>(op);
    return c;
}

Nb201Cell Nb201Cell::fromCode(int code)
{
    Nb201Cell cell;
    for (int e = kEdges - 1; e >= 0; --e) {
        cell.m_ops[e] = static_cast<Nb201Op>(code % kNb201OpCount);
        code /= kNb201OpCount;
    }
    return cell;
}

QString Nb201Cell::toString() const
{
    QString s;
    for (int e = 0; e < kEdges; ++e) {
        if (e == 1 || e == 3)
            s += QLatin1Char('+');
        s += QStringLiteral("|%1~%2").arg(nb201OpName(m_ops[e])).arg(kFrom[e]);
        if (e == 0 || e == 2 || e == 5)
            s += QLatin1Char('|');
    }
    return s;
}

std::optional<Nb201Cell> Nb201Cell::fromString(const QString &text, QString *error)
{
    const auto fail = [error](const QString &m) -> std::optional<Nb201Cell> {
        if (error)
            *error = m + QStringLiteral(" (expected |op~0|+|op~0|op~1|+|op~0|op~1|op~2|)");
        return std::nullopt;
    };
    const QStringList nodes = text.trimmed().split(QLatin1Char('+'));
    if (nodes.size() != 3)
        return fail(QStringLiteral("a NAS-Bench-201 cell has 3 nodes separated by '+', found %1")
                        .arg(nodes.size()));
    Nb201Cell cell;
    int e = 0;
    for (int node = 0; node < 3; ++node) {
        const QString &part = nodes[node];
        if (!part.startsWith(QLatin1Char('|')) || !part.endsWith(QLatin1Char('|'))
            || part.size() < 2)
            return fail(QStringLiteral("node %1 is not enclosed in '|'").arg(node + 1));
        const QStringList edges = part.mid(1, part.size() - 2).split(QLatin1Char('|'));
        if (edges.size() != node + 1)
            return fail(QStringLiteral("node %1 needs %2 inputs, found %3")
                            .arg(node + 1)
                            .arg(node + 1)
                            .arg(edges.size()));
        for (int i = 0; i < edges.size(); ++i, ++e) {
            const QStringList opAndSource = edges[i].split(QLatin1Char('~'));
            if (opAndSource.size() != 2 || opAndSource[1] != QString::number(i))
                return fail(QStringLiteral("input %1 of node %2 must read op~%1, found \"%3\"")
                                .arg(i)
                                .arg(node + 1)
                                .arg(edges[i]));
            const auto op = nb201OpFromName(opAndSource[0]);
            if (!op)
                return fail(QStringLiteral("unknown op \"%1\"").arg(opAndSource[0]));
            cell.m_ops[e] = *op;
        }
    }
    return cell;
}

} // namespace dnas
