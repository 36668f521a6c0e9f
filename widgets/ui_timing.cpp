#include "ui_timing.h"

#include "cell_graph_view.h"
#include "factor_grid.h"
#include "factor_plot.h"
#include "latent_explorer.h"

#include "analysis/statistics.h"
#include "util/rng.h"

#include <QElapsedTimer>
#include <QSlider>

#include <algorithm>
#include <functional>
#include <vector>

namespace dnas::widgets {

namespace {
/** Milliseconds of `f`, `repeats` times, median. */
double timeMs(int repeats, const std::function<void(int)> &f)
{
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(ms);
}
} // namespace

UiTiming measureUiTiming(const Benchmark &bench, std::shared_ptr<const Controller> controller,
                         int repeats)
{
    const int n = bench.size();
    constexpr int kLatent = 16;

    FactorData data;
    data.latents.resize(std::size_t(n));
    Rng rng(7);
    for (int row = 0; row < n; ++row) {
        Latent &z = data.latents[std::size_t(row)];
        z.resize(kLatent);
        for (float &v : z)
            v = float(rng.normal());
        const CellMetrics m = bench.metrics(row);
        data.accuracy.push_back(m.reportedAccuracy);
        data.flops.push_back(m.flops);
    }

    FactorPlot plot;
    plot.resize(900, 600);
    plot.show();
    QElapsedTimer setTimer;
    setTimer.start();
    plot.setData(data);
    plot.showDimension(3);
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const double firstMs = double(setTimer.nsecsElapsed()) / 1e6;
    const double replotMs = timeMs(repeats,
                                   [&](int) { plot.replot(QCustomPlot::rpImmediateRefresh); });
    const QCPRange x = plot.xAxis->range();
    const double panMs = timeMs(repeats, [&](int i) {
        const double shift = (i % 2 ? -1 : 1) * 0.02 * x.size();
        plot.xAxis->setRange(plot.xAxis->range().lower + shift, plot.xAxis->range().upper + shift);
        plot.replot(QCustomPlot::rpImmediateRefresh);
    });

    FactorGrid grid;
    grid.resize(1000, 800);
    grid.show();
    grid.setData(data);
    grid.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double gridMs = timeMs(
        repeats, [&](int) { grid.plot()->replot(QCustomPlot::rpImmediateRefresh); });

    // A slider move: decode on the controller, redraw the graph, paint it.
    LatentExplorer explorer;
    explorer.resize(420, 760);
    explorer.show();
    explorer.setController(controller);
    std::vector<Cell> sample;
    for (int i = 0; i < 500; ++i)
        sample.push_back(bench.randomCell(rng));
    explorer.setLatentRanges(controller->encode(sample));
    explorer.setCell(sample.front());
    int changed = 0;
    const double sliderMs = timeMs(repeats, [&](int i) {
        QSlider *s = explorer.slider(i % kLatent);
        const auto before = explorer.graphView()->cell();
        s->setValue(s->value() == s->maximum() ? s->minimum() : s->maximum());
        explorer.graphView()->repaint();
        changed += explorer.graphView()->cell() != before;
    });

    UiTiming t;
    t.points = n;
    t.firstDrawMs = firstMs;
    t.replotMs = replotMs;
    t.panReplotMs = panMs;
    t.gridReplotMs = gridMs;
    t.sliderRedrawMs = sliderMs;
    t.sliderMovesChangingCell = changed;
    return t;
}

} // namespace dnas::widgets
