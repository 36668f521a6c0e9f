#include "factor_grid.h"

#include "plot_export.h"
#include "plot_style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace dnas::widgets {

namespace {

QCPRange paddedRange(const QCPRange &r, double fraction, const QCPRange &fallback)
{
    if (!std::isfinite(r.lower) || !std::isfinite(r.upper))
        return fallback;
    const double pad = r.size() > 0 ? fraction * r.size() : 0.5;
    return QCPRange(r.lower - pad, r.upper + pad);
}

QFont smallFont(const QWidget *w)
{
    QFont f = w->font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
    return f;
}

} // namespace

FactorGrid::FactorGrid(QWidget *parent)
    : QWidget(parent)
    , m_zTicker(new QCPAxisTicker)
    , m_accuracyTicker(new QCPAxisTicker)
    , m_flopsTicker(new QCPAxisTickerLog)
{
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("factorGridPlot"));
    applyPlotStyle(m_plot);
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setInteractions({});
    m_plot->setCursor(Qt::PointingHandCursor);
    m_plot->plotLayout()->setColumnSpacing(6);
    m_plot->plotLayout()->setRowSpacing(2);
    m_plot->addLayer(QStringLiteral("highlight"), m_plot->layer(QStringLiteral("main")),
                     QCustomPlot::limAbove);
    m_plot->addLayer(QStringLiteral("regions"), m_plot->layer(QStringLiteral("highlight")),
                     QCustomPlot::limAbove);
    m_zTicker->setTickCount(3);
    m_accuracyTicker->setTickCount(4);
    m_flopsTicker->setSubTickCount(0);

    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(QStringLiteral("metricBox"));
    m_metricBox->addItem(QString());
    m_metricBox->addItem(QString());
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("infoLabel"));
    auto *metricLabel = new QLabel(this);
    metricLabel->setObjectName(QStringLiteral("metricLabel"));
    metricLabel->setBuddy(m_metricBox);

    auto *top = new QHBoxLayout;
    top->addWidget(m_info, 1);
    top->addWidget(metricLabel);
    top->addWidget(m_metricBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);

    connect(m_metricBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        setMetric(index == 1 ? FactorMetric::Flops : FactorMetric::Accuracy);
    });
    // Re-bin the rasters once the rects' sizes are known, before drawing.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] {
        for (Cell &c : m_cells)
            c.points->updateRaster();
    });
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        m_pressedCell = e->button() == Qt::LeftButton ? cellAt(e->position()) : -1;
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *e) {
        const int pressed = m_pressedCell;
        m_pressedCell = -1;
        if (e->button() != Qt::LeftButton || pressed < 0 || cellAt(e->position()) != pressed)
            return;
        setCurrentDimension(pressed);
        Q_EMIT dimensionActivated(pressed);
    });

    retranslate();
}

FactorGrid::~FactorGrid() = default;

void FactorGrid::setData(const FactorData &data)
{
    const int oldSize = m_data.latentSize;
    m_data = FactorColumns::from(data);
    if (oldSize != m_data.latentSize || m_cells.empty())
        rebuildLayout();
    rebuildPoints();
    rebuildRegions();
    setCurrentDimension(m_current < m_data.latentSize ? m_current : -1);
    retranslate();
}

void FactorGrid::setMetric(FactorMetric metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    {
        const QSignalBlocker block(m_metricBox);
        m_metricBox->setCurrentIndex(metric == FactorMetric::Flops ? 1 : 0);
    }
    rebuildPoints();
    retranslate();
    Q_EMIT metricChanged(metric);
}

void FactorGrid::setDimensionLabels(const QStringList &labels)
{
    m_labels = labels;
    retranslate();
}

void FactorGrid::setRegions(const RegionSet &regions)
{
    m_regions = regions;
    rebuildRegions();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void FactorGrid::setMarkedPoint(int index)
{
    m_marked = index;
    for (Cell &cell : m_cells)
        cell.points->setMarked(index);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void FactorGrid::setHighlightCategory(int category)
{
    m_highlightCategory = category;
    rebuildPoints();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void FactorGrid::setColumnCount(int columns)
{
    m_columns = std::max(0, columns);
    rebuildLayout();
    rebuildPoints();
    rebuildRegions();
    setCurrentDimension(m_current);
    retranslate();
}

void FactorGrid::setDensityThreshold(int points)
{
    m_threshold = points;
    rebuildPoints();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QCPAxisRect *FactorGrid::axisRect(int dim) const
{
    return dim >= 0 && dim < int(m_cells.size()) ? m_cells[size_t(dim)].rect : nullptr;
}

bool FactorGrid::saveImage(const QString &path, int width, int height)
{
    return savePlots({m_plot}, 1, path, width > 0 ? width : m_plot->width(),
                     height > 0 ? height : m_plot->height());
}

void FactorGrid::rebuildLayout()
{
    // The plottables and items hang on the rects' axes: remove them first.
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_regionItems.clear();
    m_frame = nullptr;
    m_cells.clear();
    m_plot->plotLayout()->clear();

    const int n = m_data.latentSize;
    if (n == 0) {
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int columns = m_columns > 0 ? m_columns : int(std::ceil(std::sqrt(double(n))));
    const int rows = (n + columns - 1) / columns;
    std::vector<QCPMarginGroup *> columnGroups, rowGroups;
    for (int c = 0; c < columns; ++c)
        columnGroups.push_back(new QCPMarginGroup(m_plot));
    for (int r = 0; r < rows; ++r)
        rowGroups.push_back(new QCPMarginGroup(m_plot));

    const QPalette pal = m_plot->palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QFont tickFont = smallFont(m_plot);
    QFont titleFont = m_plot->font();
    titleFont.setBold(true);
    for (int d = 0; d < n; ++d) {
        const int row = d / columns;
        const int column = d % columns;
        Cell cell;
        cell.layout = new QCPLayoutGrid;
        m_plot->plotLayout()->addElement(row, column, cell.layout);
        cell.layout->setRowSpacing(0);
        cell.title = new QCPTextElement(m_plot, QString(), titleFont);
        cell.title->setTextColor(text);
        cell.title->setMargins(QMargins(0, 2, 0, 0));
        cell.layout->addElement(0, 0, cell.title);
        cell.rect = new QCPAxisRect(m_plot, true);
        cell.layout->addElement(1, 0, cell.rect);
        cell.layout->setRowStretchFactor(0, 0.001);
        cell.rect->setMarginGroup(QCP::msLeft | QCP::msRight, columnGroups[size_t(column)]);
        cell.rect->setMarginGroup(QCP::msTop | QCP::msBottom, rowGroups[size_t(row)]);
        cell.rect->setMinimumMargins(QMargins(4, 2, 4, 2));
        for (QCPAxis *axis : cell.rect->axes()) {
            axis->setLabelFont(tickFont);
            axis->setTickLabelFont(tickFont);
            axis->setLabelColor(text);
            axis->setTickLabelColor(text);
            axis->setBasePen(QPen(text, 0));
            axis->setTickPen(QPen(text, 0));
            axis->setSubTickPen(QPen(text, 0));
            axis->setTickLengthIn(3);
            axis->setSubTicks(false);
            axis->grid()->setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DotLine));
        }
        QCPAxis *x = cell.rect->axis(QCPAxis::atBottom);
        QCPAxis *y = cell.rect->axis(QCPAxis::atLeft);
        x->setTicker(m_zTicker);
        // Shared y ranges: tick labels on the first column only.
        y->setTickLabels(column == 0);
        cell.points = std::make_unique<AccuracyPoints>(x, y);
        m_cells.push_back(std::move(cell));
    }
}

void FactorGrid::rebuildPoints()
{
    const bool flops = m_metric == FactorMetric::Flops;
    const std::vector<int> highlighted = m_data.indicesOf(m_highlightCategory);
    for (int d = 0; d < int(m_cells.size()); ++d) {
        Cell &cell = m_cells[size_t(d)];
        QCPAxis *y = cell.rect->axis(QCPAxis::atLeft);
        y->setScaleType(flops ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (flops)
            y->setTicker(m_flopsTicker);
        else
            y->setTicker(m_accuracyTicker);
        AccuracyPoints &points = *cell.points;
        points.setDensityThreshold(m_threshold);
        points.setScatterSize(3);
        points.setCellPixels(2);
        points.setHighlightLayer(m_plot->layer(QStringLiteral("highlight")));
        if (std::isfinite(m_data.colourRange.lower))
            points.setColourRange(m_data.colourRange);
        points.setPoints(m_data.zColumn(d), flops ? m_data.logMFlops : m_data.accuracyPercent,
                         m_data.accuracyPercent, highlighted);
        points.setMarked(m_marked);
    }
    fitRanges();
}

void FactorGrid::fitRanges()
{
    const bool flops = m_metric == FactorMetric::Flops;
    for (int d = 0; d < int(m_cells.size()); ++d) {
        QCPAxisRect *rect = m_cells[size_t(d)].rect;
        rect->axis(QCPAxis::atBottom)
            ->setRange(paddedRange(m_data.zRange[size_t(d)], 0.05, QCPRange(-3, 3)));
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        if (flops) {
            const QCPRange r = paddedRange(m_data.logMFlopsRange, 0.04, QCPRange(1, 4));
            y->setRange(std::pow(10.0, r.lower), std::pow(10.0, r.upper));
        } else {
            y->setRange(paddedRange(m_data.accuracyRange, 0.04, QCPRange(0, 100)));
        }
    }
}

void FactorGrid::rebuildRegions()
{
    for (QCPAbstractItem *item : qAsConst(m_regionItems))
        m_plot->removeItem(item);
    m_regionItems.clear();
    QCPLayer *layer = m_plot->layer(QStringLiteral("regions"));
    const auto add = [&](QCPAxisRect *rect, double lo, double hi, const QColor &c, int alpha,
                         bool edges) {
        auto *band = new QCPItemRect(m_plot);
        band->setLayer(layer);
        band->setSelectable(false);
        band->setClipAxisRect(rect);
        for (QCPItemPosition *p : {band->topLeft, band->bottomRight}) {
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            p->setAxisRect(rect);
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio);
        }
        band->topLeft->setCoords(lo, 0);
        band->bottomRight->setCoords(hi, 1);
        QColor f = c;
        f.setAlpha(alpha);
        band->setBrush(f);
        band->setPen(edges ? QPen(c, 1) : QPen(Qt::NoPen));
        m_regionItems.append(band);
    };
    // Automatic bands below the user ones.
    for (const bool user : {false, true}) {
        for (const LatentInterval &iv : m_regions.intervals) {
            if (iv.user != user || iv.dim < 0 || iv.dim >= int(m_cells.size()))
                continue;
            QCPAxisRect *rect = m_cells[size_t(iv.dim)].rect;
            if (user)
                add(rect, iv.lo, iv.hi, userRegionColor(), 60, true);
            else
                add(rect, iv.lo, iv.hi, automaticRegionColor(), 60, false);
        }
    }
}

void FactorGrid::setCurrentDimension(int dim)
{
    if (m_frame) {
        m_plot->removeItem(m_frame);
        m_frame = nullptr;
    }
    m_current = dim >= 0 && dim < int(m_cells.size()) ? dim : -1;
    if (m_current >= 0) {
        QCPAxisRect *rect = m_cells[size_t(m_current)].rect;
        m_frame = new QCPItemRect(m_plot);
        m_frame->setLayer(QStringLiteral("axes"));
        m_frame->setSelectable(false);
        m_frame->setClipToAxisRect(false);
        for (QCPItemPosition *p : {m_frame->topLeft, m_frame->bottomRight}) {
            p->setAxisRect(rect);
            p->setType(QCPItemPosition::ptAxisRectRatio);
        }
        m_frame->topLeft->setCoords(0, 0);
        m_frame->bottomRight->setCoords(1, 1);
        m_frame->setPen(QPen(kAccentColor, 2.5));
        m_frame->setBrush(Qt::NoBrush);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

int FactorGrid::cellAt(const QPointF &pos) const
{
    for (int d = 0; d < int(m_cells.size()); ++d) {
        if (m_cells[size_t(d)].layout->outerRect().contains(pos.toPoint()))
            return d;
    }
    return -1;
}

QString FactorGrid::dimensionName(int dim) const
{
    const QString label = m_labels.value(dim);
    return label.isEmpty() ? QStringLiteral("z%1").arg(dim) : label;
}

void FactorGrid::retranslate()
{
    m_plot->setLocale(QLocale());
    m_metricBox->setItemText(0, tr("Accuracy"));
    m_metricBox->setItemText(1, tr("FLOPS"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("metricLabel")))
        label->setText(tr("&Against:"));
    const bool flops = m_metric == FactorMetric::Flops;
    for (int d = 0; d < int(m_cells.size()); ++d) {
        const Cell &cell = m_cells[size_t(d)];
        cell.title->setText(dimensionName(d));
        const bool firstColumn = cell.rect->axis(QCPAxis::atLeft)->tickLabels();
        cell.rect->axis(QCPAxis::atLeft)
            ->setLabel(firstColumn ? (flops ? tr("MFLOPs") : tr("Accuracy (%)")) : QString());
    }
    const bool raster = !m_cells.empty() && m_cells.front().points->isRaster();
    m_info->setText(m_data.count == 0
                        ? tr("No points")
                        : tr("%L1 cells, %n latent dimension(s). Click a plot to show it large.",
                             nullptr, m_data.latentSize)
                              .arg(m_data.count));
    m_plot->setToolTip(
        raster ? tr("Each plot shows all %L1 cells. A plot's small cells show the mean accuracy "
                    "of their points and are more opaque where there are more of them. Click a "
                    "plot to show it large.")
                     .arg(m_data.count)
               : tr("Each plot shows all %L1 cells, coloured by accuracy. Click a plot to show "
                    "it large.")
                     .arg(m_data.count));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void FactorGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace dnas::widgets
