#pragma once

#include <QColor>
#include <QFont>

#include <cstdint>

class QCustomPlot;
class QCPColorGradient;

namespace dnas {
enum class Nb101Op : std::uint8_t;
enum class Nb201Op : std::uint8_t;
} // namespace dnas

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
/** Colour `index` of a categorical palette for curves that must be told
 *  apart (accent blue first, then Okabe–Ito hues, distinguishable with
 *  common colour-vision deficiencies); repeats after seven colours. */
QColor seriesColor(int index);

/** Marks what differs from a reference (changed ops, added edges):
 *  Okabe–Ito vermillion, a hue no op colour uses. */
inline const QColor kHighlightColor = QColor(0xd5, 0x5e, 0x00);
/** The fill of an operation in cell drawings and their legends, the same
 *  for both search spaces (Okabe–Ito, told apart with common colour-vision
 *  deficiencies): 3×3 conv blue, 1×1 conv bluish green, pooling orange,
 *  skip reddish purple, none grey. */
QColor opColor(Nb101Op op);
QColor opColor(Nb201Op op);

} // namespace dnas::widgets
