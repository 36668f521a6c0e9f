#pragma once

#include <QColor>
#include <QFont>

class QCustomPlot;
class QCPColorGradient;

namespace dnas::widgets {

/** The accent colour of bars and curves. */
inline const QColor kAccentColor = QColor(0x3b, 0x76, 0xb0);

/** Fonts and colours of the widget's palette, antialiasing on: every plot of
 *  the application looks alike and follows the system theme. */
void applyPlotStyle(QCustomPlot *plot);
/** The font of a plot title: the widget font, bold, one point larger. */
QFont titleFont(const QCustomPlot *plot);
/** Viridis (perceptually uniform, readable in grey), NaN transparent. */
QCPColorGradient viridisGradient();

} // namespace dnas::widgets
