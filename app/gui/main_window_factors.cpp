// MainWindow: factor analysis of the controller the explorer uses, run off
// the GUI thread on a deep copy of it, and the labels it yields on the
// sliders, the factor plots and the traversal strip.
#include "main_window.h"

#include "search_runner.h"

#include "cells_table_model.h"
#include "factor_report.h"
#include "factors_pane.h"
#include "factors_panel.h"
#include "latent_explorer.h"
#include "traversal_strip.h"

#include "util/error.h"

#include <QLabel>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

namespace dnas::gui {

namespace {
constexpr int kAnalysisStartCells = 100;

struct AnalysisInput
{
    std::shared_ptr<const Controller> controller; // a copy only this job uses
    std::vector<Cell> starts;
    std::vector<Cell> labelled;
    std::vector<double> accuracy;
    std::vector<double> flops;
};

FactorReport analyseOffThread(const AnalysisInput &in)
{
    return analyseFactors(ControllerCodec(*in.controller), in.starts, in.labelled, in.accuracy,
                          in.flops, FactorOptions::forController(in.controller->config()));
}
} // namespace

void MainWindow::analyseFactors()
{
    const auto controller = m_explorer->controller();
    if (!controller || !m_benchmark || m_factorWatcher.isRunning())
        return;
    AnalysisInput in;
    // The explorer keeps decoding on its snapshot meanwhile: the job gets
    // its own copy.
    in.controller = std::shared_ptr<const Controller>(controller->snapshot());
    for (int i = 0; i < std::min<int>(kAnalysisStartCells, int(m_sampleCells.size())); ++i)
        in.starts.push_back(m_sampleCells[std::size_t(i)]);
    QString about;
    if (m_cells->rowCount() >= 2) {
        for (const QueryRecord &q : m_cells->records()) {
            in.labelled.push_back(q.cell);
            in.accuracy.push_back(q.metrics.searchAccuracy);
            in.flops.push_back(q.metrics.flops);
        }
        m_factorsAbout = tr("Run controller, ρ over its %1 queried cells").arg(m_cells->rowCount());
    } else {
        for (std::size_t i = 0; i < m_sampleCells.size(); ++i) {
            in.labelled.push_back(m_sampleCells[i]);
            in.accuracy.push_back(m_sample.accuracy[i]);
            in.flops.push_back(m_sample.flops[i]);
        }
        m_factorsAbout = tr("Pretrained controller, ρ over %1 random cells")
                             .arg(m_sampleCells.size());
    }
    m_factorsPanel->setBusy(true,
                            tr("Analysing %1 latent dimensions …").arg(controller->latentSize()));
    m_factorWatcher.setFuture(QtConcurrent::run(analyseOffThread, in));
}

void MainWindow::onFactorsAnalysed()
{
    FactorReport report;
    try {
        report = m_factorWatcher.result();
    } catch (const std::exception &e) {
        m_factorsPanel->setBusy(false, tr("Factor analysis failed: %1").arg(errorMessage(e)));
        Q_EMIT factorsAnalysed();
        return;
    }
    m_factorsPanel->setReport(report, m_factorsAbout);
    const QStringList labels = widgets::dimensionLabels(report);
    m_factorLabels = labels;
    m_factors->setDimensionLabels(labels, widgets::dimensionLabels(report, true));
    m_explorer->setDimensionLabels(widgets::conceptLabels(report));
    updateTraversal();
    Q_EMIT factorsAnalysed();
}

} // namespace dnas::gui
