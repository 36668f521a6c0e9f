#include "factors_pane.h"

#include "factor_grid.h"
#include "factor_plot.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace dnas::widgets {

FactorsPane::FactorsPane(QWidget *parent)
    : QWidget(parent)
{
    m_grid = new FactorGrid(this);
    m_grid->setObjectName(QStringLiteral("factorGrid"));
    m_plot = new FactorPlot(this);
    m_plot->setObjectName(QStringLiteral("factorPlot"));
    m_plot->setEditable(true);
    m_plot->setToolTip(tr("Drag to draw a promising region; drag its inside to move it, its "
                          "edges to resize it; right-click removes it. Wheel zooms."));

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_dimX = new QSpinBox(this);
    m_dimX->setObjectName(QStringLiteral("factorDimX"));
    m_dimX->setPrefix(QStringLiteral("z"));
    m_dimX->setToolTip(tr("The latent dimension shown large (or click its plot in the grid)."));
    m_pair = new QCheckBox(tr("against"), this);
    m_pair->setObjectName(QStringLiteral("factorPair"));
    m_pair->setToolTip(tr("Show zᵢ against zⱼ coloured by accuracy; drag there to draw a box."));
    m_dimY = new QSpinBox(this);
    m_dimY->setObjectName(QStringLiteral("factorDimY"));
    m_dimY->setPrefix(QStringLiteral("z"));
    m_dimY->setValue(1);
    m_dimY->setEnabled(false);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Large plot:"), this));
    controls->addWidget(m_dimX);
    controls->addWidget(m_pair);
    controls->addWidget(m_dimY);
    controls->addStretch(1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(m_plot, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_grid);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);

    connect(m_grid, &FactorGrid::dimensionActivated, this, &FactorsPane::showDimension);
    connect(m_grid, &FactorGrid::metricChanged, this, [this] {
        if (!m_pair->isChecked())
            showChosen();
    });
    connect(m_dimX, &QSpinBox::valueChanged, this, &FactorsPane::showChosen);
    connect(m_dimY, &QSpinBox::valueChanged, this, &FactorsPane::showChosen);
    connect(m_pair, &QCheckBox::toggled, this, [this](bool pair) {
        m_dimY->setEnabled(pair);
        showChosen();
    });
    connect(m_plot, &FactorPlot::userRegionsChanged, this, [this](const RegionSet &user) {
        // The grid shows the new bands at once; the owner gets the set.
        RegionSet all = m_plot->regions();
        m_grid->setRegions(all);
        Q_EMIT userRegionsChanged(user);
    });
}

void FactorsPane::setData(const FactorData &data, bool keepView)
{
    const int dims = std::max(1, data.latentSize());
    for (QSpinBox *spin : {m_dimX, m_dimY}) {
        const QSignalBlocker block(spin);
        spin->setRange(0, dims - 1);
    }
    m_grid->setMarkedPoint(-1);
    m_plot->setMarkedPoint(-1);
    m_grid->setData(data);
    m_plot->setData(data, keepView);
    if (!keepView)
        showChosen();
}

void FactorsPane::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void FactorsPane::setRegions(const RegionSet &regions)
{
    m_grid->setRegions(regions);
    m_plot->setRegions(regions);
}

void FactorsPane::setHighlightCategory(int category)
{
    m_grid->setHighlightCategory(category);
    m_plot->setHighlightCategory(category);
}

void FactorsPane::setMarkedPoint(int index)
{
    m_grid->setMarkedPoint(index);
    m_plot->setMarkedPoint(index);
}

void FactorsPane::setDimensionLabels(const QStringList &labels, const QStringList &gridLabels)
{
    m_grid->setDimensionLabels(gridLabels.isEmpty() ? labels : gridLabels);
    m_plot->setDimensionLabels(labels);
}

void FactorsPane::showDimension(int dim)
{
    {
        const QSignalBlocker blockX(m_dimX), blockPair(m_pair);
        m_dimX->setValue(dim);
        m_pair->setChecked(false);
        m_dimY->setEnabled(false);
    }
    showChosen();
}

void FactorsPane::showPair(int dimX, int dimY)
{
    {
        const QSignalBlocker blockX(m_dimX), blockY(m_dimY), blockPair(m_pair);
        m_dimX->setValue(dimX);
        m_dimY->setValue(dimY);
        m_pair->setChecked(true);
        m_dimY->setEnabled(true);
    }
    showChosen();
}

void FactorsPane::showChosen()
{
    const int dim = m_dimX->value();
    if (m_pair->isChecked())
        m_plot->showPair(dim, m_dimY->value());
    else
        m_plot->showDimension(dim, m_grid->metric());
    m_grid->setCurrentDimension(dim);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT dimensionSelected(dim);
}

} // namespace dnas::widgets
