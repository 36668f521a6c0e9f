#pragma once

#include "histogram.h"

#include <qcustomplot.h>

namespace dnas::widgets {

/**
 * A 2-D histogram of cells over FLOPS (x, log scale) and accuracy (y, in
 * percent), coloured by the number of cells per bin on a log colour scale;
 * empty bins are transparent. Draws hundreds of thousands of cells at the
 * cost of one small image.
 */
class AccuracyFlopsDensityPlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit AccuracyFlopsDensityPlot(QWidget *parent = nullptr);

    /** Shows `density`, whose x is log10(MFLOPs) and y an accuracy fraction
     *  (BenchmarkDistribution::accuracyVsLogMFlops); `axisLabel` names the
     *  accuracy metric. */
    void setDensity(const Histogram2D &density, const QString &axisLabel);
    void clear();

    QCPColorMap *colorMap() const { return m_map; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFlopsTicks();

    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPTextElement *m_title = nullptr;
    QSharedPointer<QCPAxisTickerText> m_flopsTicker;
    Histogram2D m_density;
    QString m_axisLabel;
};

} // namespace dnas::widgets
