// dnas factors: what each latent dimension of a controller controls (factor
// analysis, core/analysis), as a table, one JSON object or an HTML report
// with the factor plots and traversal strips.
#include "cli_common.h"

#include "analysis/factor_analysis.h"
#include "controller/pretraining.h"
#include "util/rng.h"

#include "factor_report.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace dnas::cli {

namespace {
/** The dimension (of `wanted` concepts) with the highest purity, −1: none. */
int purestOf(const FactorReport &r, const std::function<bool(const QString &)> &wanted)
{
    int best = -1;
    for (const DimensionFactor &d : r.dims) {
        if (d.isActive() && wanted(d.concept)
            && (best < 0 || d.purity > r.dims[std::size_t(best)].purity))
            best = d.dim;
    }
    return best;
}

/** A traversal of `dim` around the first start cell whose decodes change:
 *  the unmoved code and the analysis's offsets (in standard deviations of μ
 *  over the start cells when relative). */
std::optional<widgets::ReportTraversal> traversalOf(const Controller &c, int dim,
                                                    const std::vector<Cell> &starts,
                                                    const FactorOptions &options,
                                                    const QString &caption)
{
    const std::vector<Latent> codes = c.encode(starts);
    for (const Latent &z : codes) {
        const std::optional<Cell> reference = c.decode(z);
        if (!reference)
            continue;
        const std::vector<double> values = options.traversalValues(z, codes, dim);
        const auto cells = c.traverse(z, dim, values);
        const bool changes = std::any_of(cells.begin(), cells.end(), [&](const auto &x) {
            return !cellChanges(*reference, x).empty();
        });
        if (changes)
            return widgets::ReportTraversal {dim, caption, values, cells, reference};
    }
    return std::nullopt;
}
} // namespace

int runFactors(const QStringList &args)
{
    QCommandLineParser p;
    addBenchOptions(p);
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the cells drawn (default 0)."),
                 QStringLiteral("S"), QStringLiteral("0")});
    p.addOption({QStringLiteral("labels"),
                 QStringLiteral("Fine-tune the controller on N random labelled cells first (as a "
                                "search's first iteration does); ρ is computed over them."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("beta"),
                 QStringLiteral("KL weight of the controller: not given, the shipped default "
                                "(β = 0.05, disentangling); 0, the shipped β = 0 controller (the "
                                "entangled control); another value pretrains one first (about "
                                "12 minutes on NB-101, 4 on NB-201)."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("controller"),
                 QStringLiteral("Analyse this controller file instead."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("cells"),
                 QStringLiteral("Start cells of the traversals (default 200, held-out split)."),
                 QStringLiteral("N"), QStringLiteral("200")});
    p.addOption({QStringLiteral("span"),
                 QStringLiteral("Largest traversal offset X: offsets ±X/4, ±X/2, ±3X/4, ±X "
                                "(default 0.4; 2 standard deviations for a controller with the "
                                "independent decoder)."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("relative"),
                 QStringLiteral("Offsets in units of each dimension's standard deviation of μ "
                                "(compares controllers whose codes differ in scale).")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Write an HTML report with the plots."),
                 QStringLiteral("report.html")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default 1)."),
                 QStringLiteral("N"), QStringLiteral("1")});
    int status = ExitOk;
    if (!parseCommand(p, args,
                      QStringLiteral("Name what each latent dimension of a controller controls: "
                                     "traverse it around many encoded cells, classify every "
                                     "change of the decoded cell, and label the dimension with "
                                     "the concept that explains most changes alone (its "
                                     "purity)."),
                      &status))
        return status;
    const BenchmarkId id = benchFromOption(p);
    const std::uint64_t seed = seedOption(p);
    const int startCount = intOption(p, QStringLiteral("cells"), 1, 100000);
    const bool json = p.isSet(QStringLiteral("json"));
    setTorchThreads(intOption(p, QStringLiteral("threads"), 1, 64));
    const auto bench = loadFromOptions(p);
    const SpaceKind space = spaceOf(id);

    // --- the controller --------------------------------------------------------------
    std::unique_ptr<Controller> controller;
    QString which;
    if (p.isSet(QStringLiteral("controller"))) {
        which = p.value(QStringLiteral("controller"));
        controller = Controller::load(which);
        if (controller->config().space != space)
            throw BadInput(
                QStringLiteral("%1 is a controller of the other search space").arg(which));
    } else if (!p.isSet(QStringLiteral("beta"))) {
        which = bundledControllerPath(space);
        controller = Controller::load(which);
    } else {
        const double beta = doubleOption(p, QStringLiteral("beta"), 0, 1000);
        if (beta == 0) {
            which = bundledBeta0ControllerPath(space);
            controller = Controller::load(which);
        } else {
            ControllerConfig config = Controller::load(bundledControllerPath(space))->config();
            config.beta = beta;
            const TrainOptions options = pretrainingOptions();
            const bool bar = isatty(fileno(stderr));
            err(QStringLiteral("dnas factors: pretraining a controller with β = %1 (%2 steps)\n")
                    .arg(beta)
                    .arg(options.maxSteps));
            controller = pretrainController(
                *bench, config, options, kPretrainingCells, [&](const EpochLosses &e) {
                    // A bar on a terminal, a line
                    // every 10 epochs in a log.
                    const QString line = QStringLiteral("%1 / %2 steps, "
                                                        "reconstruction %3")
                                             .arg(e.steps)
                                             .arg(options.maxSteps)
                                             .arg(e.reconstruction, 0, 'f', 4);
                    if (bar)
                        err(QStringLiteral("\r  ") + line);
                    else if (e.epoch % 10 == 0)
                        err(QStringLiteral("  ") + line + QLatin1Char('\n'));
                });
            if (bar)
                err(QStringLiteral("\n"));
            which = QStringLiteral("pretrained now with β = %1").arg(beta);
        }
    }

    // --- cells: traversal starts and labelled cells ------------------------------------
    Rng rng(seed);
    std::vector<Cell> starts;
    for (int row : sampleRows(heldOutRows(*bench), startCount, rng))
        starts.push_back(bench->cell(row));
    std::vector<int> labelledRows;
    QStringList facts;
    facts << QStringLiteral("Benchmark: %1; controller: %2 (β = %3 in pretraining)")
                 .arg(benchmarkTitle(id), which)
                 .arg(controller->config().beta);
    if (p.isSet(QStringLiteral("labels"))) {
        const int labels = intOption(p, QStringLiteral("labels"), 2, 100000);
        labelledRows = sampleRows(pretrainingRows(*bench), labels, rng);
        // As a search's first iteration: fine-tune with z = μ (β = 0), then
        // refit the predictors on the fixed encoder.
        const ControllerConfig &c = controller->config();
        controller->setLossWeights(c.alpha, c.lambda, c.mu, 0);
        controller->setTrainingSeed(seed);
        const auto samples = samplesOfRows(*bench, labelledRows, true);
        TrainOptions options;
        options.epochs = 40;
        options.batchSize = 100;
        options.patience = 8;
        controller->train(samples, options);
        controller->fitPredictors(samples);
        facts << QStringLiteral("Fine-tuned on %1 labelled cells (seed %2)").arg(labels).arg(seed);
    } else {
        labelledRows = sampleRows(pretrainingRows(*bench), 1000, rng);
        facts << QStringLiteral("ρ over 1,000 random cells of the table (seed %1)").arg(seed);
    }
    std::vector<Cell> labelled;
    std::vector<double> accuracy, flops;
    for (int row : labelledRows) {
        const CellMetrics m = bench->metrics(row);
        labelled.push_back(bench->cell(row));
        accuracy.push_back(m.searchAccuracy);
        flops.push_back(m.flops);
    }

    // --- the analysis -------------------------------------------------------------------
    // The controller's own traversal unless --relative or --span say otherwise.
    FactorOptions options = FactorOptions::forController(controller->config());
    if (p.isSet(QStringLiteral("relative")))
        options.relativeOffsets = true;
    if (p.isSet(QStringLiteral("span"))) {
        const double span = doubleOption(p, QStringLiteral("span"), 1e-3, 100);
        options.offsets.clear();
        for (const double f : {-1.0, -0.75, -0.5, -0.25, 0.25, 0.5, 0.75, 1.0})
            options.offsets.push_back(f * span);
    }
    const double span = options.offsets.back();
    const bool bar = !json && isatty(fileno(stderr));
    const FactorReport report = analyseFactors(
        ControllerCodec(*controller), starts, labelled, accuracy, flops, options,
        [bar](int done, int total) {
            if (bar)
                err(QStringLiteral("\rtraversing dimension %1 / %2").arg(done).arg(total));
            return true;
        });
    if (bar)
        err(QStringLiteral("\n"));
    facts << QStringLiteral("Traversals: %1 start cells (held-out split), offsets ±%3 … ±%4 %2"
                            "on one dimension at a time")
                 .arg(report.startCells)
                 .arg(options.relativeOffsets ? QStringLiteral("standard deviations of μ ")
                                              : QString())
                 .arg(span / 4)
                 .arg(span);

    if (p.isSet(QStringLiteral("out"))) {
        const QString path = p.value(QStringLiteral("out"));
        widgets::FactorData points;
        points.latents = controller->encode(labelled);
        points.accuracy = accuracy;
        points.flops = flops;
        std::vector<widgets::ReportTraversal> traversals;
        const int opDim = purestOf(
            report, [](const QString &c) { return c.startsWith(QStringLiteral("op of")); });
        const int structureDim = purestOf(report, [](const QString &c) {
            return !c.startsWith(QStringLiteral("op of")) && c != QStringLiteral("invalid decode");
        });
        for (int dim : {opDim, structureDim}) {
            if (dim < 0)
                continue;
            const DimensionFactor &d = report.dims[std::size_t(dim)];
            const QString caption = QStringLiteral("z%1: %2 (purity %3 %)")
                                        .arg(dim)
                                        .arg(d.label)
                                        .arg(d.purity * 100, 0, 'f', 0);
            if (auto t = traversalOf(*controller, dim, starts, options, caption))
                traversals.push_back(*t);
        }
        QFile f(path);
        const QByteArray html = widgets::factorReportHtml(
            QStringLiteral("Latent factors of the %1 controller").arg(benchmarkTitle(id)), facts,
            report, points, traversals);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(html) != html.size())
            throw Error(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
        err(QStringLiteral("dnas factors: wrote %1\n").arg(QFileInfo(path).absoluteFilePath()));
    }

    if (json) {
        out(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact))
            + QLatin1Char('\n'));
        return ExitOk;
    }
    for (const QString &f : facts)
        out(f + QLatin1Char('\n'));
    out(QStringLiteral("\ndisentanglement score %1 (mean purity of %2 active dimensions; %3 "
                       "distinct concepts)\n\n")
            .arg(report.score, 0, 'f', 3)
            .arg(report.activeDimensions)
            .arg(report.distinctConcepts));
    out(QStringLiteral("mutual-information gap %1 (the encoder: how much one dimension alone "
                       "tells each factor of the %2 labelled cells)\n")
            .arg(report.mig, 0, 'f', 3)
            .arg(labelled.size()));
    for (const FactorInformation &f : report.factors) {
        if (f.bestDim >= 0)
            out(QStringLiteral("  %1  z%2  I/H %3  gap %4\n")
                    .arg(f.factor, -20)
                    .arg(f.bestDim, -2)
                    .arg(f.bestInformation, 0, 'f', 3)
                    .arg(f.gap, 0, 'f', 3));
    }
    out(QStringLiteral("\n"));
    out(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
            .arg(QStringLiteral("dim"), -4)
            .arg(QStringLiteral("purity"), 6)
            .arg(QStringLiteral("activity"), 8)
            .arg(QStringLiteral("rho_acc"), 7)
            .arg(QStringLiteral("rho_flops"), 9)
            .arg(QStringLiteral("label")));
    for (const DimensionFactor &d : report.byRelevance())
        out(QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                .arg(QStringLiteral("z%1").arg(d.dim), -4)
                .arg(d.isActive() ? QString::number(d.purity, 'f', 2) : QStringLiteral("–"), 6)
                .arg(d.activity, 8, 'f', 2)
                .arg(d.rhoAccuracy, 7, 'f', 3)
                .arg(d.rhoFlops, 9, 'f', 3)
                .arg(d.label));
    return ExitOk;
}

} // namespace dnas::cli
