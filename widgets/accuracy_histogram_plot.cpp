#include "accuracy_histogram_plot.h"

#include "plot_style.h"

namespace dnas::widgets {

AccuracyHistogramPlot::AccuracyHistogramPlot(QWidget *parent)
    : QCustomPlot(parent)
{
    applyPlotStyle(this);
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), titleFont(this));
    plotLayout()->addElement(0, 0, m_title);

    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setPen(QPen(kAccentColor.darker(115), 0.5));
    m_bars->setBrush(kAccentColor);
    m_bars->setWidthType(QCPBars::wtPlotCoords);

    m_note = new QCPItemText(this);
    m_note->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_note->position->setCoords(0.02, 0.04);
    m_note->setColor(palette().color(QPalette::PlaceholderText));
    m_note->setClipToAxisRect(true);

    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);
    retranslate();
    clear();
}

void AccuracyHistogramPlot::setHistogram(const Histogram1D &histogram, const QString &axisLabel)
{
    m_histogram = histogram;
    m_axisLabel = axisLabel;
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(histogram.binCount());
    values.reserve(histogram.binCount());
    for (int i = 0; i < histogram.binCount(); ++i) {
        keys.append(histogram.binCentre(i) * 100);
        values.append(histogram.count(i));
    }
    m_bars->setWidth(histogram.binWidth() * 100);
    m_bars->setData(keys, values, true);
    xAxis->setRange(histogram.lower() * 100, histogram.upper() * 100);
    yAxis->setRange(0, std::max(1.0, histogram.maxCount() * 1.08));
    retranslate();
}

void AccuracyHistogramPlot::clear()
{
    m_histogram = Histogram1D();
    m_bars->data()->clear();
    m_note->setText(QString());
    replot();
}

QString AccuracyHistogramPlot::outsideNote() const
{
    return m_note->text();
}

void AccuracyHistogramPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QCustomPlot::changeEvent(event);
}

void AccuracyHistogramPlot::retranslate()
{
    const QLocale locale;
    setLocale(locale);
    m_title->setText(tr("Cells by accuracy"));
    xAxis->setLabel(m_axisLabel.isEmpty() ? tr("Accuracy (%)") : tr("%1 (%)").arg(m_axisLabel));
    yAxis->setLabel(m_histogram.binCount() == 0
                        ? tr("Cells per bin")
                        : tr("Cells per bin (%1 points wide)")
                              .arg(locale.toString(m_histogram.binWidth() * 100, 'g', 3)));
    QStringList notes;
    if (m_histogram.below() > 0) {
        notes << tr("%1 cells below %2 % not shown")
                     .arg(locale.toString(m_histogram.below()),
                          locale.toString(m_histogram.lower() * 100, 'g', 4));
    }
    if (m_histogram.above() > 0) {
        notes << tr("%1 cells above %2 % not shown")
                     .arg(locale.toString(m_histogram.above()),
                          locale.toString(m_histogram.upper() * 100, 'g', 4));
    }
    m_note->setText(notes.join(QLatin1Char('\n')));
    replot();
}

} // namespace dnas::widgets
