#include "plot_style.h"

#include "space/nb101_cell.h"
#include "space/nb201_cell.h"

#include <qcustomplot.h>

namespace dnas::widgets {

void applyPlotStyle(QCustomPlot *plot)
{
    const QPalette pal = plot->palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    plot->setBackground(pal.brush(QPalette::Base));
    plot->setAntialiasedElements(QCP::aeAll);
    plot->setNotAntialiasedElements(QCP::aeAxes | QCP::aeGrid);
    for (QCPAxis *axis : plot->axisRect()->axes()) {
        axis->setLabelFont(plot->font());
        axis->setTickLabelFont(plot->font());
        axis->setLabelColor(text);
        axis->setTickLabelColor(text);
        axis->setBasePen(QPen(text, 0));
        axis->setTickPen(QPen(text, 0));
        axis->setSubTickPen(QPen(text, 0));
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
}

QFont titleFont(const QCustomPlot *plot)
{
    QFont f = plot->font();
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() + 1);
    return f;
}

QCPColorGradient viridisGradient()
{
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));
    g.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    g.setColorStopAt(0.50, QColor(0x21, 0x91, 0x8c));
    g.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    g.setColorStopAt(1.00, QColor(0xfd, 0xe7, 0x25));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setNanHandling(QCPColorGradient::nhTransparent);
    g.setLevelCount(256);
    return g;
}

QColor seriesColor(int index)
{
    static const QColor colours[] = {
        kAccentColor,
        QColor(0xd5, 0x5e, 0x00), // vermillion
        QColor(0x00, 0x9e, 0x73), // bluish green
        QColor(0xe6, 0x9f, 0x00), // orange
        QColor(0xcc, 0x79, 0xa7), // reddish purple
        QColor(0x56, 0xb4, 0xe9), // sky blue
        QColor(0x59, 0x59, 0x59), // grey
    };
    constexpr int count = int(sizeof colours / sizeof colours[0]);
    return colours[((index % count) + count) % count];
}

namespace {
const QColor kConv3Color(0x00, 0x72, 0xb2); // blue
const QColor kConv1Color(0x00, 0x9e, 0x73); // bluish green
const QColor kPoolColor(0xe6, 0x9f, 0x00); // orange
const QColor kSkipColor(0xcc, 0x79, 0xa7); // reddish purple
const QColor kNoneColor(0x99, 0x99, 0x99); // grey
} // namespace

QColor opColor(Nb101Op op)
{
    switch (op) {
    case Nb101Op::Conv3x3:
        return kConv3Color;
    case Nb101Op::Conv1x1:
        return kConv1Color;
    case Nb101Op::MaxPool3x3:
        return kPoolColor;
    }
    return kNoneColor;
}

QColor opColor(Nb201Op op)
{
    switch (op) {
    case Nb201Op::None:
        return kNoneColor;
    case Nb201Op::Skip:
        return kSkipColor;
    case Nb201Op::Conv1x1:
        return kConv1Color;
    case Nb201Op::Conv3x3:
        return kConv3Color;
    case Nb201Op::AvgPool3x3:
        return kPoolColor;
    }
    return kNoneColor;
}

} // namespace dnas::widgets
