#include "factor_plot.h"

#include "plot_export.h"
#include "plot_style.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace dnas::widgets {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kGrabPixels = 5; // how near an edge a press resizes
constexpr double kMinDragPixels = 4; // shorter drags create nothing
constexpr double kMinWidthPixels = 3; // the narrowest a resize leaves a region

bool isLog(const QCPAxis *axis)
{
    return axis->scaleType() == QCPAxis::stLogarithmic;
}

/** From axis space (log10 on a log axis) to the axis' coordinate. */
double fromAxisSpace(const QCPAxis *axis, double v)
{
    return isLog(axis) ? std::pow(10.0, v) : v;
}

double toAxisSpace(const QCPAxis *axis, double v)
{
    return isLog(axis) ? std::log10(v) : v;
}

/** Quantiles of the finite values, estimated from at most ~50k of them
 *  taken at a fixed stride (enough for axis ranges). */
std::vector<double> sampledQuantiles(const std::vector<float> &values,
                                     std::initializer_list<double> qs)
{
    const size_t stride = std::max<size_t>(1, values.size() / 50000);
    std::vector<float> sample;
    sample.reserve(values.size() / stride + 1);
    for (size_t i = 0; i < values.size(); i += stride) {
        if (std::isfinite(values[i]))
            sample.push_back(values[i]);
    }
    std::vector<double> out;
    if (sample.empty()) {
        out.assign(qs.size(), kNaN);
        return out;
    }
    std::sort(sample.begin(), sample.end());
    for (const double q : qs) {
        const size_t k = std::min(sample.size() - 1, size_t(q * double(sample.size() - 1) + 0.5));
        out.push_back(sample[k]);
    }
    return out;
}

/** The range of the finite values (NaN ends when there is none). */
QCPRange finiteRange(const std::vector<float> &values)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const float v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, double(v));
            hi = std::max(hi, double(v));
        }
    }
    return lo <= hi ? QCPRange(lo, hi) : QCPRange(kNaN, kNaN);
}

/** `r` widened by `fraction` of its size on both sides (a point: ±0.5). */
QCPRange padded(const QCPRange &r, double fraction)
{
    const double pad = r.size() > 0 ? fraction * r.size() : 0.5;
    return QCPRange(r.lower - pad, r.upper + pad);
}

bool isValid(const QCPRange &r)
{
    return std::isfinite(r.lower) && std::isfinite(r.upper);
}

/** Moves the end of [lo, hi] that `moveLo`/`moveHi` names by `d`, keeping
 *  the other end and a width of at least `minWidth` (the ends may swap). */
void resizeSpan(double &lo, double &hi, bool moveLo, bool moveHi, double d, double minWidth)
{
    if (moveLo == moveHi)
        return;
    double moved = (moveLo ? lo : hi) + d;
    const double fixed = moveLo ? hi : lo;
    if (std::abs(moved - fixed) < minWidth)
        moved = fixed + (moved >= fixed ? minWidth : -minWidth);
    lo = std::min(moved, fixed);
    hi = std::max(moved, fixed);
}

void placeOnAxes(QCPItemPosition *pos, QCPAxisRect *rect, double x, double y,
                 QCPItemPosition::PositionType typeX, QCPItemPosition::PositionType typeY)
{
    pos->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    pos->setAxisRect(rect);
    pos->setTypeX(typeX);
    pos->setTypeY(typeY);
    pos->setCoords(x, y);
}

} // namespace

QColor userRegionColor()
{
    return QColor(0xd5, 0x5e, 0x00); // vermillion: not on the viridis scale
}

QColor automaticRegionColor()
{
    return QColor(0x70, 0x70, 0x70);
}

// ---------------------------------------------------------------------------
// AccuracyPoints

AccuracyPoints::AccuracyPoints(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : m_keyAxis(keyAxis)
    , m_valueAxis(valueAxis)
{ }

void AccuracyPoints::removePlottables()
{
    QCustomPlot *plot = m_keyAxis->parentPlot();
    if (m_map)
        plot->removePlottable(m_map);
    for (const QPointer<QCPGraph> &g : qAsConst(m_graphs)) {
        if (g)
            plot->removePlottable(g);
    }
    if (m_highlight)
        plot->removePlottable(m_highlight);
    if (m_highlightMap)
        plot->removePlottable(m_highlightMap);
    if (m_marker)
        plot->removePlottable(m_marker);
    m_marker = nullptr;
    m_highlightMap = nullptr;
    m_highlighted.clear();
    m_map = nullptr;
    m_graphs.clear();
    m_highlight = nullptr;
    m_binnedSize = QSize();
}

void AccuracyPoints::setPoints(Column xs, Column ys, Column accuracyPercent,
                               const std::vector<int> &highlighted)
{
    removePlottables();
    m_xs = std::move(xs);
    m_ys = std::move(ys);
    m_acc = std::move(accuracyPercent);
    if (!m_xs || !m_ys || !m_acc || m_xs->size() != m_ys->size() || m_xs->size() != m_acc->size()) {
        m_xs = m_ys = m_acc = nullptr;
        return;
    }
    if (int(m_xs->size()) > m_threshold) {
        m_map = new QCPColorMap(m_keyAxis, m_valueAxis);
        m_map->setInterpolate(false);
        // The outer cells' halves lie outside the data range (see
        // updateRaster()): a tight boundary would cut them off.
        m_map->setTightBoundary(false);
        m_map->setSelectable(QCP::stNone);
        m_map->removeFromLegend();
        m_map->setGradient(viridisGradient());
        m_map->setDataRange(m_colourRange);
        if (m_scale) {
            // The map takes the scale's gradient: make it the continuous one.
            m_scale->setGradient(viridisGradient());
            m_map->setColorScale(m_scale);
        }
        updateRaster(true);
    } else {
        buildScatter();
    }
    buildHighlight(highlighted);
    buildMarker();
}

void AccuracyPoints::setMarked(int index)
{
    m_marked = index;
    if (m_marker)
        m_keyAxis->parentPlot()->removePlottable(m_marker);
    m_marker = nullptr;
    buildMarker();
}

void AccuracyPoints::buildMarker()
{
    if (m_marked < 0 || !m_xs || size_t(m_marked) >= m_xs->size())
        return;
    const float x = (*m_xs)[size_t(m_marked)];
    const float y = (*m_ys)[size_t(m_marked)];
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    QCustomPlot *plot = m_keyAxis->parentPlot();
    m_marker = plot->addGraph(m_keyAxis, m_valueAxis);
    if (m_highlightLayer)
        m_marker->setLayer(m_highlightLayer);
    m_marker->setLineStyle(QCPGraph::lsNone);
    // A ring around the point, readable on discs and rasters alike.
    m_marker->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCircle, QPen(QColor(20, 20, 20), 2.0), Qt::NoBrush, m_scatterSize + 9));
    m_marker->setSelectable(QCP::stNone);
    m_marker->removeFromLegend();
    m_marker->addData(isLog(m_keyAxis) ? std::pow(10.0, x) : x,
                      isLog(m_valueAxis) ? std::pow(10.0, y) : y);
}

void AccuracyPoints::setColourRange(const QCPRange &percent)
{
    m_colourRange = percent;
    if (m_scale)
        m_scale->setDataRange(percent);
    if (m_map)
        m_map->setDataRange(percent);
    else if (!m_graphs.isEmpty())
        buildScatter();
}

void AccuracyPoints::setColorScale(QCPColorScale *scale)
{
    m_scale = scale;
    if (m_scale) {
        m_scale->setGradient(viridisGradient());
        m_scale->setDataRange(m_colourRange);
    }
    if (m_map)
        m_map->setColorScale(scale);
}

void AccuracyPoints::setHighlightName(const QString &name)
{
    m_highlightName = name;
    if (m_highlight)
        m_highlight->setName(name);
}

void AccuracyPoints::buildScatter()
{
    QCustomPlot *plot = m_keyAxis->parentPlot();
    for (const QPointer<QCPGraph> &g : qAsConst(m_graphs)) {
        if (g)
            plot->removePlottable(g);
    }
    m_graphs.clear();
    if (!m_xs)
        return;
    const std::vector<float> &xs = *m_xs;
    const std::vector<float> &ys = *m_ys;
    const std::vector<float> &acc = *m_acc;
    const bool keyLog = isLog(m_keyAxis);
    const bool valueLog = isLog(m_valueAxis);
    const double lo = m_colourRange.lower;
    const double span = m_colourRange.size();
    std::vector<QVector<QCPGraphData>> buckets(kBuckets);
    for (size_t i = 0; i < xs.size(); ++i) {
        if (!std::isfinite(xs[i]) || !std::isfinite(ys[i]) || !std::isfinite(acc[i]))
            continue;
        // The stepped gradient's levels: level b covers [b, b + 1) / (kBuckets - 1).
        const int b = span > 0
            ? std::clamp(int((acc[i] - lo) / span * (kBuckets - 1)), 0, kBuckets - 1)
            : kBuckets - 1;
        buckets[size_t(b)].append(QCPGraphData(keyLog ? std::pow(10.0, xs[i]) : xs[i],
                                               valueLog ? std::pow(10.0, ys[i]) : ys[i]));
    }
    // The colour bar shows the same steps as the discs.
    QCPColorGradient stepped = viridisGradient(); // color() is not const
    stepped.setLevelCount(kBuckets);
    if (m_scale)
        m_scale->setGradient(stepped);
    // Lowest accuracy first: the best points are drawn on top.
    for (int b = 0; b < kBuckets; ++b) {
        if (buckets[size_t(b)].isEmpty())
            continue;
        QCPGraph *g = plot->addGraph(m_keyAxis, m_valueAxis);
        g->setLineStyle(QCPGraph::lsNone);
        const double level = lo + double(b) / (kBuckets - 1) * span;
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc,
                                           stepped.color(level, m_colourRange), m_scatterSize));
        g->setAdaptiveSampling(true);
        g->setSelectable(QCP::stNone);
        g->removeFromLegend();
        g->data()->set(buckets[size_t(b)], false);
        m_graphs.append(g);
    }
}

void AccuracyPoints::buildHighlight(const std::vector<int> &highlighted)
{
    if (highlighted.empty() || !m_xs)
        return;
    const bool keyLog = isLog(m_keyAxis);
    const bool valueLog = isLog(m_valueAxis);
    for (const int i : highlighted) {
        if (i < 0 || size_t(i) >= m_xs->size())
            continue;
        const float x = (*m_xs)[size_t(i)];
        const float y = (*m_ys)[size_t(i)];
        if (std::isfinite(x) && std::isfinite(y) && std::isfinite((*m_acc)[size_t(i)]))
            m_highlighted.push_back(i);
    }
    if (m_highlighted.empty())
        return;
    QCustomPlot *plot = m_keyAxis->parentPlot();
    // The graph also gives the legend its icon when the points are a raster.
    m_highlight = plot->addGraph(m_keyAxis, m_valueAxis);
    if (m_highlightLayer)
        m_highlight->setLayer(m_highlightLayer);
    m_highlight->setLineStyle(QCPGraph::lsNone);
    m_highlight->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                                 QPen(userRegionColor().darker(150), 1.0),
                                                 QBrush(userRegionColor()), m_scatterSize + 2));
    m_highlight->setAdaptiveSampling(true);
    m_highlight->setSelectable(QCP::stNone);
    m_highlight->removeFromLegend();
    m_highlight->setName(m_highlightName);
    if (int(m_highlighted.size()) > m_highlightDiscLimit) {
        // Thousands of outlined discs cost more than the rest of the plot:
        // a raster of one colour, one cell wherever there is such a point.
        m_highlightMap = new QCPColorMap(m_keyAxis, m_valueAxis);
        if (m_highlightLayer)
            m_highlightMap->setLayer(m_highlightLayer);
        m_highlightMap->setInterpolate(false);
        m_highlightMap->setTightBoundary(false);
        m_highlightMap->setSelectable(QCP::stNone);
        m_highlightMap->removeFromLegend();
        QCPColorGradient one;
        one.clearColorStops();
        one.setColorStopAt(0, userRegionColor());
        one.setColorStopAt(1, userRegionColor());
        one.setNanHandling(QCPColorGradient::nhTransparent);
        m_highlightMap->setGradient(one);
        m_highlightMap->setDataRange(QCPRange(0, 100));
        updateRaster(true);
        return;
    }
    QVector<QCPGraphData> points;
    points.reserve(int(m_highlighted.size()));
    for (const int i : m_highlighted) {
        const float x = (*m_xs)[size_t(i)];
        const float y = (*m_ys)[size_t(i)];
        points.append(
            QCPGraphData(keyLog ? std::pow(10.0, x) : x, valueLog ? std::pow(10.0, y) : y));
    }
    m_highlight->data()->set(points, false);
}

bool AccuracyPoints::updateRaster(bool force)
{
    if ((!m_map && !m_highlightMap) || !m_xs)
        return false;
    const QRect rect = m_keyAxis->axisRect()->rect();
    const QCPRange keyRange = m_keyAxis->range();
    const QCPRange valueRange = m_valueAxis->range();
    if (!force && keyRange == m_binnedKey && valueRange == m_binnedValue
        && rect.size() == m_binnedSize)
        return false;
    m_binnedKey = keyRange;
    m_binnedValue = valueRange;
    m_binnedSize = rect.size();

    const auto grid = [&](double cellPixels) {
        Grid g;
        g.nx = std::clamp(int(std::lround(rect.width() / cellPixels)), 2, 4096);
        g.ny = std::clamp(int(std::lround(rect.height() / cellPixels)), 2, 4096);
        g.x0 = toAxisSpace(m_keyAxis, keyRange.lower);
        g.x1 = toAxisSpace(m_keyAxis, keyRange.upper);
        g.y0 = toAxisSpace(m_valueAxis, valueRange.lower);
        g.y1 = toAxisSpace(m_valueAxis, valueRange.upper);
        return g;
    };
    const Grid g = grid(m_cellPixels);
    if (!(g.x1 > g.x0) || !(g.y1 > g.y0))
        return false;
    if (m_map)
        fillRaster(m_map, g, nullptr);
    // Finer specks: cells of highlighted points would merge into blobs.
    if (m_highlightMap)
        fillRaster(m_highlightMap, grid(std::min(m_cellPixels, 2.0)), &m_highlighted);
    return true;
}

void AccuracyPoints::fillRaster(QCPColorMap *map, const Grid &g,
                                const std::vector<int> *indices) const
{
    const int nx = g.nx;
    const int ny = g.ny;
    std::vector<double> sum(size_t(nx) * size_t(ny), 0.0);
    std::vector<int> count(sum.size(), 0);
    const float *xs = m_xs->data();
    const float *ys = m_ys->data();
    const float *acc = m_acc->data();
    const double sx = nx / (g.x1 - g.x0);
    const double sy = ny / (g.y1 - g.y0);
    const auto add = [&](size_t i) {
        // The comparisons also reject NaN.
        const double fx = (xs[i] - g.x0) * sx;
        const double fy = (ys[i] - g.y0) * sy;
        if (!(fx >= 0 && fx < nx && fy >= 0 && fy < ny) || !std::isfinite(acc[i]))
            return;
        const size_t c = size_t(fx) + size_t(fy) * size_t(nx);
        sum[c] += acc[i];
        ++count[c];
    };
    if (indices) {
        for (const int i : *indices)
            add(size_t(i));
    } else {
        const size_t n = m_xs->size();
        for (size_t i = 0; i < n; ++i)
            add(i);
    }

    // Opacity by count on a log scale up to the 90th percentile of the
    // occupied cells: sparse outskirts fade, the bulk is opaque. Highlighted
    // cells are always opaque.
    int reference = 1;
    if (!indices) {
        std::vector<int> occupied;
        for (const int c : count) {
            if (c > 0)
                occupied.push_back(c);
        }
        if (!occupied.empty()) {
            const auto k = occupied.begin() + std::ptrdiff_t(occupied.size() * 9 / 10);
            std::nth_element(occupied.begin(), k, occupied.end());
            reference = *k;
        }
    }
    const double logReference = std::log1p(double(reference));

    QCPColorMapData *data = map->data();
    data->setSize(nx, ny);
    // Cell centres: QCPColorMap adds half a cell (in pixels) on each side,
    // so the image covers exactly the visible range.
    const double w = (g.x1 - g.x0) / nx;
    const double h = (g.y1 - g.y0) / ny;
    data->setRange(
        QCPRange(fromAxisSpace(m_keyAxis, g.x0 + w / 2), fromAxisSpace(m_keyAxis, g.x1 - w / 2)),
        QCPRange(fromAxisSpace(m_valueAxis, g.y0 + h / 2),
                 fromAxisSpace(m_valueAxis, g.y1 - h / 2)));
    for (int iy = 0; iy < ny; ++iy) {
        for (int ix = 0; ix < nx; ++ix) {
            const size_t c = size_t(ix) + size_t(iy) * size_t(nx);
            if (count[c] == 0) {
                data->setCell(ix, iy, kNaN);
                data->setAlpha(ix, iy, 0);
                continue;
            }
            data->setCell(ix, iy, sum[c] / count[c]);
            const double f = reference <= 1
                ? 1.0
                : std::min(1.0, std::log1p(double(count[c])) / logReference);
            data->setAlpha(ix, iy, static_cast<unsigned char>(std::lround(255 * (0.3 + 0.7 * f))));
        }
    }
}

// ---------------------------------------------------------------------------
// FactorColumns

FactorColumns FactorColumns::from(const FactorData &data)
{
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    FactorColumns c;
    const int n = data.size();
    const int d = data.latentSize();
    std::vector<std::vector<float>> z(static_cast<size_t>(d), std::vector<float>(size_t(n)));
    for (int i = 0; i < n; ++i) {
        const Latent &code = data.latents[size_t(i)];
        const bool ok = int(code.size()) == d;
        for (int k = 0; k < d; ++k)
            z[size_t(k)][size_t(i)] = ok ? code[size_t(k)] : nan;
    }
    auto acc = std::make_shared<std::vector<float>>(size_t(n), nan);
    if (data.accuracy.size() == size_t(n)) {
        for (int i = 0; i < n; ++i)
            (*acc)[size_t(i)] = float(data.accuracy[size_t(i)] * 100);
    }
    auto flops = std::make_shared<std::vector<float>>(size_t(n), nan);
    if (data.flops.size() == size_t(n)) {
        for (int i = 0; i < n; ++i) {
            const double f = data.flops[size_t(i)];
            if (f > 0)
                (*flops)[size_t(i)] = float(std::log10(f / 1e6));
        }
    }
    for (std::vector<float> &column : z) {
        const std::vector<double> q = sampledQuantiles(column, {0.001, 0.999});
        c.zRange.emplace_back(q[0], q[1]);
        c.z.push_back(std::make_shared<const std::vector<float>>(std::move(column)));
    }
    const QCPRange accAll = finiteRange(*acc);
    // Failed trainings (about 10 % accuracy) would squeeze the rest into a
    // thin line: the lowest 2 % are outside the view and clamped in colour.
    const std::vector<double> accQ = sampledQuantiles(*acc, {0.02});
    c.accuracyRange = QCPRange(accQ[0], accAll.upper);
    c.colourRange = c.accuracyRange;
    if (isValid(c.colourRange) && !(c.colourRange.size() > 0))
        c.colourRange = QCPRange(c.colourRange.lower - 0.5, c.colourRange.upper + 0.5);
    c.logMFlopsRange = finiteRange(*flops);
    c.accuracyPercent = std::move(acc);
    c.logMFlops = std::move(flops);
    c.sources = data.sources.size() == size_t(n) ? data.sources : std::vector<int>();
    c.count = n;
    c.latentSize = d;
    return c;
}

std::vector<int> FactorColumns::indicesOf(int category) const
{
    std::vector<int> out;
    if (category < 0)
        return out;
    for (size_t i = 0; i < sources.size(); ++i) {
        if (sources[i] == category)
            out.push_back(int(i));
    }
    return out;
}

// ---------------------------------------------------------------------------
// FactorPlot

FactorPlot::FactorPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_points(xAxis, yAxis)
    , m_flopsTicker(new QCPAxisTickerText)
    , m_linearTicker(new QCPAxisTicker)
{
    applyPlotStyle(this);
    setAutoAddPlottableToLegend(false);
    setFocusPolicy(Qt::StrongFocus);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(this, QString(), titleFont(this));
    plotLayout()->addElement(0, 0, m_titleElement);

    m_scale = new QCPColorScale(this);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);
    QCPAxis *scaleAxis = m_scale->axis();
    scaleAxis->setLabelFont(font());
    scaleAxis->setTickLabelFont(font());
    scaleAxis->setLabelColor(palette().color(QPalette::WindowText));
    scaleAxis->setTickLabelColor(palette().color(QPalette::WindowText));
    plotLayout()->addElement(1, 1, m_scale);
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_points.setColorScale(m_scale);

    // Highlighted points above the others, regions (translucent, with their
    // handles) above both on a buffered layer: a drag repaints only it.
    addLayer(QStringLiteral("highlight"), layer(QStringLiteral("main")), limAbove);
    m_points.setHighlightLayer(layer(QStringLiteral("highlight")));
    addLayer(QStringLiteral("regions"), layer(QStringLiteral("highlight")), limAbove);
    m_regionLayer = layer(QStringLiteral("regions"));
    m_regionLayer->setMode(QCPLayer::lmBuffered);

    legend->setFont(font());
    legend->setTextColor(palette().color(QPalette::WindowText));
    QColor legendBack = palette().color(QPalette::Base);
    legendBack.setAlpha(220);
    legend->setBrush(legendBack);
    legend->setBorderPen(QPen(palette().color(QPalette::Mid), 0));
    legend->setVisible(false);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    m_flopsTicker->setSubTickCount(0);
    // The raster follows the view: re-bin after the layout (the rect's size
    // is known) and before drawing.
    connect(this, &QCustomPlot::afterLayout, this, [this] { m_points.updateRaster(); });
    connect(yAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            [this] { updateFlopsTicks(); });

    xAxis->setRange(-3, 3);
    yAxis->setRange(0, 100);
    retranslate();
}

void FactorPlot::setData(const FactorData &data, bool keepView)
{
    m_data = FactorColumns::from(data);
    rebuildPoints();
    if (!keepView)
        resetView();
    retranslate();
}

void FactorPlot::showDimension(int dim, FactorMetric metric)
{
    cancelDrag();
    m_mode = Mode::Dimension;
    m_dimX = dim;
    m_metric = metric;
    m_selected = {};
    rebuildPoints();
    resetView();
    rebuildRegionItems();
    retranslate();
}

void FactorPlot::showPair(int dimX, int dimY)
{
    cancelDrag();
    m_mode = Mode::Pair;
    m_dimX = dimX;
    m_dimY = dimY;
    m_selected = {};
    rebuildPoints();
    resetView();
    rebuildRegionItems();
    retranslate();
}

void FactorPlot::setMarkedPoint(int index)
{
    m_points.setMarked(index);
    replot(QCustomPlot::rpQueuedReplot);
}

void FactorPlot::rebuildPoints()
{
    const bool flopsAxis = m_mode == Mode::Dimension && m_metric == FactorMetric::Flops;
    if (flopsAxis) {
        yAxis->setScaleType(QCPAxis::stLogarithmic);
        yAxis->setTicker(m_flopsTicker);
    } else {
        yAxis->setScaleType(QCPAxis::stLinear);
        yAxis->setTicker(m_linearTicker);
    }
    AccuracyPoints::Column xs = m_data.zColumn(m_dimX);
    AccuracyPoints::Column ys = m_mode == Mode::Pair ? m_data.zColumn(m_dimY)
        : flopsAxis                                  ? m_data.logMFlops
                                                     : m_data.accuracyPercent;
    if (isValid(m_data.colourRange))
        m_points.setColourRange(m_data.colourRange);
    m_points.setPoints(xs, ys, m_data.accuracyPercent, m_data.indicesOf(m_highlightCategory));

    // The colour scale repeats the y axis of an accuracy plot: hide it there.
    const bool showScale = !(m_mode == Mode::Dimension && m_metric == FactorMetric::Accuracy);
    if (showScale && !m_scale->layout()) {
        plotLayout()->addElement(1, 1, m_scale);
    } else if (!showScale && m_scale->layout()) {
        plotLayout()->take(m_scale);
        plotLayout()->simplify();
    }
    m_scale->setVisible(showScale);

    legend->clearItems();
    if (QCPGraph *g = m_points.highlightGraph())
        g->addToLegend(legend);
    legend->setVisible(m_points.highlightGraph() != nullptr);

    setToolTip(m_points.isRaster()
                   ? tr("%L1 points. Each small cell shows the mean accuracy of its points and "
                        "is more opaque where there are more of them.")
                         .arg(m_data.count)
                   : tr("%L1 points").arg(m_data.count));
}

void FactorPlot::resetView()
{
    const auto zRange = [this](int dim) {
        if (dim >= 0 && dim < m_data.latentSize && isValid(m_data.zRange[size_t(dim)]))
            return padded(m_data.zRange[size_t(dim)], 0.05);
        return QCPRange(-3, 3);
    };
    xAxis->setRange(zRange(m_dimX));
    if (m_mode == Mode::Pair) {
        yAxis->setRange(zRange(m_dimY));
    } else if (m_metric == FactorMetric::Flops) {
        const QCPRange r = isValid(m_data.logMFlopsRange) ? padded(m_data.logMFlopsRange, 0.04)
                                                          : QCPRange(1, 4);
        yAxis->setRange(std::pow(10.0, r.lower), std::pow(10.0, r.upper));
    } else {
        yAxis->setRange(isValid(m_data.accuracyRange) ? padded(m_data.accuracyRange, 0.04)
                                                      : QCPRange(0, 100));
    }
    updateFlopsTicks();
    replot(rpQueuedReplot);
}

void FactorPlot::setHighlightCategory(int category)
{
    m_highlightCategory = category;
    rebuildPoints();
    retranslate();
}

void FactorPlot::setRegions(const RegionSet &regions)
{
    cancelDrag();
    m_regions = regions;
    m_selected = {};
    rebuildRegionItems();
    replot(rpQueuedReplot);
}

RegionSet FactorPlot::userRegions() const
{
    return m_regions.userOnly();
}

void FactorPlot::setEditable(bool editable)
{
    cancelDrag();
    m_editable = editable;
    m_selected = {};
    setMouseTracking(editable);
    // Left drags edit regions then; panning moves to the middle button.
    setInteraction(QCP::iRangeDrag, !editable);
    if (!editable)
        unsetCursor();
    rebuildRegionItems();
    replot(rpQueuedReplot);
}

void FactorPlot::setTitle(const QString &title)
{
    m_title = title;
    retranslate();
}

QString FactorPlot::title() const
{
    return m_titleElement->text();
}

void FactorPlot::setDimensionLabels(const QStringList &labels)
{
    m_labels = labels;
    retranslate();
}

void FactorPlot::setDensityThreshold(int points)
{
    m_points.setDensityThreshold(points);
}

bool FactorPlot::saveImage(const QString &path, int width, int height)
{
    return savePlots({this}, 1, path, width > 0 ? width : this->width(),
                     height > 0 ? height : this->height());
}

QString FactorPlot::dimensionName(int dim) const
{
    const QString label = m_labels.value(dim);
    return label.isEmpty() ? QStringLiteral("z%1").arg(dim) : label;
}

void FactorPlot::updateFlopsTicks()
{
    // 1-2-5 ticks: a plain log ticker labels only powers of ten, two or
    // three of them on these ranges.
    m_flopsTicker->clear();
    if (!isLog(yAxis))
        return;
    const double lo = yAxis->range().lower;
    const double hi = yAxis->range().upper;
    if (!(lo > 0 && hi > lo))
        return;
    const QLocale locale;
    for (int k = int(std::floor(std::log10(lo))); k <= int(std::ceil(std::log10(hi))); ++k) {
        for (const double m : {1.0, 2.0, 5.0}) {
            const double v = m * std::pow(10.0, k);
            if (v >= lo && v <= hi)
                m_flopsTicker->addTick(v, locale.toString(v, 'g', 6));
        }
    }
}

void FactorPlot::retranslate()
{
    setLocale(QLocale());
    const QString x = dimensionName(m_dimX);
    QString y;
    QString automaticTitle;
    if (m_mode == Mode::Pair) {
        y = dimensionName(m_dimY);
        automaticTitle = tr("%1 against %2, coloured by accuracy").arg(y, x);
    } else if (m_metric == FactorMetric::Flops) {
        y = tr("MFLOPs (log scale)");
        automaticTitle = tr("FLOPS against %1").arg(x);
    } else {
        y = tr("Accuracy (%)");
        automaticTitle = tr("Accuracy against %1").arg(x);
    }
    xAxis->setLabel(x);
    yAxis->setLabel(y);
    m_titleElement->setText(m_title.isEmpty() ? automaticTitle : m_title);
    m_scale->axis()->setLabel(m_points.isRaster() ? tr("Mean accuracy (%)") : tr("Accuracy (%)"));
    m_points.setHighlightName(tr("Cells from user regions"));
    updateFlopsTicks();
    replot(rpQueuedReplot);
}

void FactorPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

// --- Regions ----------------------------------------------------------------

void FactorPlot::rebuildRegionItems()
{
    for (QCPAbstractItem *item : qAsConst(m_regionItems))
        removeItem(item);
    m_regionItems.clear();
    m_graphics.clear();

    QCPAxisRect *rect = axisRect();
    const auto track = [this](QCPAbstractItem *item) {
        item->setLayer(m_regionLayer);
        item->setSelectable(false);
        item->setClipToAxisRect(true);
        item->setClipAxisRect(axisRect());
        m_regionItems.append(item);
        return item;
    };
    const auto fill = [](const QColor &c, int alpha) {
        QColor f = c;
        f.setAlpha(alpha);
        return QBrush(f);
    };
    // A band across the rect: vertical spans x in [lo, hi], horizontal y.
    const auto band = [&](double lo, double hi, bool vertical, const QBrush &brush) {
        auto *r = static_cast<QCPItemRect *>(track(new QCPItemRect(this)));
        const auto ratio = QCPItemPosition::ptAxisRectRatio;
        const auto coords = QCPItemPosition::ptPlotCoords;
        if (vertical) {
            placeOnAxes(r->topLeft, rect, lo, 0, coords, ratio);
            placeOnAxes(r->bottomRight, rect, hi, 1, coords, ratio);
        } else {
            placeOnAxes(r->topLeft, rect, 0, hi, ratio, coords);
            placeOnAxes(r->bottomRight, rect, 1, lo, ratio, coords);
        }
        r->setPen(Qt::NoPen);
        r->setBrush(brush);
        return r;
    };
    const auto edgeLine = [&](double x, const QPen &pen) {
        auto *l = static_cast<QCPItemStraightLine *>(track(new QCPItemStraightLine(this)));
        const auto ratio = QCPItemPosition::ptAxisRectRatio;
        const auto coords = QCPItemPosition::ptPlotCoords;
        placeOnAxes(l->point1, rect, x, 0, coords, ratio);
        placeOnAxes(l->point2, rect, x, 1, coords, ratio);
        l->setPen(pen);
        return l;
    };
    // A grip of w × h pixels centred on `anchor`.
    const auto handle = [&](QCPItemAnchor *anchor, double w, double h, const QColor &c) {
        auto *g = static_cast<QCPItemRect *>(track(new QCPItemRect(this)));
        for (QCPItemPosition *p : {g->topLeft, g->bottomRight}) {
            p->setType(QCPItemPosition::ptAbsolute);
            p->setParentAnchor(anchor);
        }
        g->topLeft->setCoords(-w / 2, -h / 2);
        g->bottomRight->setCoords(w / 2, h / 2);
        g->setPen(QPen(c, 1.5));
        g->setBrush(palette().brush(QPalette::Base));
    };

    const QColor user = userRegionColor();
    const QColor automatic = automaticRegionColor();
    const bool handles = m_editable;
    if (m_mode == Mode::Dimension) {
        // Automatic bands first: user regions are drawn over them.
        for (const bool userPass : {false, true}) {
            for (int i = 0; i < int(m_regions.intervals.size()); ++i) {
                const LatentInterval &iv = m_regions.intervals[size_t(i)];
                if (iv.dim != m_dimX || iv.user != userPass)
                    continue;
                if (!iv.user) {
                    band(iv.lo, iv.hi, true, fill(automatic, 60));
                    continue;
                }
                const bool selected = m_selected == Target {Target::Interval, i};
                QCPItemRect *r = band(iv.lo, iv.hi, true, fill(user, selected ? 95 : 55));
                const QPen pen(user, selected ? 2.5 : 1.5);
                m_graphics.append(
                    {{Target::Interval, i}, r, edgeLine(iv.lo, pen), edgeLine(iv.hi, pen)});
                if (handles) {
                    handle(r->left, 7, 22, user);
                    handle(r->right, 7, 22, user);
                }
            }
        }
        return;
    }

    // Pair plot: the intervals of both dimensions as light bands, then boxes.
    for (const LatentInterval &iv : m_regions.intervals) {
        const QBrush brush = fill(iv.user ? user : automatic, iv.user ? 35 : 40);
        if (iv.dim == m_dimX)
            band(iv.lo, iv.hi, true, brush);
        if (iv.dim == m_dimY)
            band(iv.lo, iv.hi, false, brush);
    }
    for (const bool userPass : {false, true}) {
        for (int i = 0; i < int(m_regions.boxes.size()); ++i) {
            const LatentBox &b = m_regions.boxes[size_t(i)];
            const bool shown = (b.dimX == m_dimX && b.dimY == m_dimY)
                || (b.dimX == m_dimY && b.dimY == m_dimX);
            if (!shown || b.user != userPass)
                continue;
            const Target t {Target::Box, i};
            const Rect pr = plotRect(t);
            auto *r = static_cast<QCPItemRect *>(track(new QCPItemRect(this)));
            const auto coords = QCPItemPosition::ptPlotCoords;
            placeOnAxes(r->topLeft, rect, pr.xlo, pr.yhi, coords, coords);
            placeOnAxes(r->bottomRight, rect, pr.xhi, pr.ylo, coords, coords);
            const bool selected = m_selected == t;
            const QColor c = b.user ? user : automatic;
            m_graphics.append({t, r, nullptr, nullptr});
            r->setPen(QPen(c, b.user ? (selected ? 2.5 : 1.5) : 1.0,
                           b.user ? Qt::SolidLine : Qt::DashLine));
            r->setBrush(fill(c, b.user ? (selected ? 90 : 50) : 45));
            if (b.user && handles) {
                for (QCPItemAnchor *a :
                     {static_cast<QCPItemAnchor *>(r->topLeft), r->topRight,
                      static_cast<QCPItemAnchor *>(r->bottomRight), r->bottomLeft})
                    handle(a, 8, 8, c);
            }
        }
    }
}

void FactorPlot::moveRegionItems(const Target &t)
{
    for (const RegionGraphic &g : qAsConst(m_graphics)) {
        if (!(g.target == t))
            continue;
        const Rect r = plotRect(t);
        if (t.kind == Target::Interval) {
            g.rect->topLeft->setCoords(r.xlo, 0);
            g.rect->bottomRight->setCoords(r.xhi, 1);
            g.edgeLo->point1->setCoords(r.xlo, 0);
            g.edgeLo->point2->setCoords(r.xlo, 1);
            g.edgeHi->point1->setCoords(r.xhi, 0);
            g.edgeHi->point2->setCoords(r.xhi, 1);
        } else {
            g.rect->topLeft->setCoords(r.xlo, r.yhi);
            g.rect->bottomRight->setCoords(r.xhi, r.ylo);
        }
        return;
    }
    rebuildRegionItems();
}

void FactorPlot::replotRegions()
{
    // Only the buffered region layer is redrawn unless the paint buffers
    // need a full replot anyway.
    m_regionLayer->replot();
}

FactorPlot::Rect FactorPlot::plotRect(const Target &t) const
{
    if (t.kind == Target::Interval) {
        const LatentInterval &iv = m_regions.intervals[size_t(t.index)];
        return {iv.lo, iv.hi, 0, 0};
    }
    const LatentBox &b = m_regions.boxes[size_t(t.index)];
    if (b.dimX == m_dimX)
        return {b.x0, b.x1, b.y0, b.y1};
    return {b.y0, b.y1, b.x0, b.x1};
}

void FactorPlot::setPlotRect(const Target &t, const Rect &r)
{
    if (t.kind == Target::Interval) {
        LatentInterval &iv = m_regions.intervals[size_t(t.index)];
        iv.lo = r.xlo;
        iv.hi = r.xhi;
        return;
    }
    LatentBox &b = m_regions.boxes[size_t(t.index)];
    if (b.dimX == m_dimX) {
        b.x0 = r.xlo;
        b.x1 = r.xhi;
        b.y0 = r.ylo;
        b.y1 = r.yhi;
    } else {
        b.y0 = r.xlo;
        b.y1 = r.xhi;
        b.x0 = r.ylo;
        b.x1 = r.yhi;
    }
}

FactorPlot::Target FactorPlot::hitTest(const QPointF &pos, int *edges) const
{
    *edges = 0;
    const double g = kGrabPixels;
    if (m_mode == Mode::Dimension) {
        // Last drawn is on top: search backwards.
        for (int i = int(m_regions.intervals.size()) - 1; i >= 0; --i) {
            const LatentInterval &iv = m_regions.intervals[size_t(i)];
            if (!iv.user || iv.dim != m_dimX)
                continue;
            const double l = xAxis->coordToPixel(iv.lo);
            const double r = xAxis->coordToPixel(iv.hi);
            if (pos.x() < l - g || pos.x() > r + g)
                continue;
            const double dl = std::abs(pos.x() - l);
            const double dr = std::abs(pos.x() - r);
            if (dl <= g || dr <= g)
                *edges = dl <= dr ? XLo : XHi;
            else
                *edges = Inside;
            return {Target::Interval, i};
        }
        return {};
    }
    for (int i = int(m_regions.boxes.size()) - 1; i >= 0; --i) {
        const LatentBox &b = m_regions.boxes[size_t(i)];
        const bool shown = (b.dimX == m_dimX && b.dimY == m_dimY)
            || (b.dimX == m_dimY && b.dimY == m_dimX);
        if (!b.user || !shown)
            continue;
        const Rect r = plotRect({Target::Box, i});
        const double left = xAxis->coordToPixel(r.xlo);
        const double right = xAxis->coordToPixel(r.xhi);
        const double top = yAxis->coordToPixel(r.yhi);
        const double bottom = yAxis->coordToPixel(r.ylo);
        if (pos.x() < left - g || pos.x() > right + g || pos.y() < top - g || pos.y() > bottom + g)
            continue;
        int e = 0;
        const double dl = std::abs(pos.x() - left);
        const double dr = std::abs(pos.x() - right);
        if (std::min(dl, dr) <= g)
            e |= dl <= dr ? XLo : XHi;
        const double dt = std::abs(pos.y() - top);
        const double db = std::abs(pos.y() - bottom);
        if (std::min(dt, db) <= g)
            e |= dt <= db ? YHi : YLo;
        *edges = e ? e : Inside;
        return {Target::Box, i};
    }
    return {};
}

double FactorPlot::minWidth(QCPAxis *axis) const
{
    return std::abs(axis->pixelToCoord(kMinWidthPixels) - axis->pixelToCoord(0));
}

void FactorPlot::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const bool inRect = axisRect()->rect().contains(pos.toPoint());
    if (inRect && event->button() == Qt::MiddleButton && m_drag == Drag::None) {
        m_drag = Drag::Pan;
        m_pressPos = pos;
        m_panX = xAxis->range();
        m_panY = yAxis->range();
        event->accept();
        return;
    }
    if (m_editable && inRect && event->button() == Qt::LeftButton && m_drag == Drag::None) {
        int edges = 0;
        const Target t = hitTest(pos, &edges);
        m_pressPos = pos;
        m_beforeDrag = m_regions;
        m_changed = false;
        m_target = t;
        m_edges = edges;
        m_drag = t.kind == Target::None ? Drag::Pending : Drag::Edit;
        if (t.kind != Target::None)
            m_origRect = plotRect(t);
        if (!(m_selected == t)) {
            m_selected = t;
            rebuildRegionItems();
            replotRegions();
        }
        event->accept();
        return;
    }
    if (m_editable && inRect && event->button() == Qt::RightButton && m_drag == Drag::None) {
        int edges = 0;
        const Target t = hitTest(pos, &edges);
        if (t.kind != Target::None) {
            removeRegion(t);
            Q_EMIT userRegionsChanged(userRegions());
            event->accept();
            return;
        }
    }
    QCustomPlot::mousePressEvent(event);
}

void FactorPlot::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Pan) {
        const auto pan = [](QCPAxis *axis, const QCPRange &start, double from, double to) {
            axis->setRange(start);
            if (isLog(axis)) {
                const double f = axis->pixelToCoord(from) / axis->pixelToCoord(to);
                axis->setRange(start.lower * f, start.upper * f);
            } else {
                const double d = axis->pixelToCoord(from) - axis->pixelToCoord(to);
                axis->setRange(start.lower + d, start.upper + d);
            }
        };
        pan(xAxis, m_panX, m_pressPos.x(), pos.x());
        pan(yAxis, m_panY, m_pressPos.y(), pos.y());
        replot(rpQueuedReplot);
        event->accept();
        return;
    }
    if (m_drag == Drag::Pending || m_drag == Drag::Create || m_drag == Drag::Edit) {
        updateDrag(pos);
        event->accept();
        return;
    }
    if (m_editable) {
        int edges = 0;
        if (!axisRect()->rect().contains(pos.toPoint())) {
            unsetCursor();
        } else if (hitTest(pos, &edges).kind == Target::None) {
            setCursor(Qt::CrossCursor);
        } else if (edges == Inside) {
            setCursor(Qt::SizeAllCursor);
        } else if ((edges & (XLo | XHi)) && (edges & (YLo | YHi))) {
            // Pixel y grows downwards: top-left and bottom-right share "\".
            const bool backslash = (edges & XLo) ? (edges & YHi) : (edges & YLo);
            setCursor(backslash ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor);
        } else {
            setCursor((edges & (XLo | XHi)) ? Qt::SizeHorCursor : Qt::SizeVerCursor);
        }
    }
    QCustomPlot::mouseMoveEvent(event);
}

void FactorPlot::updateDrag(const QPointF &pos)
{
    const double dxPixels = pos.x() - m_pressPos.x();
    const double dyPixels = pos.y() - m_pressPos.y();
    const bool pair = m_mode == Mode::Pair;
    if (m_drag == Drag::Pending) {
        const bool far = pair
            ? std::abs(dxPixels) >= kMinDragPixels && std::abs(dyPixels) >= kMinDragPixels
            : std::abs(dxPixels) >= kMinDragPixels;
        if (!far)
            return;
        if (pair) {
            LatentBox b;
            b.dimX = m_dimX;
            b.dimY = m_dimY;
            b.user = true;
            m_regions.boxes.push_back(b);
            m_target = {Target::Box, int(m_regions.boxes.size()) - 1};
        } else {
            LatentInterval iv;
            iv.dim = m_dimX;
            iv.user = true;
            m_regions.intervals.push_back(iv);
            m_target = {Target::Interval, int(m_regions.intervals.size()) - 1};
        }
        m_drag = Drag::Create;
        m_selected = m_target;
        rebuildRegionItems(); // a new region: new items
    }
    if (m_drag == Drag::Create) {
        const double x0 = xAxis->pixelToCoord(m_pressPos.x());
        const double x1 = xAxis->pixelToCoord(pos.x());
        const double y0 = yAxis->pixelToCoord(m_pressPos.y());
        const double y1 = yAxis->pixelToCoord(pos.y());
        setPlotRect(m_target,
                    {std::min(x0, x1), std::max(x0, x1), std::min(y0, y1), std::max(y0, y1)});
        m_changed = true;
    } else if (m_drag == Drag::Edit) {
        const double dx = xAxis->pixelToCoord(pos.x()) - xAxis->pixelToCoord(m_pressPos.x());
        const double dy = yAxis->pixelToCoord(pos.y()) - yAxis->pixelToCoord(m_pressPos.y());
        Rect r = m_origRect;
        if (m_edges & Inside) {
            r.xlo += dx;
            r.xhi += dx;
            if (pair) {
                r.ylo += dy;
                r.yhi += dy;
            }
        } else {
            resizeSpan(r.xlo, r.xhi, m_edges & XLo, m_edges & XHi, dx, minWidth(xAxis));
            if (pair)
                resizeSpan(r.ylo, r.yhi, m_edges & YLo, m_edges & YHi, dy, minWidth(yAxis));
        }
        setPlotRect(m_target, r);
        m_changed = r.xlo != m_origRect.xlo || r.xhi != m_origRect.xhi || r.ylo != m_origRect.ylo
            || r.yhi != m_origRect.yhi;
    }
    // Moving the items keeps the paint buffers valid: only the region layer
    // is redrawn.
    moveRegionItems(m_target);
    replotRegions();
}

void FactorPlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::Pan && event->button() == Qt::MiddleButton) {
        m_drag = Drag::None;
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton
        && (m_drag == Drag::Pending || m_drag == Drag::Create || m_drag == Drag::Edit)) {
        updateDrag(event->position());
        const bool emitChange = m_drag == Drag::Create || (m_drag == Drag::Edit && m_changed);
        m_drag = Drag::None;
        if (emitChange)
            Q_EMIT userRegionsChanged(userRegions());
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void FactorPlot::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_editable && m_drag == Drag::None
        && m_selected.kind != Target::None) {
        removeRegion(m_selected);
        Q_EMIT userRegionsChanged(userRegions());
        event->accept();
        return;
    }
    if (key == Qt::Key_Escape && m_drag != Drag::None) {
        cancelDrag();
        event->accept();
        return;
    }
    QCustomPlot::keyPressEvent(event);
}

void FactorPlot::removeRegion(const Target &t)
{
    if (t.kind == Target::Interval)
        m_regions.intervals.erase(m_regions.intervals.begin() + t.index);
    else if (t.kind == Target::Box)
        m_regions.boxes.erase(m_regions.boxes.begin() + t.index);
    m_selected = {};
    rebuildRegionItems();
    replot(rpQueuedReplot);
}

void FactorPlot::cancelDrag()
{
    if (m_drag == Drag::Create || m_drag == Drag::Edit) {
        m_regions = m_beforeDrag;
        m_selected = {};
        m_drag = Drag::None;
        rebuildRegionItems();
        replot(rpQueuedReplot);
    }
    m_drag = Drag::None;
}

} // namespace dnas::widgets
