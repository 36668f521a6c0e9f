#pragma once

#include "factor_data.h"

#include "search/regions.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace dnas::widgets {

class FactorGrid;
class FactorPlot;

/**
 * The latent factor plots of a run side by side: a FactorGrid of every
 * dimension (zᵢ against accuracy or FLOPS) and one large, editable
 * FactorPlot of the dimension clicked in the grid or of a pair (zᵢ against
 * zⱼ). Both show the same points, regions and highlighted category. A region
 * drawn, moved, resized or deleted on the large plot is announced by
 * userRegionsChanged() (every user region); setRegions() shows a new set
 * without announcing it. GUI thread only.
 */
class FactorsPane : public QWidget
{
    Q_OBJECT

public:
    explicit FactorsPane(QWidget *parent = nullptr);

    /** New points; `keepView` keeps the large plot's zoom (a running search). */
    void setData(const FactorData &data, bool keepView = false);
    /** What the points are, e.g. "2,000 random cells, pretrained controller". */
    void setCaption(const QString &caption);
    void setRegions(const RegionSet &regions);
    void setHighlightCategory(int category);
    /** Rings point `index` of the data in every plot (−1: none); setData()
     *  clears it. */
    void setMarkedPoint(int index);
    /** Plot titles per dimension: `labels` on the large plot, `gridLabels`
     *  (shorter; empty: the same) on the small ones. */
    void setDimensionLabels(const QStringList &labels, const QStringList &gridLabels = {});

    /** Shows `dim` large (and frames it in the grid). */
    void showDimension(int dim);
    /** Shows zᵢ against zⱼ large. */
    void showPair(int dimX, int dimY);

    FactorGrid *grid() const { return m_grid; }
    FactorPlot *plot() const { return m_plot; }

Q_SIGNALS:
    void userRegionsChanged(const dnas::RegionSet &userRegions);
    /** The dimension shown large changed (e.g. to follow with the traversal strip). */
    void dimensionSelected(int dim);

private:
    void showChosen();

    FactorGrid *m_grid = nullptr;
    FactorPlot *m_plot = nullptr;
    QLabel *m_caption = nullptr;
    QSpinBox *m_dimX = nullptr;
    QSpinBox *m_dimY = nullptr;
    QCheckBox *m_pair = nullptr;
};

} // namespace dnas::widgets
