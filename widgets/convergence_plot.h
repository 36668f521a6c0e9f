#pragma once

#include <qcustomplot.h>

namespace dnas::widgets {

/**
 * Search progress: the best accuracy found so far against the number of
 * queries, for one run (a line) or the mean of several (a line with a band,
 * e.g. ±1 std or min–max), and the best accuracy of the table as a dashed,
 * labelled line.
 *
 * Accuracies are given as fractions in [0, 1] and shown in percent (the data
 * of the graphs is in percent, the y axis label says "(%)"). Queries are
 * counts (1 = after the first query). Every curve is a step line: a value
 * holds until the next query.
 *
 * Usage: clear(), setOptimum(), addCurve() or addSingleRun() per curve,
 * rescaleToData(); then replot() on screen or saveImage() to a file. Only
 * the curves' mean lines appear in the legend (inside the axis rect, bottom
 * right), which clear() hides and addCurve() shows again. A live view may
 * keep the graph addCurve() returns and append points to it with
 * QCPGraph::addData (values in percent), then call rescaleToData() again.
 *
 * Knows nothing about runs or stores; GUI thread only.
 */
class ConvergencePlot : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ConvergencePlot(QWidget *parent = nullptr);

    /** Removes every curve and the optimum line; keeps title and labels. */
    void clear();

    /** A bold title above the plot; empty: no title row. */
    void setTitle(const QString &title);
    QString title() const;
    /** The y axis label without the unit, e.g. "Best test accuracy so far";
     *  empty: the default ("Best accuracy so far"). "(%)" is appended. */
    void setAccuracyLabel(const QString &label);

    /**
     * A dashed horizontal line at `fraction` (e.g. Benchmark::bestReported()),
     * labelled at its right end with `label` (default: "Table optimum
     * 94.66 %"). A value that is not finite removes the line.
     */
    void setOptimum(double fraction, const QString &label = QString());
    /** The optimum as a fraction, NaN when none is shown. */
    double optimum() const { return m_optimum; }

    /**
     * Adds a curve: a line through (queries[i], mean[i]) named `name` in the
     * legend and, when lo and hi are given (same size as queries), a band of
     * `colour` at low opacity filled between them. lo and hi may be empty:
     * no band. Sizes that do not match are an error (returns nullptr, adds
     * nothing). Returns the graph of the mean line.
     */
    QCPGraph *addCurve(const QString &name, const QVector<double> &queries,
                       const QVector<double> &mean, const QVector<double> &lo,
                       const QVector<double> &hi, const QColor &colour);
    /** One run's best-so-far accuracies: addCurve without a band. */
    QCPGraph *addSingleRun(const QString &name, const QVector<double> &queries,
                           const QVector<double> &best, const QColor &colour);

    /** Number of curves added since the last clear(). */
    int curveCount() const { return int(m_curves.size()); }
    /** The mean line and band graphs (band null when the curve has none). */
    struct Curve
    {
        QCPGraph *mean = nullptr;
        QCPGraph *lo = nullptr;
        QCPGraph *hi = nullptr;
    };
    const QVector<Curve> &curves() const { return m_curves; }

    /**
     * Fits the axes to the data: x from 0 to the last query; y from the
     * lowest mean value to the highest of the means, bands and optimum, with
     * a margin of 4 % of the span (at least 0.1 points) on each side. Bands
     * that reach below the lowest mean are cut off there so the late, close
     * part of the curves keeps the height of the plot. Does not replot.
     */
    void rescaleToData();

    /**
     * Saves the plot as width × height pixels (≤ 0: the widget's size); the
     * file suffix chooses the format: .png, .jpg, .bmp, .pdf or .svg (see
     * savePlots()). Returns false when the format is unknown or the file
     * cannot be written.
     */
    bool saveImage(const QString &path, int width, int height);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateOptimumLabel();

    QCPTextElement *m_title = nullptr;
    QCPLayer *m_bandLayer = nullptr;
    QCPItemStraightLine *m_optimumLine = nullptr;
    QCPItemText *m_optimumText = nullptr;
    QVector<Curve> m_curves;
    double m_optimum;
    QString m_optimumLabel;
    QString m_accuracyLabel;
};

} // namespace dnas::widgets
