#include "nb101_cell.h"

#include "../util/md5.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

namespace dnas {

namespace {
const char *const kOpNames[kNb101OpCount] = {"conv3x3-bn-relu", "conv1x1-bn-relu", "maxpool3x3"};
const QLatin1String kInput("input");
const QLatin1String kOutput("output");

using Hex = std::array<char, 32>;

Hex md5Of(const char *data, std::size_t size)
{
    Hex h;
    md5Hex(data, size, h.data());
    return h;
}

// Insertion sort: at most 7 digests, and std::sort trips GCC 12's bounds warnings here.
void sortHex(Hex *h, int n)
{
    for (int i = 1; i < n; ++i) {
        const Hex key = h[i];
        int j = i - 1;
        while (j >= 0 && std::memcmp(h[j].data(), key.data(), 32) > 0) {
            h[j + 1] = h[j];
            --j;
        }
        h[j + 1] = key;
    }
}
} // namespace

QString nb101OpName(Nb101Op op)
{
    return QLatin1String(kOpNames[static_cast<int>(op)]);
}

std::optional<Nb101Op> nb101OpFromName(const QString &name)
{
    for (int i = 0; i < kNb101OpCount; ++i) {
        if (name == QLatin1String(kOpNames[i]))
            return static_cast<Nb101Op>(i);
    }
    return std::nullopt;
}

Nb101Cell::Nb101Cell(int vertexCount)
    : m_n(std::clamp(vertexCount, 2, kMaxVertices))
{
    m_ops.fill(Nb101Op::Conv3x3);
}

void Nb101Cell::setEdge(int from, int to, bool on)
{
    if (from < 0 || to >= m_n || from >= to)
        return;
    if (on)
        m_rows[from] |= std::uint8_t(1u << to);
    else
        m_rows[from] &= std::uint8_t(~(1u << to));
}

int Nb101Cell::edgeCount() const
{
    int e = 0;
    for (int v = 0; v < m_n; ++v)
        e += __builtin_popcount(m_rows[v]);
    return e;
}

std::uint8_t Nb101Cell::inMask(int v) const
{
    std::uint8_t m = 0;
    for (int u = 0; u < v; ++u)
        m |= std::uint8_t(((m_rows[u] >> v) & 1u) << u);
    return m;
}

std::optional<Nb101Cell> Nb101Cell::pruned() const
{
    // Vertices reachable from the input, and vertices that reach the output.
    unsigned fwd = 1u;
    for (int v = 0; v < m_n; ++v) {
        if ((fwd >> v) & 1u)
            fwd |= m_rows[v];
    }
    unsigned bwd = 1u << (m_n - 1);
    for (int v = m_n - 1; v >= 0; --v) {
        if (m_rows[v] & bwd)
            bwd |= 1u << v;
    }
    const unsigned keep = fwd & bwd;
    if (!(keep & 1u)) // the input does not reach the output
        return std::nullopt;

    int index[kMaxVertices];
    int n = 0;
    for (int v = 0; v < m_n; ++v)
        index[v] = ((keep >> v) & 1u) ? n++ : -1;
    Nb101Cell out(n);
    for (int u = 0; u < m_n; ++u) {
        if (index[u] < 0)
            continue;
        if (u > 0 && u < m_n - 1)
            out.m_ops[index[u]] = m_ops[u];
        for (int v = u + 1; v < m_n; ++v) {
            if (index[v] >= 0 && hasEdge(u, v))
                out.setEdge(index[u], index[v]);
        }
    }
    return out;
}

QString Nb101Cell::problem() const
{
    const auto p = pruned();
    if (!p)
        return QStringLiteral("the input is not connected to the output");
    if (p->edgeCount() > kMaxEdges) {
        return QStringLiteral("the pruned cell has %1 edges, more than the %2 allowed")
            .arg(p->edgeCount())
            .arg(kMaxEdges);
    }
    return {};
}

Hash128 Nb101Cell::moduleHash() const
{
    // graph_util.hash_module: label every vertex with md5(str((out, in, label))),
    // then n rounds of md5(sorted in-neighbour hashes | sorted out-neighbour
    // hashes | own hash), then md5 of the Python repr of the sorted list.
    const int n = m_n;
    Hex h[kMaxVertices];
    char buf[kMaxVertices * 33 * 2 + 64];
    for (int v = 0; v < n; ++v) {
        const int label = v == 0 ? -1 : (v == n - 1 ? -2 : static_cast<int>(m_ops[v]));
        const int len = std::snprintf(buf, sizeof buf, "(%d, %d, %d)",
                                      __builtin_popcount(m_rows[v]), __builtin_popcount(inMask(v)),
                                      label);
        h[v] = md5Of(buf, std::size_t(len));
    }
    Hex sorted[kMaxVertices];
    Hex next[kMaxVertices];
    for (int round = 0; round < n; ++round) {
        for (int v = 0; v < n; ++v) {
            std::size_t len = 0;
            int k = 0;
            const std::uint8_t in = inMask(v);
            for (int w = 0; w < n; ++w) {
                if ((in >> w) & 1u)
                    sorted[k++] = h[w];
            }
            sortHex(sorted, k);
            for (int i = 0; i < k; ++i, len += 32)
                std::memcpy(buf + len, sorted[i].data(), 32);
            buf[len++] = '|';
            k = 0;
            for (int w = 0; w < n; ++w) {
                if ((m_rows[v] >> w) & 1u)
                    sorted[k++] = h[w];
            }
            sortHex(sorted, k);
            for (int i = 0; i < k; ++i, len += 32)
                std::memcpy(buf + len, sorted[i].data(), 32);
            buf[len++] = '|';
            std::memcpy(buf + len, h[v].data(), 32);
            len += 32;
            next[v] = md5Of(buf, len);
        }
        std::copy(next, next + n, h);
    }
    sortHex(h, n);
    // str(list_of_str) in Python: ['aaa', 'bbb']
    std::size_t len = 0;
    buf[len++] = '[';
    for (int v = 0; v < n; ++v) {
        if (v > 0) {
            buf[len++] = ',';
            buf[len++] = ' ';
        }
        buf[len++] = '\'';
        std::memcpy(buf + len, h[v].data(), 32);
        len += 32;
        buf[len++] = '\'';
    }
    buf[len++] = ']';
    return Hash128::fromBytes(md5(buf, len).data());
}

Nb101Cell Nb101Cell::padded() const
{
    Nb101Cell out(kMaxVertices);
    const auto map = [this](int v) {
        return v == m_n - 1 ? kMaxVertices - 1 : v;
    };
    for (int u = 0; u < m_n; ++u) {
        if (u > 0 && u < m_n - 1)
            out.m_ops[u] = m_ops[u];
        for (int v = u + 1; v < m_n; ++v) {
            if (hasEdge(u, v))
                out.setEdge(map(u), map(v));
        }
    }
    return out;
}

std::uint32_t Nb101Cell::code() const
{
    const Nb101Cell p = padded();
    std::uint32_t c = 0;
    int bit = 0;
    for (int u = 0; u < kMaxVertices; ++u) {
        for (int v = u + 1; v < kMaxVertices; ++v, ++bit) {
            if (p.hasEdge(u, v))
                c |= 1u << bit;
        }
    }
    for (int v = 1; v < kMaxVertices - 1; ++v) {
        const bool used = v < m_n - 1;
        const std::uint32_t op = used ? static_cast<std::uint32_t>(m_ops[v]) : 3u;
        c |= op << (21 + 2 * (v - 1));
    }
    return c;
}

std::optional<Nb101Cell> Nb101Cell::fromCode(std::uint32_t code)
{
    if (code >> 31)
        return std::nullopt;
    Nb101Cell full(kMaxVertices);
    int bit = 0;
    for (int u = 0; u < kMaxVertices; ++u) {
        for (int v = u + 1; v < kMaxVertices; ++v, ++bit) {
            if ((code >> bit) & 1u)
                full.setEdge(u, v);
        }
    }
    for (int v = 1; v < kMaxVertices - 1; ++v) {
        const std::uint32_t op = (code >> (21 + 2 * (v - 1))) & 3u;
        if (op == 3u) {
            if (full.m_rows[v] != 0 || full.inMask(v) != 0)
                return std::nullopt; // an unused vertex with edges
        } else {
            full.m_ops[v] = static_cast<Nb101Op>(op);
        }
    }
    auto p = full.pruned();
    if (!p || p->code() != code)
        return std::nullopt; // not the canonical code of a pruned cell
    return p;
}

QByteArray Nb101Cell::toJson() const
{
    QJsonArray matrix;
    for (int u = 0; u < m_n; ++u) {
        QJsonArray row;
        for (int v = 0; v < m_n; ++v)
            row.append(hasEdge(u, v) ? 1 : 0);
        matrix.append(row);
    }
    QJsonArray ops;
    ops.append(kInput);
    for (int v = 1; v < m_n - 1; ++v)
        ops.append(nb101OpName(m_ops[v]));
    ops.append(kOutput);
    QJsonObject o;
    o.insert(QLatin1String("matrix"), matrix);
    o.insert(QLatin1String("ops"), ops);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace {
std::optional<Nb101Cell> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// Shared by the JSON and the tfrecord forms: n×n entries and n op names.
std::optional<Nb101Cell> fromEntries(int n, const std::function<int(int, int)> &entry,
                                     const QStringList &ops, QString *error)
{
    if (n < 2 || n > Nb101Cell::kMaxVertices)
        return fail(error,
                    QStringLiteral("the matrix has %1 vertices; a NAS-Bench-101 cell has 2 to %2")
                        .arg(n)
                        .arg(Nb101Cell::kMaxVertices));
    if (ops.size() != n)
        return fail(error, QStringLiteral("%1 ops given for %2 vertices").arg(ops.size()).arg(n));
    if (ops.first() != kInput || ops.last() != kOutput)
        return fail(error,
                    QStringLiteral("the first op must be \"input\" and the last \"output\""));
    Nb101Cell cell(n);
    for (int u = 0; u < n; ++u) {
        for (int v = 0; v < n; ++v) {
            const int e = entry(u, v);
            if (e != 0 && e != 1)
                return fail(error,
                            QStringLiteral("matrix entry (%1, %2) is not 0 or 1").arg(u).arg(v));
            if (e == 1 && v <= u)
                return fail(
                    error,
                    QStringLiteral("the matrix is not upper-triangular: entry (%1, %2) is 1")
                        .arg(u)
                        .arg(v));
            if (e == 1)
                cell.setEdge(u, v);
        }
    }
    for (int v = 1; v < n - 1; ++v) {
        const auto op = nb101OpFromName(ops[v]);
        if (!op)
            return fail(error,
                        QStringLiteral("unknown op \"%1\" at vertex %2 (expected conv3x3-bn-relu, "
                                       "conv1x1-bn-relu or maxpool3x3)")
                            .arg(ops[v])
                            .arg(v));
        cell.setOp(v, *op);
    }
    return cell;
}
} // namespace

std::optional<Nb101Cell> Nb101Cell::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(error, QStringLiteral("not JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(error,
                    QStringLiteral("expected an object {\"matrix\": [[...]], \"ops\": [...]}"));
    const QJsonObject o = doc.object();
    const QJsonValue m = o.value(QLatin1String("matrix"));
    const QJsonValue opsValue = o.value(QLatin1String("ops"));
    if (!m.isArray() || !opsValue.isArray())
        return fail(
            error,
            QStringLiteral("expected the keys \"matrix\" (array of rows) and \"ops\" (array)"));
    const QJsonArray rows = m.toArray();
    const int n = int(rows.size());
    for (const QJsonValue &row : rows) {
        if (!row.isArray() || row.toArray().size() != n)
            return fail(error,
                        QStringLiteral("the matrix must be square (%1 rows of %1 entries)").arg(n));
    }
    QStringList ops;
    for (const QJsonValue &v : opsValue.toArray()) {
        if (!v.isString())
            return fail(error, QStringLiteral("every op must be a string"));
        ops.append(v.toString());
    }
    return fromEntries(
        n,
        [&rows](int u, int v) {
            const QJsonValue e = rows.at(u).toArray().at(v);
            if (e.isBool())
                return e.toBool() ? 1 : 0;
            return e.isDouble() && (e.toDouble() == 0.0 || e.toDouble() == 1.0) ? e.toInt() : -1;
        },
        ops, error);
}

std::optional<Nb101Cell> Nb101Cell::fromMatrixString(const QByteArray &matrix,
                                                     const QStringList &ops, QString *error)
{
    int n = 0;
    while (n * n < matrix.size())
        ++n;
    if (n * n != matrix.size())
        return fail(error,
                    QStringLiteral("an adjacency string of %1 characters is not square")
                        .arg(matrix.size()));
    return fromEntries(
        n,
        [&matrix, n](int u, int v) {
            const char c = matrix.at(u * n + v);
            return c == '0' ? 0 : (c == '1' ? 1 : -1);
        },
        ops, error);
}

bool operator==(const Nb101Cell &a, const Nb101Cell &b)
{
    if (a.m_n != b.m_n)
        return false;
    for (int v = 0; v < a.m_n; ++v) {
        if (a.m_rows[v] != b.m_rows[v])
            return false;
        if (v > 0 && v < a.m_n - 1 && a.m_ops[v] != b.m_ops[v])
            return false;
    }
    return true;
}

} // namespace dnas
