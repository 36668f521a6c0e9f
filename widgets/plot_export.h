#pragma once

#include <QList>
#include <QString>

class QCustomPlot;

namespace dnas::widgets {

/**
 * Saves `plots` as one image of width × height pixels, laid out in a grid of
 * equal cells filled row by row, `columns` per row. The format follows the
 * file suffix: .png, .jpg / .jpeg, .bmp (raster, at the plots' screen
 * resolution) or .pdf, .svg (vector; one pixel becomes one point or SVG
 * unit). The plots are drawn at their cell's size without being resized on
 * screen, so hidden plots (or offscreen ones in a command-line tool) work.
 *
 * Returns false and, when `error` is given, sets a message when the suffix is
 * not one of those or the file cannot be written. GUI thread only.
 */
bool savePlots(const QList<QCustomPlot *> &plots, int columns, const QString &path, int width,
               int height, QString *error = nullptr);

} // namespace dnas::widgets
