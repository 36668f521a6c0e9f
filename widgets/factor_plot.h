#pragma once

#include "factor_data.h"

#include "search/regions.h"

#include <qcustomplot.h>

#include <memory>
#include <vector>

namespace dnas::widgets {

/**
 * Points (x, y) coloured by accuracy in one axis rect, cheap to draw at any
 * count. Up to densityThreshold() points (default 10,000) are discs, put by
 * accuracy into kBuckets graphs of one colour each (the steps a linked colour
 * scale shows), the best drawn last, adaptive sampling on. More points become
 * a raster whose cells, cellPixels() wide (default 3 px), take the mean
 * accuracy of their points as colour and grow more opaque with their number.
 * updateRaster() re-bins the points to the visible ranges and the rect's
 * size (about 10 ms for 400k points) and does nothing when neither changed,
 * so a replot draws one small cached image. Highlighted points are discs of
 * userRegionColor() above the others; more than setHighlightDiscLimit() of
 * them (default 2,000) are a raster of that colour, an opaque 2 px cell
 * wherever there is one.
 *
 * Coordinates are in axis space: log10 of the value on a logarithmic axis.
 * Accuracies are in percent; points whose x, y or accuracy is not finite are
 * not drawn. The plottables belong to the plot, which must outlive this
 * object's use; GUI thread only.
 */
class AccuracyPoints
{
public:
    using Column = std::shared_ptr<const std::vector<float>>;

    AccuracyPoints(QCPAxis *keyAxis, QCPAxis *valueAxis);

    /** Replaces the points (xs, ys and accuracy of the same length; null:
     *  none) and the highlighted ones (indices into the columns). */
    void setPoints(Column xs, Column ys, Column accuracyPercent,
                   const std::vector<int> &highlighted = {});
    void clear() { setPoints(nullptr, nullptr, nullptr); }

    /** The accuracies mapped onto the gradient's ends (clamped outside). */
    void setColourRange(const QCPRange &percent);
    QCPRange colourRange() const { return m_colourRange; }
    /** A colour scale the raster follows (optional; not owned). */
    void setColorScale(QCPColorScale *scale);
    void setDensityThreshold(int points) { m_threshold = points; }
    /** More highlighted points than this become a raster of one colour. */
    void setHighlightDiscLimit(int points) { m_highlightDiscLimit = points; }
    int densityThreshold() const { return m_threshold; }
    void setScatterSize(double pixels) { m_scatterSize = pixels; }
    /** The raster's cell size (default 3 px; highlighted cells: 2 px). */
    void setCellPixels(double pixels) { m_cellPixels = pixels; }
    double cellPixels() const { return m_cellPixels; }
    /** The layer of the highlighted discs (default: the plot's current). */
    void setHighlightLayer(QCPLayer *layer) { m_highlightLayer = layer; }
    void setHighlightName(const QString &name);
    /** Rings the point `index` (e.g. the cell selected in a table; −1: none).
     *  Kept across setPoints() of the same columns' length. */
    void setMarked(int index);
    int marked() const { return m_marked; }
    /** The ring's graph (null when nothing is marked or drawable). */
    QCPGraph *markerGraph() const { return m_marker; }

    /** True when the points are drawn as a raster. */
    bool isRaster() const { return m_map != nullptr; }
    int pointCount() const { return m_xs ? int(m_xs->size()) : 0; }
    QCPColorMap *colorMap() const { return m_map; }
    /** The highlighted discs (empty, only for the legend, when there are
     *  more than the disc limit: then highlightMap() draws them). */
    QCPGraph *highlightGraph() const { return m_highlight; }
    QCPColorMap *highlightMap() const { return m_highlightMap; }
    int highlightedCount() const { return int(m_highlighted.size()); }
    /** Re-bins the raster when the axes' ranges or the rect's size changed
     *  since the last call (or `force`). Returns true when it did. */
    bool updateRaster(bool force = false);

    /** The colours of the accuracy buckets of the disc graphs. */
    static constexpr int kBuckets = 12;

private:
    struct Grid
    {
        int nx, ny;
        double x0, x1, y0, y1; // axis space
    };
    void fillRaster(QCPColorMap *map, const Grid &grid, const std::vector<int> *indices) const;
    void removePlottables();
    void buildScatter();
    void buildHighlight(const std::vector<int> &highlighted);
    void buildMarker();

    QCPAxis *m_keyAxis;
    QCPAxis *m_valueAxis;
    Column m_xs, m_ys, m_acc;
    QCPRange m_colourRange {0, 100};
    QCPColorScale *m_scale = nullptr;
    QCPLayer *m_highlightLayer = nullptr;
    QString m_highlightName;
    int m_threshold = 10000;
    int m_highlightDiscLimit = 2000;
    double m_scatterSize = 5;
    double m_cellPixels = 3;
    QPointer<QCPColorMap> m_map;
    QList<QPointer<QCPGraph>> m_graphs;
    QPointer<QCPGraph> m_highlight;
    QPointer<QCPColorMap> m_highlightMap;
    QPointer<QCPGraph> m_marker;
    int m_marked = -1;
    std::vector<int> m_highlighted; // drawable highlighted indices
    // What the raster was last binned for.
    QCPRange m_binnedKey, m_binnedValue;
    QSize m_binnedSize;
};

/**
 * FactorData as the columns the plots draw, with the axis ranges they fit
 * to: z per dimension, accuracy in percent, log10 of MFLOPs (NaN where not
 * positive). Codes of another length than the first become NaN (not drawn).
 * Ranges are estimated from at most ~50k points taken at a fixed stride,
 * maxima exactly; a range is NaN when there is no finite value.
 */
struct FactorColumns
{
    std::vector<AccuracyPoints::Column> z;
    AccuracyPoints::Column accuracyPercent;
    AccuracyPoints::Column logMFlops;
    std::vector<int> sources; ///< empty or one per point
    int count = 0;
    int latentSize = 0;
    std::vector<QCPRange> zRange; ///< 0.1st to 99.9th percentile
    QCPRange accuracyRange; ///< 2nd percentile to the highest
    QCPRange colourRange; ///< the same, never empty
    QCPRange logMFlopsRange; ///< lowest to highest

    static FactorColumns from(const FactorData &data);
    /** z of `dim`, null outside [0, latentSize). */
    AccuracyPoints::Column zColumn(int dim) const
    {
        return dim >= 0 && dim < latentSize ? z[size_t(dim)] : nullptr;
    }
    /** The indices whose source is `category` (none for -1). */
    std::vector<int> indicesOf(int category) const;
};

/** The colour of user regions and of the cells sampled from them. */
QColor userRegionColor();
/** The colour of automatic (read-only) regions. */
QColor automaticRegionColor();

/**
 * One latent factor plot (the paper's Figures 4 and 5) in one of two modes:
 * a dimension plot, zᵢ against accuracy (percent) or FLOPS (MFLOPs, log
 * scale), or a pair plot, zᵢ against zⱼ with a colour scale. Points are
 * coloured by accuracy (viridis, the lowest 2 % of accuracies clamped to the
 * first colour); see AccuracyPoints for how many points are drawn how.
 * Points of the highlighted category (setHighlightCategory(), e.g. cells
 * from user regions) are discs of userRegionColor() above the others.
 *
 * Regions: setRegions() keeps the whole set, every dimension. Intervals of
 * the shown dimension are vertical bands, automatic ones light grey and
 * read-only, user ones in userRegionColor() with edge lines and handles; a
 * pair plot shows the boxes of its two dimensions (either order) as
 * rectangles and the intervals of both as light bands.
 *
 * Editing (setEditable(true); left button inside the axis rect): a drag of
 * at least 4 px (both ways on a pair plot) on empty ground or on an
 * automatic region creates a user interval of the shown dimension (a box on
 * a pair plot) over the dragged range; a drag inside a user region moves it,
 * a drag within 5 px of an edge (box: edge or corner) resizes it (at least
 * 3 px wide); a right click on a user region removes it, as does Delete or
 * Backspace after clicking it; Escape cancels a drag. The view follows a
 * drag live; userRegionsChanged() is emitted once per completed edit with
 * every user region (all dimensions). Intervals are edited on dimension
 * plots, boxes on pair plots.
 *
 * The mouse wheel zooms; the middle button pans, as does the left button
 * when the plot is not editable. GUI thread only.
 */
class FactorPlot : public QCustomPlot
{
    Q_OBJECT

public:
    using Metric = FactorMetric;
    enum class Mode { Dimension, Pair };

    explicit FactorPlot(QWidget *parent = nullptr);

    /** Replaces the points. The view is fitted to them unless `keepView`
     *  (e.g. for points added during a search). Codes of another length
     *  than the first are dropped. */
    void setData(const FactorData &data, bool keepView = false);
    int pointCount() const { return m_data.count; }
    int latentSize() const { return m_data.latentSize; }

    /** zᵢ (x) against accuracy or FLOPS (y); fits the view. A dimension
     *  outside the latent size shows no points (regions still show). */
    void showDimension(int dim, FactorMetric metric = FactorMetric::Accuracy);
    /** zᵢ (x) against zⱼ (y) coloured by accuracy; fits the view. */
    void showPair(int dimX, int dimY);
    Mode mode() const { return m_mode; }
    /** The dimension on the x axis. */
    int dimension() const { return m_dimX; }
    /** The dimension on the y axis of a pair plot. */
    int pairDimension() const { return m_dimY; }
    FactorMetric metric() const { return m_metric; }
    /** Fits the axes to the points of the current mode (2nd percentile of
     *  accuracy to the highest, 0.1st to 99.9th percentile of z, all FLOPS)
     *  with a margin of 4–5 %. */
    void resetView();

    /** Points whose FactorData::sources entry equals `category` are drawn on
     *  top in userRegionColor(); -1: none. */
    void setHighlightCategory(int category);
    int highlightCategory() const { return m_highlightCategory; }

    /** Rings point `index` of the data (−1: none), e.g. the selected cell. */
    void setMarkedPoint(int index);

    /** Replaces every region (automatic and user, all dimensions); cancels
     *  a drag in progress. Does not emit userRegionsChanged(). */
    void setRegions(const RegionSet &regions);
    RegionSet regions() const { return m_regions; }
    /** The user regions only (what userRegionsChanged() carries). */
    RegionSet userRegions() const;

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /** The title above the plot; empty: one naming the axes. */
    void setTitle(const QString &title);
    QString title() const;
    /** Names of the latent dimensions for titles and axis labels (missing
     *  or empty: "z3"). */
    void setDimensionLabels(const QStringList &labels);

    /** See AccuracyPoints; applies at the next setData() or show*(). */
    void setDensityThreshold(int points);
    int densityThreshold() const { return m_points.densityThreshold(); }
    const AccuracyPoints &points() const { return m_points; }

    /** Saves width × height pixels (≤ 0: the widget's size); the suffix picks
     *  the format (.png, .jpg, .bmp, .pdf, .svg; see savePlots()). */
    bool saveImage(const QString &path, int width = 0, int height = 0);

Q_SIGNALS:
    /** After a completed edit: all user regions. */
    void userRegionsChanged(const dnas::RegionSet &userRegions);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Edge { XLo = 1, XHi = 2, YLo = 4, YHi = 8, Inside = 16 };
    struct Target
    {
        enum Kind { None, Interval, Box } kind = None;
        int index = -1;
        bool operator==(const Target &o) const { return kind == o.kind && index == o.index; }
    };
    struct Rect
    {
        double xlo, xhi, ylo, yhi;
    };
    enum class Drag { None, Pending, Create, Edit, Pan };

    void rebuildPoints();
    void rebuildRegionItems();
    void moveRegionItems(const Target &t);
    void retranslate();
    void updateFlopsTicks();
    void replotRegions();
    QString dimensionName(int dim) const;

    Target hitTest(const QPointF &pos, int *edges) const;
    Rect plotRect(const Target &t) const;
    void setPlotRect(const Target &t, const Rect &r);
    void updateDrag(const QPointF &pos);
    void finishEdit();
    void removeRegion(const Target &t);
    void cancelDrag();
    double minWidth(QCPAxis *axis) const;

    FactorColumns m_data; // shared with the point layer

    Mode m_mode = Mode::Dimension;
    int m_dimX = 0;
    int m_dimY = 1;
    FactorMetric m_metric = FactorMetric::Accuracy;
    int m_highlightCategory = -1;
    QStringList m_labels;
    QString m_title;

    RegionSet m_regions;
    bool m_editable = false;
    Target m_selected;
    Drag m_drag = Drag::None;
    Target m_target;
    int m_edges = 0;
    QPointF m_pressPos;
    Rect m_origRect {};
    bool m_changed = false;
    QCPRange m_panX, m_panY;
    RegionSet m_beforeDrag;

    AccuracyPoints m_points;
    QCPTextElement *m_titleElement = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPLayer *m_regionLayer = nullptr;
    QSharedPointer<QCPAxisTickerText> m_flopsTicker;
    QSharedPointer<QCPAxisTicker> m_linearTicker;
    QList<QCPAbstractItem *> m_regionItems;
    /** The items of each editable region shown (moved in place by a drag). */
    struct RegionGraphic
    {
        Target target;
        QCPItemRect *rect = nullptr;
        QCPItemStraightLine *edgeLo = nullptr;
        QCPItemStraightLine *edgeHi = nullptr;
    };
    QVector<RegionGraphic> m_graphics;
};

} // namespace dnas::widgets
