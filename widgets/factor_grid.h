#pragma once

#include "factor_plot.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;

namespace dnas::widgets {

/**
 * Small multiples of the latent factors: one small plot per latent
 * dimension, zᵢ against accuracy or FLOPS (setMetric(), or the combo box
 * above the plots), with the regions' intervals as bands (automatic ones
 * light grey, user ones in userRegionColor()). Clicking a plot emits
 * dimensionActivated() to show it large in a FactorPlot.
 *
 * All plots are axis rects of one QCustomPlot (far cheaper to lay out and
 * draw than one widget each). Each draws its points as AccuracyPoints: up
 * to densityThreshold() points as discs, above it as a raster of mean
 * accuracy per cell re-binned only when the plot's size changes, so every
 * point counts and a replot costs one small image per plot. The view of a
 * small plot is fixed (no zoom or pan). GUI thread only.
 */
class FactorGrid : public QWidget
{
    Q_OBJECT

public:
    using Metric = FactorMetric;

    explicit FactorGrid(QWidget *parent = nullptr);
    ~FactorGrid() override;

    /** Replaces the points and builds one plot per latent dimension. */
    void setData(const FactorData &data);
    int dimensionCount() const { return m_data.latentSize; }
    int pointCount() const { return m_data.count; }

    void setMetric(FactorMetric metric);
    FactorMetric metric() const { return m_metric; }

    /** Titles of the plots (missing or empty: "z3"). */
    void setDimensionLabels(const QStringList &labels);
    /** The intervals of every dimension as bands (boxes are not shown). */
    void setRegions(const RegionSet &regions);
    /** Points of this FactorData::sources category on top (-1: none). */
    void setHighlightCategory(int category);
    /** Rings point `index` in every plot (−1: none), e.g. the selected cell. */
    void setMarkedPoint(int index);
    /** Frames the plot of `dim` (e.g. the one shown large; -1: none). */
    void setCurrentDimension(int dim);
    int currentDimension() const { return m_current; }
    /** Plots per row; 0 (default): about square. */
    void setColumnCount(int columns);
    /** See AccuracyPoints (default 4,000 points per plot). */
    void setDensityThreshold(int points);

    QCustomPlot *plot() const { return m_plot; }
    /** The axis rect of `dim`'s plot (null outside the dimensions). */
    QCPAxisRect *axisRect(int dim) const;
    /** Saves the whole grid as width × height pixels (≤ 0: the plot's
     *  size); formats as savePlots(). */
    bool saveImage(const QString &path, int width = 0, int height = 0);

Q_SIGNALS:
    void dimensionActivated(int dim);
    void metricChanged(dnas::widgets::FactorMetric metric);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Cell
    {
        QCPLayoutGrid *layout = nullptr;
        QCPTextElement *title = nullptr;
        QCPAxisRect *rect = nullptr;
        std::unique_ptr<AccuracyPoints> points;
    };

    void rebuildLayout();
    void rebuildPoints();
    void rebuildRegions();
    void fitRanges();
    void retranslate();
    int cellAt(const QPointF &pos) const;
    QString dimensionName(int dim) const;

    QCustomPlot *m_plot = nullptr;
    QComboBox *m_metricBox = nullptr;
    QLabel *m_info = nullptr;
    FactorColumns m_data;
    std::vector<Cell> m_cells;
    QList<QCPAbstractItem *> m_regionItems;
    QCPItemRect *m_frame = nullptr;
    QSharedPointer<QCPAxisTicker> m_zTicker;
    QSharedPointer<QCPAxisTicker> m_accuracyTicker;
    QSharedPointer<QCPAxisTickerLog> m_flopsTicker;
    FactorMetric m_metric = FactorMetric::Accuracy;
    RegionSet m_regions;
    QStringList m_labels;
    int m_highlightCategory = -1;
    int m_marked = -1;
    int m_current = -1;
    int m_columns = 0;
    int m_threshold = 4000;
    int m_pressedCell = -1;
};

} // namespace dnas::widgets
