#include "convergence_figure.h"

#include "convergence_plot.h"
#include "plot_export.h"

#include <memory>
#include <vector>

namespace dnas::widgets {

bool saveConvergenceFigure(const QList<ConvergencePanel> &panels, int columns, const QString &path,
                           int width, int height, QString *error)
{
    const auto names = [](const ConvergencePanel &panel) {
        QStringList list;
        for (const ConvergenceCurve &c : panel.curves)
            list << c.name;
        return list;
    };
    bool sameCurves = true;
    for (const ConvergencePanel &panel : panels)
        sameCurves = sameCurves && names(panel) == names(panels.first());

    std::vector<std::unique_ptr<ConvergencePlot>> plots;
    QList<QCustomPlot *> raw;
    for (const ConvergencePanel &panel : panels) {
        auto plot = std::make_unique<ConvergencePlot>();
        plot->setTitle(panel.title);
        plot->setAccuracyLabel(panel.accuracyLabel);
        plot->setOptimum(panel.optimum, panel.optimumLabel);
        for (const ConvergenceCurve &c : panel.curves)
            plot->addCurve(c.name, c.queries, c.mean, c.lo, c.hi, c.colour);
        plot->rescaleToData();
        plot->legend->setVisible(plot->curveCount() > 0 && (!sameCurves || plots.empty()));
        raw << plot.get();
        plots.push_back(std::move(plot));
    }
    // One y range for all, so that panels compare at a glance.
    if (!plots.empty()) {
        QCPRange y = plots.front()->yAxis->range();
        for (const auto &plot : plots) {
            y.lower = std::min(y.lower, plot->yAxis->range().lower);
            y.upper = std::max(y.upper, plot->yAxis->range().upper);
        }
        for (const auto &plot : plots)
            plot->yAxis->setRange(y);
    }
    return savePlots(raw, std::max(1, std::min(columns, int(panels.size()))), path, width, height,
                     error);
}

} // namespace dnas::widgets
