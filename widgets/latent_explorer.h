#pragma once

#include "bench/benchmark.h"
#include "controller/controller.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QSlider;
class QGridLayout;

namespace dnas::widgets {

class CellGraphView;

/**
 * The latent explorer: the selected cell's code z, one slider per latent
 * dimension, the decoded cell drawn live with what changed against the
 * starting cell, its predicted accuracy and FLOPS and, when it was queried,
 * its measured accuracy.
 *
 * Decodes on a controller snapshot it is given (shared, used from the GUI
 * thread only; never the model a worker trains): one decode takes about
 * 3 ms on NB-101, so a slider move redraws synchronously.
 */
class LatentExplorer : public QWidget
{
    Q_OBJECT

public:
    /** Measured metrics of a cell when known (e.g. queried in the run). */
    using MetricsLookup = std::function<std::optional<CellMetrics>(const Cell &)>;

    explicit LatentExplorer(QWidget *parent = nullptr);
    ~LatentExplorer() override;

    /** The controller to decode with; encodes the current cell again. */
    void setController(std::shared_ptr<const Controller> controller);
    std::shared_ptr<const Controller> controller() const { return m_controller; }
    /** Slider ranges from encoded cells: per dimension mean ± max(3σ, 1). */
    void setLatentRanges(const std::vector<Latent> &encoded);
    void setDimensionLabels(const QStringList &labels);
    void setMetricsLookup(MetricsLookup lookup);

    /** Starts exploring from a cell (its μ sets the sliders). */
    void setCell(const Cell &cell);
    /** Starts from a latent point (e.g. a traversal-strip click). */
    void setLatent(const Latent &z);
    /** Back to the starting cell's code. */
    void reset();

    const Latent &latent() const { return m_z; }
    const std::optional<Cell> &decodedCell() const { return m_decoded; }
    QSlider *slider(int dim) const;
    CellGraphView *graphView() const { return m_graph; }

Q_SIGNALS:
    /** "Query this cell": decodedCell() is the cell for the running search.
     *  (Cells stay out of signal signatures: std::variant defeats Qt 6.4's
     *  meta-type comparison detection.) */
    void queryRequested();
    /** A slider or reset changed the decoded cell (decodedCell(), nullopt
     *  when the decode is invalid). */
    void decodedCellChanged();

private:
    void rebuildSliders();
    void onSlider(int dim, int position);
    void decodeAndShow();
    void syncSliders();
    double valueAt(int dim, int position) const;
    int positionOf(int dim, double value) const;

    std::shared_ptr<const Controller> m_controller;
    MetricsLookup m_lookup;
    std::optional<Cell> m_start;
    Latent m_startZ;
    Latent m_z;
    std::optional<Cell> m_decoded;
    std::vector<std::pair<double, double>> m_ranges;
    QStringList m_labels;
    std::vector<QSlider *> m_sliders;
    std::vector<QLabel *> m_values;
    std::vector<QLabel *> m_names;
    QGridLayout *m_grid = nullptr;
    CellGraphView *m_graph = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_metrics = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_query = nullptr;
    bool m_syncing = false;
};

} // namespace dnas::widgets
