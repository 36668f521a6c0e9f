#include "cell_graph_view.h"

#include "plot_style.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace dnas::widgets {

namespace {

constexpr int kPadded = Nb101Cell::kMaxVertices;
constexpr int kSamples = 40; // points per edge when routing and drawing curves

const QColor kInvalidColor(0xd3, 0x2f, 0x2f);

QColor textOn(const QColor &fill)
{
    // Relative luminance decides between black and white text.
    const qreal l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return l > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

qreal length(const QPointF &v)
{
    return std::hypot(v.x(), v.y());
}

QPointF unit(const QPointF &v)
{
    const qreal l = length(v);
    return l > 0 ? v / l : QPointF(0, 1);
}

/** A cubic Bézier from a to b whose control points lie at a third and two
 *  thirds of the chord, moved `bend` along its left normal: bend 0 is the
 *  straight line, the apex lies 0.75·bend off the chord. */
struct Curve
{
    std::array<QPointF, 4> p;

    Curve(const QPointF &a, const QPointF &b, qreal bend)
    {
        const QPointF d = b - a;
        const QPointF n = unit(QPointF(d.y(), -d.x())) * bend;
        p = {a, a + d / 3 + n, a + d * 2 / 3 + n, b};
    }
    QPointF at(qreal t) const
    {
        const qreal u = 1 - t;
        return u * u * u * p[0] + 3 * u * u * t * p[1] + 3 * u * t * t * p[2] + t * t * t * p[3];
    }
    QPointF tangent(qreal t) const
    {
        const qreal u = 1 - t;
        return 3 * u * u * (p[1] - p[0]) + 6 * u * t * (p[2] - p[1]) + 3 * t * t * (p[3] - p[2]);
    }
};

bool inside(const QRectF &r, bool round, const QPointF &q)
{
    if (round)
        return length(q - r.center()) <= r.width() / 2;
    return r.contains(q);
}

/** The parameter where the curve crosses the boundary of r (inside at `in`,
 *  outside at `out`), by bisection. */
qreal crossing(const Curve &c, const QRectF &r, bool round, qreal in, qreal out)
{
    for (int i = 0; i < 24; ++i) {
        const qreal mid = (in + out) / 2;
        if (inside(r, round, c.at(mid)))
            in = mid;
        else
            out = mid;
    }
    return (in + out) / 2;
}

qreal distanceToSegment(const QPointF &q, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal l2 = QPointF::dotProduct(ab, ab);
    const qreal t = l2 > 0 ? std::clamp(QPointF::dotProduct(q - a, ab) / l2, 0.0, 1.0) : 0.0;
    return length(q - (a + t * ab));
}

/** Whether segments ab and cd cross at a point inside both. */
bool segmentsCross(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d)
{
    const auto cross = [](const QPointF &o, const QPointF &p, const QPointF &q) {
        return (p.x() - o.x()) * (q.y() - o.y()) - (p.y() - o.y()) * (q.x() - o.x());
    };
    const qreal d1 = cross(c, d, a);
    const qreal d2 = cross(c, d, b);
    const qreal d3 = cross(a, b, c);
    const qreal d4 = cross(a, b, d);
    return ((d1 > 1e-9 && d2 < -1e-9) || (d1 < -1e-9 && d2 > 1e-9))
        && ((d3 > 1e-9 && d4 < -1e-9) || (d3 < -1e-9 && d4 > 1e-9));
}

/** Bit mask of the vertices on some input→output path. */
unsigned onPathMask(const Nb101Cell &cell)
{
    const int n = cell.vertexCount();
    unsigned fromIn = 1u;
    for (int v = 1; v < n; ++v) {
        if (cell.inMask(v) & fromIn)
            fromIn |= 1u << v;
    }
    unsigned toOut = 1u << (n - 1);
    for (int v = n - 2; v >= 0; --v) {
        if (cell.outMask(v) & toOut)
            toOut |= 1u << v;
    }
    return fromIn & toOut;
}

/** The vertex of a cell with n vertices at padded position p, or −1. */
int unpad(int p, int n)
{
    if (p == kPadded - 1)
        return n - 1;
    return p < n - 1 ? p : -1;
}

/**
 * Where each vertex goes across its layer, normalised to (0, 1): the layout
 * with the fewest crossings of straight edges and of long edges through
 * boxes, then the shortest sideways edges, tried exhaustively (a few
 * thousand layouts at most for ≤ 7 vertices). A layer of c vertices is
 * either spread evenly over the width (preferred) or put in c adjacent
 * columns of the grid of the widest layer, e.g. under its parent; within
 * either, every order of its vertices is tried.
 */
std::vector<qreal> bestPlacement(const Nb101Cell &cell, const std::vector<int> &layer)
{
    const int n = cell.vertexCount();
    const int layerCount = *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<int>> rows(layerCount);
    for (int v = 0; v < n; ++v)
        rows[layer[v]].push_back(v);
    int widest = 1;
    for (const auto &row : rows)
        widest = std::max(widest, int(row.size()));

    struct Option
    {
        std::vector<qreal> x; // for rows[l][i]
        qreal penalty;
    };
    std::vector<std::vector<Option>> options(layerCount);
    for (int l = 0; l < layerCount; ++l) {
        const int c = int(rows[l].size());
        std::vector<std::pair<std::vector<qreal>, qreal>> spreads;
        std::vector<qreal> even(c);
        for (int i = 0; i < c; ++i)
            even[i] = (i + 0.5) / c;
        spreads.emplace_back(even, 0.0);
        for (int o = 0; c < widest && o <= widest - c; ++o) {
            std::vector<qreal> cols(c);
            for (int i = 0; i < c; ++i)
                cols[i] = (o + i + 0.5) / widest;
            if (std::abs(cols[0] - even[0]) > 1e-9)
                spreads.emplace_back(cols, 0.05);
        }
        std::vector<int> perm(c);
        for (int i = 0; i < c; ++i)
            perm[i] = i;
        do {
            for (const auto &[spread, penalty] : spreads) {
                Option option {std::vector<qreal>(c), penalty};
                for (int i = 0; i < c; ++i)
                    option.x[perm[i]] = spread[i];
                options[l].push_back(std::move(option));
            }
        } while (std::next_permutation(perm.begin(), perm.end()));
    }

    std::vector<std::pair<int, int>> edges;
    for (int u = 0; u < n; ++u) {
        for (int v = u + 1; v < n; ++v) {
            if (cell.hasEdge(u, v))
                edges.emplace_back(u, v);
        }
    }

    std::vector<int> choice(layerCount, 0);
    std::vector<qreal> x(n);
    const qreal halfBox = 0.45 / widest;
    const auto cost = [&]() {
        qreal c = 0;
        for (int l = 0; l < layerCount; ++l) {
            const Option &option = options[l][choice[l]];
            for (std::size_t i = 0; i < rows[l].size(); ++i)
                x[rows[l][i]] = option.x[i];
            c += option.penalty;
        }
        for (std::size_t i = 0; i < edges.size(); ++i) {
            const auto [a, b] = edges[i];
            const QPointF pa(x[a], layer[a]);
            const QPointF pb(x[b], layer[b]);
            for (std::size_t j = i + 1; j < edges.size(); ++j) {
                const auto [e, f] = edges[j];
                if (a != e && a != f && b != e && b != f
                    && segmentsCross(pa, pb, QPointF(x[e], layer[e]), QPointF(x[f], layer[f])))
                    c += 1;
            }
            for (int w = 0; w < n; ++w) { // a long edge through a box must bend
                if (layer[w] <= layer[a] || layer[w] >= layer[b])
                    continue;
                const qreal t = (layer[w] - layer[a]) / qreal(layer[b] - layer[a]);
                if (std::abs(x[a] + t * (x[b] - x[a]) - x[w]) < halfBox)
                    c += 0.5;
            }
            c += 0.02 * std::abs(x[a] - x[b]);
        }
        return c;
    };

    // Odometer over the options of every layer; the first best wins, so the
    // even spread in vertex order is kept when nothing is gained.
    std::vector<int> best = choice;
    qreal bestCost = cost();
    for (;;) {
        int l = 0;
        while (l < layerCount && ++choice[l] == int(options[l].size()))
            choice[l++] = 0;
        if (l == layerCount)
            break;
        const qreal c = cost();
        if (c < bestCost - 1e-9) {
            bestCost = c;
            best = choice;
        }
    }
    choice = best;
    cost(); // fills x
    return x;
}

QString shortOpLabel(Nb101Op op)
{
    switch (op) {
    case Nb101Op::Conv3x3:
        return CellGraphView::tr("3×3");
    case Nb101Op::Conv1x1:
        return CellGraphView::tr("1×1");
    case Nb101Op::MaxPool3x3:
        return CellGraphView::tr("pool");
    }
    return QString();
}

enum class LegendKind { Box, Dashed, Ring };
struct LegendItem
{
    QString text;
    QColor colour;
    LegendKind kind;
};

std::vector<LegendItem> legendItems(bool nb101, bool withHighlight)
{
    std::vector<LegendItem> items;
    if (nb101) {
        for (const Nb101Op op : {Nb101Op::Conv3x3, Nb101Op::Conv1x1, Nb101Op::MaxPool3x3})
            items.push_back({CellGraphView::opLabel(op), opColor(op), LegendKind::Box});
    } else {
        for (const Nb201Op op : {Nb201Op::Conv3x3, Nb201Op::Conv1x1, Nb201Op::AvgPool3x3,
                                 Nb201Op::Skip, Nb201Op::None})
            items.push_back({CellGraphView::opLabel(op), opColor(op),
                             op == Nb201Op::None ? LegendKind::Dashed : LegendKind::Box});
    }
    if (withHighlight)
        items.push_back(
            {CellGraphView::tr("differs from reference"), kHighlightColor, LegendKind::Ring});
    return items;
}

/** The legend items' rectangles (swatch and text) in rows across `width`,
 *  each row centred, starting at y = 0. */
std::vector<QRectF> legendLayout(const std::vector<LegendItem> &items, qreal width,
                                 const QFont &font)
{
    const QFontMetricsF fm(font);
    const qreal swatch = fm.height() * 0.8;
    const qreal gap = fm.height() * 0.3;
    const qreal spacing = fm.height() * 1.1;
    std::vector<QRectF> rects;
    std::vector<std::size_t> rowStart {0};
    qreal x = 0;
    qreal y = 0;
    for (const LegendItem &item : items) {
        const qreal w = swatch + gap + fm.horizontalAdvance(item.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += fm.height() * 1.3;
            rowStart.push_back(rects.size());
        }
        rects.emplace_back(x, y, w, fm.height());
        x += w + spacing;
    }
    rowStart.push_back(rects.size());
    if (rects.empty())
        return rects;
    for (std::size_t r = 0; r + 1 < rowStart.size(); ++r) {
        const std::size_t first = rowStart[r];
        const std::size_t last = rowStart[r + 1] - 1;
        const qreal used = rects[last].right() - rects[first].left();
        const qreal shift = std::max<qreal>(0, (width - used) / 2);
        for (std::size_t i = first; i <= last; ++i)
            rects[i].translate(shift, 0);
    }
    return rects;
}

} // namespace

CellGraphView::CellGraphView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateAccessibleText();
}

CellGraphView::~CellGraphView() = default;

void CellGraphView::setCell(const std::optional<Cell> &cell)
{
    m_cell = cell;
    m_placement.clear();
    m_widest = 1;
    if (m_cell) {
        if (const auto *c = std::get_if<Nb101Cell>(&*m_cell)) {
            const std::vector<int> layer = layers(*c);
            m_placement = bestPlacement(*c, layer);
            std::vector<int> count(layer.back() + 1, 0);
            for (const int l : layer)
                m_widest = std::max(m_widest, ++count[l]);
        }
    }
    updateHighlights();
    invalidateGeometry();
    updateAccessibleText();
    updateGeometry();
}

void CellGraphView::setReference(const std::optional<Cell> &reference)
{
    m_reference = reference;
    updateHighlights();
    invalidateGeometry();
    updateAccessibleText();
}

void CellGraphView::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    invalidateGeometry();
    updateGeometry();
}

void CellGraphView::setLegendVisible(bool visible)
{
    if (m_legendVisible == visible)
        return;
    m_legendVisible = visible;
    invalidateGeometry();
    updateGeometry();
}

std::vector<int> CellGraphView::layers(const Nb101Cell &cell)
{
    const int n = cell.vertexCount();
    std::vector<int> layer(n, 0);
    // Edges run from lower to higher index, so one pass in index order sees
    // every predecessor's final layer.
    for (int v = 1; v < n - 1; ++v) {
        layer[v] = 1;
        for (int u = 0; u < v; ++u) {
            if (cell.hasEdge(u, v))
                layer[v] = std::max(layer[v], layer[u] + 1);
        }
    }
    layer[n - 1] = *std::max_element(layer.begin(), layer.end() - 1) + 1;
    return layer;
}

QString CellGraphView::opLabel(Nb101Op op)
{
    switch (op) {
    case Nb101Op::Conv3x3:
        return tr("3×3 conv");
    case Nb101Op::Conv1x1:
        return tr("1×1 conv");
    case Nb101Op::MaxPool3x3:
        return tr("3×3 max pool");
    }
    return QString();
}

QString CellGraphView::opLabel(Nb201Op op)
{
    switch (op) {
    case Nb201Op::None:
        return tr("none");
    case Nb201Op::Skip:
        return tr("skip");
    case Nb201Op::Conv1x1:
        return tr("1×1 conv");
    case Nb201Op::Conv3x3:
        return tr("3×3 conv");
    case Nb201Op::AvgPool3x3:
        return tr("3×3 avg pool");
    }
    return QString();
}

void CellGraphView::updateHighlights()
{
    m_changedVertices.clear();
    m_changedEdges.clear();
    m_addedEdges = 0;
    m_removedEdges = 0;
    m_removedEdgeList.clear();
    if (!m_cell || !m_reference || m_cell->index() != m_reference->index())
        return;

    if (const auto *c = std::get_if<Nb201Cell>(&*m_cell)) {
        const auto &r = std::get<Nb201Cell>(*m_reference);
        for (int e = 0; e < Nb201Cell::kEdges; ++e) {
            if (c->op(e) != r.op(e))
                m_changedEdges.insert(e);
        }
        return;
    }

    // By position in the padded form: see the class comment.
    const auto &cell = std::get<Nb101Cell>(*m_cell);
    const auto &ref = std::get<Nb101Cell>(*m_reference);
    const Nb101Cell a = cell.padded();
    const Nb101Cell b = ref.padded();
    const int n = cell.vertexCount();
    for (int v = 1; v < n - 1; ++v) {
        const bool usedInRef = v < ref.vertexCount() - 1;
        if (!usedInRef || a.op(v) != b.op(v))
            m_changedVertices.insert(v);
    }
    for (int u = 0; u < kPadded; ++u) {
        for (int v = u + 1; v < kPadded; ++v) {
            if (a.hasEdge(u, v) && !b.hasEdge(u, v))
                ++m_addedEdges;
            if (!a.hasEdge(u, v) && b.hasEdge(u, v)) {
                ++m_removedEdges;
                m_removedEdgeList.emplace_back(u, v);
            }
        }
    }
}

void CellGraphView::updateAccessibleText()
{
    if (!m_cell) {
        setAccessibleName(tr("Invalid cell"));
        setAccessibleDescription(tr("The decoder produced no valid cell."));
        setToolTip(QString());
        return;
    }
    QString description;
    if (const auto *c = std::get_if<Nb101Cell>(&*m_cell)) {
        setAccessibleName(tr("NAS-Bench-101 cell, %1 vertices, %2 edges")
                              .arg(c->vertexCount())
                              .arg(c->edgeCount()));
        QStringList ops;
        for (int v = 1; v < c->vertexCount() - 1; ++v)
            ops << opLabel(c->op(v));
        description = tr("Ops: %1.").arg(ops.join(QStringLiteral(", ")));
        if (m_reference && m_reference->index() == m_cell->index())
            description += QLatin1Char(' ')
                + tr("Against the reference: %1 vertices changed, %2 edges added, %3 removed.")
                      .arg(m_changedVertices.size())
                      .arg(m_addedEdges)
                      .arg(m_removedEdges);
    } else {
        setAccessibleName(tr("NAS-Bench-201 cell"));
        description = std::get<Nb201Cell>(*m_cell).toString();
        if (m_reference && m_reference->index() == m_cell->index())
            description += QLatin1Char(' ')
                + tr("Against the reference: %1 edges changed.").arg(m_changedEdges.size());
    }
    setAccessibleDescription(description);
}

void CellGraphView::invalidateGeometry()
{
    m_geometry.valid = false;
    update();
}

QRectF CellGraphView::contentRect(QRectF *legendRect) const
{
    const qreal margin = m_compact ? 3 : 10;
    QRectF r = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    *legendRect = QRectF();
    if (m_legendVisible && m_cell) {
        const bool nb101 = std::holds_alternative<Nb101Cell>(*m_cell);
        const bool hl = m_reference && m_reference->index() == m_cell->index();
        const qreal h = legendHeight(nb101, hl, r.width(), font());
        *legendRect = QRectF(r.left(), r.bottom() - h, r.width(), h);
        r.setBottom(r.bottom() - h - QFontMetricsF(font()).height() * 0.6);
    }
    return r;
}

const CellGraphView::Geometry &CellGraphView::geometry() const
{
    if (m_geometry.valid && m_geometry.size == size())
        return m_geometry;
    Geometry g;
    g.valid = true;
    g.size = size();
    g.labelFont = font();
    if (m_cell) {
        if (const auto *c = std::get_if<Nb101Cell>(&*m_cell))
            layoutNb101(*c, g);
        else
            layoutNb201(std::get<Nb201Cell>(*m_cell), g);
    }
    m_geometry = std::move(g);
    return m_geometry;
}

void CellGraphView::layoutNb101(const Nb101Cell &cell, Geometry &g) const
{
    const int n = cell.vertexCount();
    const std::vector<int> layer = layers(cell);
    const int layerCount = layer[n - 1] + 1;
    const int widest = m_widest;

    const QRectF area = contentRect(&g.legendRect);
    const QFontMetricsF fm(font());
    const qreal naturalH = fm.height() * 1.7;
    // Arcs around boxes need room at the sides.
    const qreal gutter = std::min(area.width() * 0.08, m_compact ? 8.0 : 28.0);
    const qreal slot = (area.width() - 2 * gutter) / widest;
    const qreal rowPitch = area.height() / layerCount;

    // Full labels, else short ones ("3×3", "pool"), each shrunk to at most
    // 65 % of the font; else no labels.
    const auto label = [&](int v, bool brief) {
        return brief ? shortOpLabel(cell.op(v)) : opLabel(cell.op(v));
    };
    bool brief = false;
    qreal naturalW = 0;
    qreal scale = 0;
    for (const bool b : {false, true}) {
        qreal labelWidth = fm.horizontalAdvance(tr("out"));
        for (int v = 1; v < n - 1; ++v)
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(label(v, b)));
        const qreal w = labelWidth + fm.height() * 1.2;
        const qreal s = std::min({1.0, 0.8 * slot / w, 0.5 * rowPitch / naturalH});
        if (!m_compact && s > scale + 0.05) {
            brief = b;
            naturalW = w;
            scale = s;
        }
        if (scale >= 0.85)
            break;
    }
    qreal boxW = 0;
    qreal boxH = 0;
    g.labels = scale >= 0.65;
    if (g.labels) {
        boxW = naturalW * scale;
        boxH = naturalH * scale;
        if (g.labelFont.pointSizeF() > 0)
            g.labelFont.setPointSizeF(g.labelFont.pointSizeF() * scale);
        else
            g.labelFont.setPixelSize(std::max(1, int(g.labelFont.pixelSize() * scale)));
        g.lineWidth = 1.3;
        g.arrowLength = 7;
    } else {
        boxW = std::clamp(0.6 * slot, 5.0, 30.0);
        boxH = std::clamp(0.42 * rowPitch, 4.0, std::min(16.0, boxW));
        g.lineWidth = boxH < 8 ? 0.8 : 1.0;
        g.arrowLength = std::clamp(boxH * 0.4, 3.0, 5.5);
    }

    // Centres: the first and last layer touch the top and bottom of the area.
    const qreal top = area.top() + boxH / 2;
    const qreal pitch = layerCount > 1 ? (area.height() - boxH) / (layerCount - 1) : 0;
    const unsigned onPath = onPathMask(cell);
    g.nodes.resize(n);
    {
        for (int v = 0; v < n; ++v) {
            Node &node = g.nodes[v];
            const bool io = v == 0 || v == n - 1;
            const qreal bw = io && g.labels ? std::min(boxW, fm.height() * 3.2 * scale) : boxW;
            const QPointF c(area.left() + gutter + m_placement[v] * (area.width() - 2 * gutter),
                            top + layer[v] * pitch);
            node.rect = QRectF(c.x() - bw / 2, c.y() - boxH / 2, bw, boxH);
            node.io = io;
            node.dangling = !((onPath >> v) & 1u);
            node.changed = m_changedVertices.contains(v);
            if (v == 0) {
                node.label = tr("in");
                node.tooltip = tr("Input");
            } else if (v == n - 1) {
                node.label = tr("out");
                node.tooltip = tr("Output");
            } else {
                node.label = label(v, brief);
                node.fill = opColor(cell.op(v));
                node.tooltip = tr("Vertex %1: %2").arg(v).arg(opLabel(cell.op(v)));
                if (node.changed && m_reference) {
                    const auto &ref = std::get<Nb101Cell>(*m_reference);
                    if (v < ref.vertexCount() - 1)
                        node.tooltip += QLatin1Char(' ')
                            + tr("(reference: %1)").arg(opLabel(ref.padded().op(v)));
                    else
                        node.tooltip += QLatin1Char(' ') + tr("(not in the reference)");
                }
            }
            if (node.dangling)
                node.tooltip += QLatin1Char('\n') + tr("On no input → output path: pruned.");
        }
    }

    // Edges to route: the cell's, then the reference's it lacks. Short edges
    // first, so that arcs go around what is already there.
    struct Pending
    {
        int from;
        int to;
        EdgeStyle style;
    };
    std::vector<Pending> pending;
    const bool compare = m_reference && std::holds_alternative<Nb101Cell>(*m_reference);
    const Nb101Cell paddedRef = compare ? std::get<Nb101Cell>(*m_reference).padded() : Nb101Cell();
    for (int u = 0; u < n; ++u) {
        for (int v = u + 1; v < n; ++v) {
            if (!cell.hasEdge(u, v))
                continue;
            const int pu = u == n - 1 ? kPadded - 1 : u;
            const int pv = v == n - 1 ? kPadded - 1 : v;
            const bool added = compare && !paddedRef.hasEdge(pu, pv);
            pending.push_back({u, v, added ? EdgeStyle::Added : EdgeStyle::Normal});
        }
    }
    for (const auto &[pu, pv] : m_removedEdgeList) {
        const int u = unpad(pu, n);
        const int v = unpad(pv, n);
        if (u >= 0 && v >= 0)
            pending.push_back({u, v, EdgeStyle::Removed});
    }
    std::stable_sort(pending.begin(), pending.end(), [&](const Pending &a, const Pending &b) {
        const auto rank = [&](const Pending &p) {
            return (p.style == EdgeStyle::Removed ? 100 : 0)
                + std::abs(layer[p.to] - layer[p.from]);
        };
        return rank(a) < rank(b);
    });

    const QRectF bounds = QRectF(rect()).adjusted(2, 2, -2, -2);
    const qreal clearance = g.lineWidth + (g.labels ? 3 : 1.5);
    const qreal nearDistance = g.labels ? 5 : 2.5;
    const qreal step = std::max(2.0, area.width() / 90);
    std::vector<std::vector<QPointF>> routed; // inner samples of every placed edge
    const QColor edgeColour = palette().color(QPalette::Text);
    for (const Pending &e : pending) {
        const QRectF &ra = g.nodes[e.from].rect;
        const QRectF &rb = g.nodes[e.to].rect;
        const QPointF a = ra.center();
        const QPointF b = rb.center();
        qreal bestBend = 0;
        qreal bestCost = std::numeric_limits<qreal>::max();
        std::vector<QPointF> bestSamples;
        const int maxK = int(area.width() * 0.9 / step);
        for (int k = 0; k <= 2 * maxK; ++k) {
            const qreal bend = (k + 1) / 2 * step * (k % 2 ? 1 : -1);
            const Curve curve(a, b, bend);
            std::vector<QPointF> samples;
            samples.reserve(kSamples);
            int hits = 0;
            int outside = 0;
            for (int i = 1; i < kSamples; ++i) {
                const QPointF q = curve.at(qreal(i) / kSamples);
                if (ra.contains(q) || rb.contains(q))
                    continue;
                samples.push_back(q);
                if (!bounds.contains(q))
                    ++outside;
                for (int w = 0; w < n; ++w) {
                    if (w != e.from && w != e.to
                        && g.nodes[w]
                               .rect.adjusted(-clearance, -clearance, clearance, clearance)
                               .contains(q))
                        ++hits;
                }
            }
            qreal cost = std::abs(bend) * 0.05 + hits * 100 + outside * 40;
            if (hits == 0 && outside == 0 && cost < bestCost) {
                // Running alongside another edge hides it: count close points
                // away from the ends (edges meeting at a box may touch there).
                int near = 0;
                const std::size_t lo = samples.size() / 6;
                const std::size_t hi = samples.size() - lo;
                for (std::size_t i = lo; i < hi; ++i) {
                    for (const auto &other : routed) {
                        const std::size_t olo = other.size() / 8;
                        for (std::size_t j = olo; j + 1 + olo < other.size(); ++j) {
                            if (distanceToSegment(samples[i], other[j], other[j + 1])
                                < nearDistance) {
                                ++near;
                                break;
                            }
                        }
                    }
                }
                cost += near * 3;
            }
            if (cost < bestCost) {
                bestCost = cost;
                bestBend = bend;
                bestSamples = std::move(samples);
            }
            if (bestCost < std::abs(bend) * 0.05 + 1e-9)
                break; // no box hit, nothing close: the smallest bend wins
        }
        routed.push_back(bestSamples);

        // Clip the chosen curve to the two boxes, stop the line at the head.
        const Curve curve(a, b, bestBend);
        const qreal t0 = crossing(curve, ra, false, 0, 0.5);
        const qreal t1 = crossing(curve, rb, false, 1, 0.5);
        Edge edge;
        edge.style = e.style;
        edge.tip = curve.at(t1);
        edge.direction = unit(curve.tangent(t1));
        switch (e.style) {
        case EdgeStyle::Added:
            edge.colour = kHighlightColor;
            break;
        case EdgeStyle::Removed: {
            QColor c = kHighlightColor;
            c.setAlphaF(0.7);
            edge.colour = c;
            break;
        }
        default: {
            QColor c = edgeColour;
            c.setAlphaF(0.75);
            edge.colour = c;
        }
        }
        const QPointF end = edge.tip - edge.direction * g.arrowLength * 0.8;
        edge.path.moveTo(curve.at(t0));
        if (bestBend == 0) {
            edge.path.lineTo(end);
        } else {
            for (int i = 1; i < kSamples; ++i) {
                const qreal t = t0 + (t1 - t0) * i / kSamples;
                const QPointF q = curve.at(t);
                if (length(q - edge.tip) <= g.arrowLength * 0.8)
                    break;
                edge.path.lineTo(q);
            }
            edge.path.lineTo(end);
        }
        g.edges.push_back(std::move(edge));
    }
}

void CellGraphView::layoutNb201(const Nb201Cell &cell, Geometry &g) const
{
    const QRectF area = contentRect(&g.legendRect);
    const QFontMetricsF fm(font());
    qreal pillW = 0;
    for (int e = 0; e < Nb201Cell::kEdges; ++e) {
        if (cell.op(e) != Nb201Op::None)
            pillW = std::max(pillW, fm.horizontalAdvance(opLabel(cell.op(e))) + fm.height() * 0.8);
    }
    const qreal pillH = fm.height() * 1.25;

    qreal r = 0;
    if (m_compact) {
        r = std::clamp(std::min(area.width(), area.height()) * 0.06, 3.0, 8.0);
        g.lineWidth = 1.2;
        g.arrowLength = 5;
    } else {
        r = fm.height() * 0.95;
        g.lineWidth = 1.6;
        g.arrowLength = 8;
    }
    const qreal pitch = (area.height() - 2 * r) / 3;
    // Arcs: 0→2 bends k to the left, 0→3 2k to the left, 1→3 k to the right;
    // the apex of a bend b lies 0.75·b from the column, a label centred on it.
    g.labels = !m_compact && pillW > 0;
    qreal k = 0;
    if (g.labels) {
        k = std::min((area.width() - pillW) / 2.25, pitch * 1.6);
        // Labels on arcs clear of the nodes and the outer arc, labels on the
        // straight edges between the nodes; otherwise colours only.
        const qreal need = std::max((pillW / 2 + r + 4) / 0.75, (pillW / 2 + 6) / 0.58);
        if (k < need || pitch - 2 * r - 2 * g.arrowLength < pillH) {
            g.labels = false;
            k = 0;
        }
    }
    if (!g.labels)
        k = std::min(area.width() / 2.6, pitch * 1.1);
    const qreal halfPill = g.labels ? pillW / 2 : 0;
    const qreal used = 2.25 * k + 2 * halfPill;
    const qreal cx = area.left() + (area.width() - used) / 2 + 1.5 * k + halfPill;

    g.nodes.resize(4);
    for (int i = 0; i < 4; ++i) {
        Node &node = g.nodes[i];
        const QPointF c(cx, area.top() + r + i * pitch);
        node.rect = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r);
        node.round = true;
        node.io = true;
        node.label = i == 0 ? tr("in") : i == 3 ? tr("out") : QString::number(i);
        node.tooltip = i == 0 ? tr("Node 0 (input)")
            : i == 3          ? tr("Node 3 (output)")
                              : tr("Node %1").arg(i);
    }

    const QColor textColour = palette().color(QPalette::Text);
    for (int e = 0; e < Nb201Cell::kEdges; ++e) {
        const int from = Nb201Cell::edgeFrom(e);
        const int to = Nb201Cell::edgeTo(e);
        qreal bend = 0;
        if (to - from > 1)
            bend = from == 0 && to == 3 ? 2 * k : from == 0 ? k : -k;
        const Nb201Op op = cell.op(e);
        const QRectF &ra = g.nodes[from].rect;
        const QRectF &rb = g.nodes[to].rect;
        // Curve's left normal of a downward chord points to +x; bend the
        // arcs named "left" towards −x.
        const Curve curve(ra.center(), rb.center(), -bend);
        const qreal t0 = crossing(curve, ra, true, 0, 0.5);
        const qreal t1 = crossing(curve, rb, true, 1, 0.5);

        Edge edge;
        edge.changed = m_changedEdges.contains(e);
        edge.style = op == Nb201Op::None ? EdgeStyle::None : EdgeStyle::Normal;
        if (op == Nb201Op::None) {
            QColor c = textColour;
            c.setAlphaF(0.35);
            edge.colour = c;
        } else {
            edge.colour = opColor(op);
        }
        edge.tip = curve.at(t1);
        edge.direction = unit(curve.tangent(t1));
        const qreal headroom = op == Nb201Op::None ? 0 : g.arrowLength * 0.8;
        edge.path.moveTo(curve.at(t0));
        for (int i = 1; i < kSamples; ++i) {
            const QPointF q = curve.at(t0 + (t1 - t0) * i / kSamples);
            if (length(q - edge.tip) <= headroom)
                break;
            edge.path.lineTo(q);
        }
        edge.path.lineTo(edge.tip - edge.direction * headroom);

        edge.tooltip = tr("Edge %1 → %2: %3").arg(from).arg(to).arg(opLabel(op));
        if (edge.changed && m_reference)
            edge.tooltip += QLatin1Char(' ')
                + tr("(reference: %1)").arg(opLabel(std::get<Nb201Cell>(*m_reference).op(e)));
        if (g.labels && op != Nb201Op::None) {
            edge.label = opLabel(op);
            const QPointF mid = curve.at(0.5);
            const qreal w = fm.horizontalAdvance(edge.label) + fm.height() * 0.8;
            edge.labelRect = QRectF(mid.x() - w / 2, mid.y() - pillH / 2, w, pillH);
            edge.labelFill = opColor(op);
        } else {
            // Hovering the middle of the edge still names its op.
            const QPointF mid = curve.at(0.5);
            edge.labelRect = QRectF(mid.x() - 6, mid.y() - 6, 12, 12);
        }
        g.edges.push_back(std::move(edge));
    }
}

QSize CellGraphView::sizeHint() const
{
    const QFontMetricsF fm(font());
    const qreal legend = m_legendVisible && !m_compact ? fm.height() * 2.2 : 0;
    if (!m_cell)
        return m_compact ? QSize(80, 110) : QSize(260, 160);
    if (const auto *c = std::get_if<Nb101Cell>(&*m_cell)) {
        const std::vector<int> layer = layers(*c);
        const int layerCount = layer.back() + 1;
        const int widest = m_widest;
        if (m_compact)
            return QSize(std::max(60, widest * 24 + 16), layerCount * 22 + 6);
        qreal labelWidth = fm.horizontalAdvance(tr("3×3 max pool"));
        const qreal boxW = labelWidth + fm.height() * 1.2;
        const qreal w = std::max(3, widest) * boxW * 1.3 + 2 * 28 + 20;
        const qreal h = layerCount * fm.height() * 1.7 * 2.3 + 20 + legend;
        return QSizeF(w, h).toSize();
    }
    if (m_compact)
        return QSize(70, 110);
    const qreal pillW = fm.horizontalAdvance(tr("3×3 avg pool")) + fm.height() * 0.8;
    const qreal r = fm.height() * 0.95;
    const qreal k = std::max((pillW / 2 + r + 4) / 0.75, (pillW / 2 + 6) / 0.58) * 1.1;
    const qreal pitch = 2 * r + fm.height() * 1.25 + 2 * 8 + 16;
    return QSizeF(2.25 * k + pillW + 20, 3 * pitch + 2 * r + 20 + legend).toSize();
}

QSize CellGraphView::minimumSizeHint() const
{
    return m_compact ? QSize(40, 60) : QSize(120, 120);
}

void CellGraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_geometry.valid = false;
}

void CellGraphView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
        invalidateGeometry();
        updateGeometry();
        break;
    case QEvent::PaletteChange:
    case QEvent::LanguageChange:
        invalidateGeometry();
        updateAccessibleText();
        break;
    default:
        break;
    }
}

bool CellGraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        if (!m_cell) {
            text = accessibleDescription();
        } else {
            const Geometry &g = geometry();
            for (const Node &node : g.nodes) {
                if (node.rect.contains(help->pos()))
                    text = node.tooltip;
            }
            for (const Edge &edge : g.edges) {
                if (text.isEmpty() && edge.labelRect.contains(help->pos()))
                    text = edge.tooltip;
            }
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void CellGraphView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().brush(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_cell) {
        paintInvalid(p);
        return;
    }
    const Geometry &g = geometry();
    // Halos under everything, then edges, boxes over the edges' ends, and
    // labels last.
    for (const Edge &e : g.edges) {
        if (e.changed && !m_compact) {
            QColor halo = kHighlightColor;
            // Over a dark background a faint halo turns muddy brown.
            halo.setAlphaF(palette().color(QPalette::Base).lightnessF() < 0.5 ? 0.6 : 0.35);
            p.strokePath(e.path,
                         QPen(halo, g.lineWidth + 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
    }
    for (const Edge &e : g.edges)
        paintEdge(p, e, g);
    for (const Node &n : g.nodes)
        paintNode(p, n, g);
    if (m_compact) {
        // A halo would drown the thin edges' colours: a ringed dot instead.
        for (const Edge &e : g.edges) {
            if (!e.changed)
                continue;
            const QPointF c = e.path.pointAtPercent(0.5);
            p.setPen(QPen(kHighlightColor, 1.8));
            p.setBrush(e.style == EdgeStyle::None ? palette().brush(QPalette::Base)
                                                  : QBrush(e.colour));
            p.drawEllipse(c, 3.6, 3.6);
        }
    }
    if (g.labels) {
        p.setFont(g.labelFont);
        for (const Edge &e : g.edges) {
            if (e.label.isEmpty())
                continue;
            const qreal radius = e.labelRect.height() / 2;
            p.setPen(e.changed ? QPen(kHighlightColor, 2.5) : QPen(e.labelFill.darker(130), 1));
            p.setBrush(e.labelFill);
            p.drawRoundedRect(e.labelRect, radius, radius);
            p.setPen(textOn(e.labelFill));
            p.drawText(e.labelRect, Qt::AlignCenter, e.label);
        }
    }
    if (!g.legendRect.isEmpty()) {
        const bool nb101 = std::holds_alternative<Nb101Cell>(*m_cell);
        const bool hl = m_reference && m_reference->index() == m_cell->index();
        paintLegend(&p, g.legendRect, nb101, hl, palette(), font());
    }
}

void CellGraphView::paintEdge(QPainter &p, const Edge &e, const Geometry &g) const
{
    const bool dashed = e.style == EdgeStyle::Removed || e.style == EdgeStyle::None;
    qreal width = g.lineWidth;
    if (e.style == EdgeStyle::Added)
        width *= 1.7;
    QPen pen(e.colour, width, dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (dashed)
        pen.setDashPattern({4, 3});
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(e.path);
    if (e.style == EdgeStyle::None)
        return; // no connection: no head
    const qreal len = g.arrowLength * (e.style == EdgeStyle::Added ? 1.2 : 1.0);
    const QPointF n(-e.direction.y(), e.direction.x());
    const QPointF base = e.tip - e.direction * len;
    const QPointF head[3] = {e.tip, base + n * len * 0.42, base - n * len * 0.42};
    p.setPen(Qt::NoPen);
    p.setBrush(e.colour);
    p.drawPolygon(head, 3);
}

void CellGraphView::paintNode(QPainter &p, const Node &n, const Geometry &g) const
{
    const QPalette &pal = palette();
    p.save();
    if (n.dangling)
        p.setOpacity(0.45);
    const QColor fill = n.io ? pal.color(QPalette::Button) : n.fill;
    QColor border = n.io ? pal.color(QPalette::Text) : fill.darker(150);
    if (n.io)
        border.setAlphaF(0.6);
    QPen pen(border, 1);
    if (n.dangling)
        pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(fill);
    const qreal radius = n.round ? n.rect.width() / 2 : std::min(n.rect.height() * 0.3, 6.0);
    p.drawRoundedRect(n.rect, radius, radius);
    if (n.changed) {
        const qreal gap = m_compact ? 2 : 3;
        const QRectF ring = n.rect.adjusted(-gap, -gap, gap, gap);
        p.setPen(QPen(kHighlightColor, m_compact ? 2 : 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(ring, radius + gap, radius + gap);
    }
    if (g.labels || (n.round && !m_compact)) {
        p.setFont(g.labelFont);
        p.setPen(n.io ? pal.color(QPalette::ButtonText) : textOn(fill));
        p.drawText(n.rect, Qt::AlignCenter, n.label);
    }
    p.restore();
}

void CellGraphView::paintInvalid(QPainter &p) const
{
    const qreal margin = m_compact ? 3 : 10;
    const QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    const QSizeF box(std::min(area.width(), 240.0), std::min(area.height(), 110.0));
    const QRectF r(area.center() - QPointF(box.width(), box.height()) / 2, box);
    QColor fill = kInvalidColor;
    fill.setAlphaF(0.08);
    QPen pen(kInvalidColor, m_compact ? 1.2 : 1.6, Qt::DashLine);
    p.setPen(pen);
    p.setBrush(fill);
    p.drawRoundedRect(r, 6, 6);

    QFont f = font();
    f.setBold(true);
    if (m_compact && f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    p.setPen(kInvalidColor);
    const QRectF text = r.adjusted(4, 4, -4, -4);
    if (m_compact || r.height() < QFontMetricsF(f).height() * 3.5) {
        p.drawText(text, Qt::AlignCenter | Qt::TextWordWrap, tr("invalid cell"));
        return;
    }
    const qreal h = QFontMetricsF(f).height();
    p.drawText(QRectF(text.left(), text.center().y() - h, text.width(), h), Qt::AlignCenter,
               tr("invalid cell"));
    p.setFont(font());
    QColor sub = palette().color(QPalette::Text);
    sub.setAlphaF(0.7);
    p.setPen(sub);
    p.drawText(QRectF(text.left(), text.center().y() + 2, text.width(), text.height() / 2 - 2),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
               tr("The decoder produced no valid cell."));
}

qreal CellGraphView::legendHeight(bool nb101, bool withHighlight, qreal width, const QFont &font)
{
    const std::vector<QRectF> rects = legendLayout(legendItems(nb101, withHighlight), width, font);
    return rects.empty() ? 0 : rects.back().bottom();
}

void CellGraphView::paintLegend(QPainter *painter, const QRectF &rect, bool nb101,
                                bool withHighlight, const QPalette &palette, const QFont &font)
{
    const std::vector<LegendItem> items = legendItems(nb101, withHighlight);
    const std::vector<QRectF> rects = legendLayout(items, rect.width(), font);
    const QFontMetricsF fm(font);
    const qreal swatch = fm.height() * 0.8;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QRectF r = rects[i].translated(rect.topLeft());
        const QRectF s(r.left(), r.center().y() - swatch / 2, swatch, swatch);
        switch (items[i].kind) {
        case LegendKind::Box:
            painter->setPen(QPen(items[i].colour.darker(150), 1));
            painter->setBrush(items[i].colour);
            painter->drawRoundedRect(s, 3, 3);
            break;
        case LegendKind::Dashed: {
            QColor c = palette.color(QPalette::Text);
            c.setAlphaF(0.5);
            QPen pen(c, 1.5, Qt::DashLine, Qt::FlatCap);
            pen.setDashPattern({3, 2});
            painter->setPen(pen);
            painter->drawLine(QPointF(s.left(), s.center().y()),
                              QPointF(s.right(), s.center().y()));
            break;
        }
        case LegendKind::Ring:
            painter->setPen(QPen(items[i].colour, 2.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(s.adjusted(1, 1, -1, -1), 3, 3);
            break;
        }
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRectF(s.right() + fm.height() * 0.3, r.top(), r.width(), r.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, items[i].text);
    }
    painter->restore();
}

} // namespace dnas::widgets
