#include "convergence_plot.h"

#include "plot_export.h"
#include "plot_style.h"

#include <cmath>
#include <limits>

namespace dnas::widgets {

namespace {
/**
 * Paints the background over everything outside the axis rect, below the
 * axes. Graphs are clipped to the axis rect anyway, except in SVG:
 * QSvgGenerator (Qt 6.4) ignores clipping, and the first queries' low values
 * would be drawn over the tick labels.
 */
class OutsideMask : public QCPLayerable
{
public:
    OutsideMask(QCustomPlot *plot, QCPLayer *layer)
        : QCPLayerable(plot)
    {
        setLayer(layer);
    }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override
    {
        painter->setAntialiasing(false);
    }
    void draw(QCPPainter *painter) override
    {
        QRegion outside(mParentPlot->viewport());
        outside -= mParentPlot->axisRect()->rect();
        const QBrush brush = mParentPlot->palette().brush(QPalette::Base);
        for (const QRect &r : outside)
            painter->fillRect(r, brush);
    }
};
} // namespace

ConvergencePlot::ConvergencePlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_optimum(std::numeric_limits<double>::quiet_NaN())
{
    applyPlotStyle(this);
    // Bands and the optimum line lie below every mean line.
    addLayer(QStringLiteral("bands"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
    m_bandLayer = layer(QStringLiteral("bands"));
    addLayer(QStringLiteral("mask"), layer(QStringLiteral("axes")), QCustomPlot::limBelow);
    new OutsideMask(this, layer(QStringLiteral("mask")));

    const QPalette pal = palette();
    legend->setVisible(true);
    legend->setFont(font());
    legend->setTextColor(pal.color(QPalette::WindowText));
    QColor legendBackground = pal.color(QPalette::Base);
    legendBackground.setAlpha(220);
    legend->setBrush(legendBackground);
    legend->setBorderPen(QPen(pal.color(QPalette::Mid), 0));
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);

    m_optimumLine = new QCPItemStraightLine(this);
    m_optimumLine->setLayer(m_bandLayer);
    m_optimumLine->setPen(QPen(pal.color(QPalette::WindowText), 1.2, Qt::DashLine));
    m_optimumText = new QCPItemText(this);
    m_optimumText->setLayer(m_bandLayer);
    m_optimumText->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_optimumText->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_optimumText->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_optimumText->setPadding(QMargins(2, 0, 2, 2));
    m_optimumText->setColor(pal.color(QPalette::WindowText));
    m_optimumText->setFont(font());
    m_optimumText->setClipToAxisRect(true);

    xAxis->setRange(0, 1);
    yAxis->setRange(0, 100);
    retranslate();
    clear();
}

void ConvergencePlot::clear()
{
    for (const Curve &c : qAsConst(m_curves)) {
        for (QCPGraph *g : {c.mean, c.lo, c.hi}) {
            if (g)
                removeGraph(g);
        }
    }
    m_curves.clear();
    legend->setVisible(false);
    setOptimum(std::numeric_limits<double>::quiet_NaN());
}

void ConvergencePlot::setTitle(const QString &title)
{
    if (title.isEmpty()) {
        if (m_title) {
            plotLayout()->remove(m_title);
            plotLayout()->simplify();
            m_title = nullptr;
        }
        return;
    }
    if (!m_title) {
        plotLayout()->insertRow(0);
        m_title = new QCPTextElement(this, title, titleFont(this));
        m_title->setLayer(QStringLiteral("axes")); // above the mask
        m_title->setTextColor(palette().color(QPalette::WindowText));
        plotLayout()->addElement(0, 0, m_title);
    }
    m_title->setText(title);
}

QString ConvergencePlot::title() const
{
    return m_title ? m_title->text() : QString();
}

void ConvergencePlot::setAccuracyLabel(const QString &label)
{
    m_accuracyLabel = label;
    retranslate();
}

void ConvergencePlot::setOptimum(double fraction, const QString &label)
{
    m_optimum = std::isfinite(fraction) ? fraction : std::numeric_limits<double>::quiet_NaN();
    m_optimumLabel = label;
    const bool shown = std::isfinite(m_optimum);
    m_optimumLine->setVisible(shown);
    m_optimumText->setVisible(shown);
    if (shown) {
        m_optimumLine->point1->setCoords(0, m_optimum * 100);
        m_optimumLine->point2->setCoords(1, m_optimum * 100);
        m_optimumText->position->setCoords(0.995, m_optimum * 100);
    }
    updateOptimumLabel();
}

QCPGraph *ConvergencePlot::addCurve(const QString &name, const QVector<double> &queries,
                                    const QVector<double> &mean, const QVector<double> &lo,
                                    const QVector<double> &hi, const QColor &colour)
{
    const bool band = !lo.isEmpty() || !hi.isEmpty();
    if (mean.size() != queries.size()
        || (band && (lo.size() != queries.size() || hi.size() != queries.size())))
        return nullptr;
    const auto percent = [](const QVector<double> &v) {
        QVector<double> p(v.size());
        for (qsizetype i = 0; i < v.size(); ++i)
            p[i] = v[i] * 100;
        return p;
    };
    Curve curve;
    if (band) {
        QColor fill = colour;
        fill.setAlphaF(0.18f);
        curve.lo = addGraph();
        curve.hi = addGraph();
        for (QCPGraph *g : {curve.lo, curve.hi}) {
            g->setLayer(m_bandLayer);
            g->setPen(Qt::NoPen);
            g->setLineStyle(QCPGraph::lsStepLeft);
            g->removeFromLegend();
            g->setName(name);
        }
        curve.lo->setData(queries, percent(lo), true);
        curve.hi->setData(queries, percent(hi), true);
        curve.hi->setBrush(fill);
        curve.hi->setChannelFillGraph(curve.lo);
    }
    legend->setVisible(true);
    curve.mean = addGraph();
    curve.mean->setName(name);
    curve.mean->setPen(QPen(colour, 2.0));
    curve.mean->setLineStyle(QCPGraph::lsStepLeft);
    curve.mean->setData(queries, percent(mean), true);
    m_curves.append(curve);
    return curve.mean;
}

QCPGraph *ConvergencePlot::addSingleRun(const QString &name, const QVector<double> &queries,
                                        const QVector<double> &best, const QColor &colour)
{
    return addCurve(name, queries, best, {}, {}, colour);
}

void ConvergencePlot::rescaleToData()
{
    double lastQuery = 0;
    for (const Curve &c : qAsConst(m_curves)) {
        if (!c.mean->data()->isEmpty())
            lastQuery = std::max(lastQuery, (c.mean->data()->constEnd() - 1)->key);
    }
    // Early values (the first random cells) can lie far below the rest:
    // fit the y axis to the means from a tenth of the way on.
    const double from = lastQuery * 0.1;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const Curve &c : qAsConst(m_curves)) {
        for (auto it = c.mean->data()->constBegin(); it != c.mean->data()->constEnd(); ++it) {
            if (it->key < from || !std::isfinite(it->value))
                continue;
            lo = std::min(lo, it->value);
            hi = std::max(hi, it->value);
        }
        if (c.hi) {
            for (auto it = c.hi->data()->constBegin(); it != c.hi->data()->constEnd(); ++it) {
                if (it->key >= from && std::isfinite(it->value))
                    hi = std::max(hi, it->value);
            }
        }
    }
    if (std::isfinite(m_optimum)) {
        lo = std::min(lo, m_optimum * 100);
        hi = std::max(hi, m_optimum * 100);
    }
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 100;
    }
    const double margin = std::max(0.1, (hi - lo) * 0.04);
    // Room for the optimum's label above its line.
    const double top = std::isfinite(m_optimum) ? std::max(hi, m_optimum * 100 + 2 * margin) : hi;
    yAxis->setRange(std::max(0.0, lo - margin), std::min(100.0 + margin, top + margin));
    xAxis->setRange(0, lastQuery > 0 ? lastQuery : 1);
}

bool ConvergencePlot::saveImage(const QString &path, int width, int height)
{
    return savePlots({this}, 1, path, width > 0 ? width : this->width(),
                     height > 0 ? height : this->height());
}

void ConvergencePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void ConvergencePlot::retranslate()
{
    setLocale(QLocale());
    xAxis->setLabel(tr("Queries"));
    yAxis->setLabel(
        tr("%1 (%)").arg(m_accuracyLabel.isEmpty() ? tr("Best accuracy so far") : m_accuracyLabel));
    updateOptimumLabel();
}

void ConvergencePlot::updateOptimumLabel()
{
    if (!std::isfinite(m_optimum)) {
        m_optimumText->setText(QString());
        return;
    }
    m_optimumText->setText(
        m_optimumLabel.isEmpty()
            ? tr("Table optimum %1 %").arg(QLocale().toString(m_optimum * 100, 'f', 2))
            : m_optimumLabel);
}

} // namespace dnas::widgets
