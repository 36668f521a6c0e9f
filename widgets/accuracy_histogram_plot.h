#pragma once

#include "histogram.h"

#include <qcustomplot.h>

namespace dnas::widgets {

/**
 * A bar chart of a Histogram1D of accuracies (fractions, shown in percent):
 * one bar per bin, and a note of how many values lie outside the axis.
 * Call setHistogram() again to replace the data; clear() empties the plot.
 */
class AccuracyHistogramPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit AccuracyHistogramPlot(QWidget *parent = nullptr);

    /** Shows `histogram`; `axisLabel` names the metric ("Reported accuracy"). */
    void setHistogram(const Histogram1D &histogram, const QString &axisLabel);
    void clear();

    /** The bars: key = bin centre in percent, value = count. */
    QCPBars *bars() const { return m_bars; }
    /** The text of the out-of-range note ("" when every value is shown). */
    QString outsideNote() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QCPBars *m_bars = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPItemText *m_note = nullptr;
    Histogram1D m_histogram;
    QString m_axisLabel;
};

} // namespace dnas::widgets
