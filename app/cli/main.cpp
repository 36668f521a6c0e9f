// dnas: the command-line face of DNAS Studio. Thin dispatch only; each
// command lives in its own file and all the work in core.
#include "cli_common.h"

#include "util/error.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <exception>
#include <memory>

namespace {
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
    bool drawsPlots = false; ///< needs a QApplication (offscreen platform) for QCustomPlot
};

const Command kCommands[] = {
    {"info", "rows, best and median accuracy, FLOPS range of a benchmark", dnas::cli::runInfo},
    {"query", "metrics of one cell (NB-101 JSON or NB-201 string) as JSON", dnas::cli::runQuery},
    {"verify", "recompute hash, params and FLOPS of every NB-101 row", dnas::cli::runVerify},
    {"import-tfrecord", "convert the official nasbench_only108.tfrecord to a table file",
     dnas::cli::runImportTfrecord},
    {"pack-bench", "build the bundled table files from the source CSV tables",
     dnas::cli::runPackBench},
    {"load-time", "time loading a table and building its index (median of runs)",
     dnas::cli::runLoadTime},
    {"controller-pretrain", "pretrain a controller on random cells (no queries)",
     dnas::cli::runControllerPretrain},
    {"controller-eval", "fine-tune the shipped controller and score it on held-out cells",
     dnas::cli::runControllerEval},
    {"search", "run DNAS or a baseline (re, random, ls, semi) on a benchmark table",
     dnas::cli::runSearch},
    {"compare", "run methods x budgets x seeds as searches; write CSV, summary and curves",
     dnas::cli::runCompare, true},
    {"factors", "name what each latent dimension controls; score the disentanglement",
     dnas::cli::runFactors, true},
    {"ui-timing", "time the app's factor plots with every table cell and a slider redraw",
     dnas::cli::runUiTiming, true},
};

/** The command the arguments name draws plots: it gets a QApplication. */
bool drawsPlots(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    for (const Command &c : kCommands) {
        if (std::strcmp(argv[1], c.name) == 0)
            return c.drawsPlots;
    }
    return false;
}

QString usage()
{
    QString text = QStringLiteral("Usage: dnas COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(c.name), -16)
                    .arg(QLatin1String(c.summary));
    text += QStringLiteral("\n'dnas COMMAND --help' describes a command's options.\n");
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    // Every command but the plotting ones runs without a GUI platform; those
    // draw offscreen unless the caller chose a platform.
    std::unique_ptr<QCoreApplication> app;
    if (drawsPlots(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dnas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DNAS_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        dnas::cli::out(usage());
        return args.isEmpty() ? dnas::cli::ExitBadInput : dnas::cli::ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        dnas::cli::out(QStringLiteral("dnas %1\n").arg(QCoreApplication::applicationVersion()));
        return dnas::cli::ExitOk;
    }
    for (const Command &c : kCommands) {
        if (args.first() != QLatin1String(c.name))
            continue;
        try {
            return c.run(args);
        } catch (const dnas::cli::BadInput &e) {
            dnas::cli::err(QStringLiteral("dnas %1: error: %2\n").arg(args.first(), e.message()));
            return dnas::cli::ExitBadInput;
        } catch (const dnas::Error &e) {
            dnas::cli::err(QStringLiteral("dnas %1: error: %2\n").arg(args.first(), e.message()));
            return dnas::cli::ExitFailure;
        } catch (const std::exception &e) {
            dnas::cli::err(QStringLiteral("dnas %1: internal error: %2\n")
                               .arg(args.first(), QString::fromLocal8Bit(e.what())));
            return dnas::cli::ExitFailure;
        }
    }
    dnas::cli::err(QStringLiteral("dnas: unknown command \"%1\"\n\n").arg(args.first()) + usage());
    return dnas::cli::ExitBadInput;
}
