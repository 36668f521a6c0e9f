#pragma once

// Plain data in, image file out: usable from code built with QT_NO_KEYWORDS
// (the dnas command line), which cannot include qcustomplot.h.

#include <QColor>
#include <QList>
#include <QString>
#include <QVector>

#include <limits>

namespace dnas::widgets {

/** The data of one ConvergencePlot::addCurve call (accuracies as fractions). */
struct ConvergenceCurve
{
    QString name;
    QVector<double> queries;
    QVector<double> mean;
    QVector<double> lo; ///< band; empty with hi for none
    QVector<double> hi;
    QColor colour;
};

/** One ConvergencePlot: title, optimum line (NaN: none) and curves. */
struct ConvergencePanel
{
    QString title;
    QString accuracyLabel; ///< see ConvergencePlot::setAccuracyLabel
    double optimum = std::numeric_limits<double>::quiet_NaN();
    QString optimumLabel; ///< empty: the default label
    QList<ConvergenceCurve> curves;
};

/**
 * Draws each panel as a ConvergencePlot side by side, at most `columns` per
 * row, each rescaled to its data and then all to one common y range, into
 * one width × height image; the suffix of `path` chooses PNG, JPEG, BMP, PDF
 * or SVG (see savePlots()). Only the first panel shows a legend when every
 * panel has the same curve names. Needs a QApplication (the offscreen
 * platform will do). Returns false and sets `error` when the file cannot be
 * written.
 */
bool saveConvergenceFigure(const QList<ConvergencePanel> &panels, int columns, const QString &path,
                           int width, int height, QString *error = nullptr);

} // namespace dnas::widgets
