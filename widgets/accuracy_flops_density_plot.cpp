#include "accuracy_flops_density_plot.h"

#include "plot_style.h"

#include <cmath>
#include <limits>

namespace dnas::widgets {

AccuracyFlopsDensityPlot::AccuracyFlopsDensityPlot(QWidget *parent)
    : QCustomPlot(parent)
    , m_flopsTicker(new QCPAxisTickerText)
{
    applyPlotStyle(this);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), titleFont(this));
    plotLayout()->addElement(0, 0, m_title);

    // The log axis maps the colour map's image linearly in log space, which
    // is why the bins are uniform in log10(MFLOPs) (see setDensity()).
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    xAxis->setTicker(m_flopsTicker);
    m_flopsTicker->setSubTickCount(0);

    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);
    m_scale = new QCPColorScale(this);
    plotLayout()->addElement(1, 1, m_scale);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setDataScaleType(QCPAxis::stLogarithmic);
    m_scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_scale->axis()->setNumberFormat(QStringLiteral("gb"));
    m_scale->axis()->setLabelFont(font());
    m_scale->axis()->setTickLabelFont(font());
    m_scale->axis()->setLabelColor(palette().color(QPalette::WindowText));
    m_scale->axis()->setTickLabelColor(palette().color(QPalette::WindowText));
    m_scale->setBarWidth(12);
    m_map->setColorScale(m_scale);
    m_map->setGradient(viridisGradient());

    // Keep the plot and the colour bar the same height.
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);

    retranslate();
    clear();
}

void AccuracyFlopsDensityPlot::setDensity(const Histogram2D &density, const QString &axisLabel)
{
    m_density = density;
    m_axisLabel = axisLabel;
    const int nx = density.nx();
    const int ny = density.ny();
    const double w = (density.xUpper() - density.xLower()) / nx;
    const double h = (density.yUpper() - density.yLower()) / ny;
    // QCPColorMap places cell centres on its key/value range and adds half a
    // cell in pixels on each side, so the image covers exactly the bins.
    QCPColorMapData *data = m_map->data();
    data->setSize(nx, ny);
    data->setRange(QCPRange(std::pow(10.0, density.xLower() + w / 2),
                            std::pow(10.0, density.xUpper() - w / 2)),
                   QCPRange((density.yLower() + h / 2) * 100, (density.yUpper() - h / 2) * 100));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (int ix = 0; ix < nx; ++ix) {
        for (int iy = 0; iy < ny; ++iy) {
            const int c = density.count(ix, iy);
            data->setCell(ix, iy, c > 0 ? double(c) : nan);
        }
    }
    m_map->setDataRange(QCPRange(1, std::max(10.0, double(density.maxCount()))));
    // A margin on both sides keeps the first and last FLOPS columns off the axes.
    const double pad = 0.02 * (density.xUpper() - density.xLower());
    xAxis->setRange(std::pow(10.0, density.xLower() - pad), std::pow(10.0, density.xUpper() + pad));
    yAxis->setRange(density.yLower() * 100, density.yUpper() * 100);
    updateFlopsTicks();
    retranslate();
}

void AccuracyFlopsDensityPlot::clear()
{
    m_density = Histogram2D();
    m_map->data()->clear();
    replot();
}

void AccuracyFlopsDensityPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void AccuracyFlopsDensityPlot::updateFlopsTicks()
{
    // 1-2-5 ticks: a plain log ticker labels only powers of ten, two or
    // three of them on these ranges.
    m_flopsTicker->clear();
    const QLocale locale;
    const double lo = xAxis->range().lower;
    const double hi = xAxis->range().upper;
    if (!(lo > 0 && hi > lo))
        return;
    for (int k = int(std::floor(std::log10(lo))); k <= int(std::ceil(std::log10(hi))); ++k) {
        for (const double m : {1.0, 2.0, 5.0}) {
            const double v = m * std::pow(10.0, k);
            if (v >= lo && v <= hi)
                m_flopsTicker->addTick(v, locale.toString(v, 'g', 6));
        }
    }
}

void AccuracyFlopsDensityPlot::retranslate()
{
    setLocale(QLocale());
    m_title->setText(tr("Cells by FLOPS and accuracy"));
    xAxis->setLabel(tr("MFLOPs (multiply-adds, log scale)"));
    yAxis->setLabel(m_axisLabel.isEmpty() ? tr("Accuracy (%)") : tr("%1 (%)").arg(m_axisLabel));
    m_scale->axis()->setLabel(tr("Cells per bin"));
    updateFlopsTicks();
    replot();
}

} // namespace dnas::widgets
