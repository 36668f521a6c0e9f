#pragma once

#include "space/cell.h"

#include <QColor>
#include <QPainterPath>
#include <QSet>
#include <QWidget>

#include <optional>
#include <vector>

namespace dnas::widgets {

/**
 * One cell drawn as a DAG, flowing from the input at the top to the output at
 * the bottom; the drawing scales with the widget and follows its palette
 * (background QPalette::Base, text and edges QPalette::Text).
 *
 * NAS-Bench-101: every vertex sits in the layer of its longest path from the
 * input (layers()), the output alone in the last layer. The vertices of a
 * layer are spread evenly, or set in columns of the widest layer (e.g. under
 * their parent) where that saves crossings or bends, in the order with the
 * fewest edge crossings (chosen once per cell, not per size). A vertex is a
 * rounded box labelled with its op and filled with opColor(); edges are
 * arrows, and an edge that would pass behind a box (a skip over layers) is
 * bent into an arc around it. Vertices on no input→output path (an unpruned
 * cell) are drawn faded with a dashed outline.
 *
 * NAS-Bench-201: nodes 0..3 ("in", 1, 2, "out") in a column; 0→1, 1→2, 2→3
 * are straight, 0→2 and 0→3 arc on the left, 1→3 on the right. Every edge is
 * coloured by its op and, unless compact, labelled with it; skip is a plain
 * arrow, `none` edges are drawn as faint dashed lines without arrow head or
 * label (they are no connection, but a changed `none` edge must stay visible).
 *
 * With a reference cell of the same space, the differences are highlighted
 * in kHighlightColor: NB-101 vertices whose op differs get a thick outer
 * ring, added edges are drawn in the highlight colour, removed edges as
 * dashed highlight-coloured arrows; NB-201 edges whose op differs get a
 * highlight halo and a ringed label (compact: a ringed dot on the edge).
 *
 * NB-101 cells are compared by vertex position in the canonical padded form
 * (Nb101Cell::padded(): output at vertex 6): matrix entries and ops with the
 * same index are compared, without graph matching, so isomorphic cells
 * numbered differently show differences. A vertex of the cell that is unused
 * in the padded reference counts as changed; a removed edge that touches a
 * vertex the cell lacks is counted but cannot be drawn. A reference of the
 * other space highlights nothing.
 *
 * No cell (nullopt, "the decoder produced no valid cell") draws a red dashed
 * placeholder reading "invalid cell", with the accessible name saying so.
 *
 * Labels shrink with the widget down to 65 % of the font, NB-101 ones then
 * shorten to "3×3", "1×1", "pool", and below that only colours remain
 * (tooltips still name every op). Compact mode (thumbnails) draws no labels
 * and uses small margins. The widget ignores mouse events, so clicks reach
 * its parent. GUI thread only.
 */
class CellGraphView : public QWidget
{
    Q_OBJECT

public:
    explicit CellGraphView(QWidget *parent = nullptr);
    ~CellGraphView() override;

    /** The cell to draw; nullopt draws the invalid-cell placeholder. */
    void setCell(const std::optional<Cell> &cell);
    const std::optional<Cell> &cell() const { return m_cell; }
    /** True when there is no cell (the placeholder is shown). */
    bool isInvalid() const { return !m_cell; }

    /** The cell the highlights compare against; nullopt: no highlights. */
    void setReference(const std::optional<Cell> &reference);
    void clearReference() { setReference(std::nullopt); }
    const std::optional<Cell> &reference() const { return m_reference; }

    /** Thumbnail form: no labels, small margins. Default false. */
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /** A legend of the ops (and of the highlight, with a reference) along
     *  the bottom. Default false. */
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return m_legendVisible; }

    /** NB-101: the vertices of cell() (its own numbering) that differ from
     *  the reference. Empty for NB-201 and without a reference. */
    QSet<int> changedVertices() const { return m_changedVertices; }
    /** NB-201: the edges (0..5) whose op differs from the reference. */
    QSet<int> changedEdges() const { return m_changedEdges; }
    /** NB-101: edges of padded(cell) not in padded(reference), and back. */
    int addedEdges() const { return m_addedEdges; }
    int removedEdges() const { return m_removedEdges; }

    /** Longest-path layer of every vertex: the input 0, every other vertex
     *  one more than its deepest predecessor (at least 1), the output one
     *  more than every other vertex. */
    static std::vector<int> layers(const Nb101Cell &cell);
    /** Short op names for drawings: "3×3 conv", "1×1 conv", "3×3 max pool";
     *  "3×3 avg pool", "skip", "none". */
    static QString opLabel(Nb101Op op);
    static QString opLabel(Nb201Op op);

    /** The legend of the ops of one space (plus "differs from reference"
     *  when withHighlight), laid out in rows across `width`: its height. */
    static qreal legendHeight(bool nb101, bool withHighlight, qreal width, const QFont &font);
    /** Paints that legend into rect with the palette's text colour. */
    static void paintLegend(QPainter *painter, const QRectF &rect, bool nb101, bool withHighlight,
                            const QPalette &palette, const QFont &font);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class EdgeStyle { Normal, Added, Removed, None };
    struct Node
    {
        QRectF rect;
        QString label;
        QString tooltip;
        QColor fill;
        bool io = false; ///< input or output: neutral fill
        bool round = false; ///< NB-201 node: a circle
        bool changed = false;
        bool dangling = false;
    };
    struct Edge
    {
        QPainterPath path; ///< ends where the arrow head starts
        QPointF tip;
        QPointF direction; ///< unit vector at the tip
        QColor colour;
        EdgeStyle style = EdgeStyle::Normal;
        bool changed = false; ///< NB-201: op differs from the reference
        QString label;
        QString tooltip;
        QRectF labelRect;
        QColor labelFill;
    };
    struct Geometry
    {
        bool valid = false;
        QSize size;
        std::vector<Node> nodes;
        std::vector<Edge> edges;
        QFont labelFont;
        bool labels = false;
        qreal lineWidth = 1.0;
        qreal arrowLength = 6.0;
        QRectF legendRect;
    };

    void updateHighlights();
    void updateAccessibleText();
    void invalidateGeometry();
    const Geometry &geometry() const;
    QRectF contentRect(QRectF *legendRect) const;
    void layoutNb101(const Nb101Cell &cell, Geometry &g) const;
    void layoutNb201(const Nb201Cell &cell, Geometry &g) const;
    void paintInvalid(QPainter &p) const;
    void paintEdge(QPainter &p, const Edge &e, const Geometry &g) const;
    void paintNode(QPainter &p, const Node &n, const Geometry &g) const;

    std::optional<Cell> m_cell;
    std::optional<Cell> m_reference;
    bool m_compact = false;
    bool m_legendVisible = false;
    QSet<int> m_changedVertices;
    QSet<int> m_changedEdges;
    int m_addedEdges = 0;
    int m_removedEdges = 0;
    /** NB-101 padded edges (from, to) of the reference the cell lacks. */
    std::vector<std::pair<int, int>> m_removedEdgeList;
    /** NB-101: where each vertex sits across its layer, in (0, 1); fixed
     *  per cell. */
    std::vector<qreal> m_placement;
    int m_widest = 1; ///< NB-101: vertices in the widest layer
    mutable Geometry m_geometry;
};

} // namespace dnas::widgets
