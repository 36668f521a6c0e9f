// dnas ui-timing: how fast the desktop app's views draw, measured on the
// real widgets (offscreen): the large factor plot and the factor grid with
// every cell of a table as a point, and a latent slider move until the
// explorer's cell graph is redrawn. Medians of --repeats runs.
#include "cli_common.h"

#include "controller/pretraining.h"

#include "ui_timing.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnas::cli {

int runUiTiming(const QStringList &args)
{
    QCommandLineParser p;
    addBenchOptions(p);
    p.addOption({QStringLiteral("repeats"), QStringLiteral("Timed runs per measure (default 20)."),
                 QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    int status = ExitOk;
    if (!parseCommand(p, args,
                      QStringLiteral("Time the app's factor plots with every cell of the table "
                                     "as a point (replot, pan, grid) and a latent slider move to "
                                     "a redrawn cell graph, on the real widgets offscreen. The "
                                     "points' z are N(0, 1) draws (encoding 423,624 cells would "
                                     "take minutes; drawing cost does not depend on the values); "
                                     "accuracy and FLOPS are the table's."),
                      &status))
        return status;
    const int repeats = intOption(p, QStringLiteral("repeats"), 3, 10000);
    const auto bench = loadFromOptions(p);
    const auto controller = std::shared_ptr<const Controller>(
        Controller::load(bundledControllerPath(spaceOf(bench->id()))));
    const widgets::UiTiming t = widgets::measureUiTiming(*bench, controller, repeats);
    const int n = t.points;
    constexpr int kLatent = 16;
    const double firstMs = t.firstDrawMs, replotMs = t.replotMs, panMs = t.panReplotMs,
                 gridMs = t.gridReplotMs, sliderMs = t.sliderRedrawMs;
    const int changed = t.sliderMovesChangingCell;

    QJsonObject o;
    o.insert(QStringLiteral("bench"), benchmarkKey(bench->id()));
    o.insert(QStringLiteral("points"), n);
    o.insert(QStringLiteral("repeats"), repeats);
    o.insert(QStringLiteral("first_draw_ms"), firstMs);
    o.insert(QStringLiteral("replot_ms"), replotMs);
    o.insert(QStringLiteral("pan_replot_ms"), panMs);
    o.insert(QStringLiteral("grid_replot_ms"), gridMs);
    o.insert(QStringLiteral("slider_redraw_ms"), sliderMs);
    o.insert(QStringLiteral("slider_moves_changing_cell"), changed);
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        return ExitOk;
    }
    out(QStringLiteral("%1 points of %2, medians of %3 runs:\n")
            .arg(n)
            .arg(benchmarkKey(bench->id()))
            .arg(repeats));
    out(QStringLiteral("  large factor plot: first draw %1 ms, replot %2 ms, pan + replot %3 ms\n")
            .arg(firstMs, 0, 'f', 1)
            .arg(replotMs, 0, 'f', 1)
            .arg(panMs, 0, 'f', 1));
    out(QStringLiteral("  factor grid (%1 plots): replot %2 ms\n")
            .arg(kLatent)
            .arg(gridMs, 0, 'f', 1));
    out(QStringLiteral(
            "  slider move to redrawn cell graph: %1 ms (%2 of %3 moves changed the cell)\n")
            .arg(sliderMs, 0, 'f', 2)
            .arg(changed)
            .arg(repeats));
    return ExitOk;
}

} // namespace dnas::cli
