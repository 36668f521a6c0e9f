#include "main_window.h"
#include "search_runner.h"
#include "util/app_id.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include "cells_table_model.h"
#include "run_panel.h"
#include "search/search_config.h"
#include "settings.h"

#include <cstdio>
#include <memory>

#ifndef DNAS_VERSION
#define DNAS_VERSION "0.0.0"
#endif

namespace {
// Qt's own strings (dialog buttons, …) and ours, for the language chosen in
// the settings (default: the system's).
void installTranslators(QApplication &app)
{
    const QString language =
        dnas::gui::Settings().value(dnas::gui::Settings::Key::Language).toString();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("dnas-studio"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // One id names the application, its settings, desktop file and icon.
    QCoreApplication::setApplicationName(dnas::applicationId());
    QGuiApplication::setApplicationDisplayName(dnas::applicationDisplayName());
    QCoreApplication::setApplicationVersion(QStringLiteral(DNAS_VERSION));
    QGuiApplication::setDesktopFileName(dnas::applicationId());
    QGuiApplication::setWindowIcon(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(dnas::applicationId())));
    // The demo neither reads nor changes the user's settings.
    QTemporaryDir demoDir;
    if (app.arguments().contains(QStringLiteral("--demo")))
        dnas::gui::Settings::useFile(demoDir.filePath(QStringLiteral("settings.ini")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "DNAS Studio: interpretable neural architecture search."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bench(
        QStringLiteral("bench"),
        QCoreApplication::translate("main",
                                    "Benchmark to open: %1 (default: the last one, "
                                    "at first nb101).")
            .arg(dnas::benchmarkKeys().join(QStringLiteral(", "))),
        QStringLiteral("KEY"), QStringLiteral("nb101"));
    parser.addOption(bench);
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Run a short DNAS search on the benchmark at once "
                                    "(stored in a temporary database)."));
    parser.addOption(demo);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "With --demo: when the search has ended and its best "
                                    "cell is selected, save the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    const QCommandLineOption midShot(
        QStringLiteral("mid-screenshot"),
        QCoreApplication::translate("main",
                                    "With --demo: save the window to FILE when the search "
                                    "has spent half its budget."),
        QStringLiteral("FILE"));
    parser.addOption(midShot);
    parser.process(app);

    // Without --bench: the benchmark of the last session.
    const QString benchKey = parser.isSet(bench)
        ? parser.value(bench)
        : dnas::gui::Settings().value(dnas::gui::Settings::Key::Benchmark).toString();
    const auto id = dnas::benchmarkFromKey(benchKey);
    if (!id) {
        const QString message = QCoreApplication::translate("main",
                                                            "Unknown benchmark '%1'; "
                                                            "use one of: %2.")
                                    .arg(benchKey,
                                         dnas::benchmarkKeys().join(QStringLiteral(", ")));
        std::fprintf(stderr, "dnas-studio: %s\n", qPrintable(message));
        return 2;
    }

    dnas::gui::MainWindow window;
    if (parser.isSet(demo)) {
        window.setDatabasePath(demoDir.filePath(QStringLiteral("demo.sqlite")));
        QObject::connect(&window, &dnas::gui::MainWindow::benchmarkReady, &window, [&window] {
            dnas::SearchConfig c = dnas::SearchConfig::defaults(window.benchmark()->id(),
                                                                dnas::SearchMethod::Dnas, 60);
            c.initial = 20;
            c.iterations = 4;
            c.pool = 2000;
            c.pseudoLabels = 300;
            window.runPanel()->setConfig(c);
            window.startSearch();
        });
        // As a user would after the first iteration: a promising interval
        // drawn around the best cell's z0, which the search then samples.
        QObject::connect(window.runner(), &dnas::gui::SearchRunner::iterationFinished, &window,
                         [&window](const dnas::IterationRecord &record) {
                             const int best = window.cellsModel()->bestRow();
                             if (record.iteration != 1 || best < 0
                                 || best >= int(record.latents.size()))
                                 return;
                             const double z0 = record.latents[std::size_t(best)][0];
                             dnas::RegionSet user;
                             user.intervals.push_back({0, z0 - 0.25, z0 + 0.25, 1.0, true});
                             window.setUserRegions(user);
                         });
        const QString mid = parser.value(midShot);
        if (!mid.isEmpty()) {
            auto taken = std::make_shared<bool>(false);
            QObject::connect(window.runner(), &dnas::gui::SearchRunner::iterationFinished, &window,
                             [&window, mid, taken](const dnas::IterationRecord &record) {
                                 if (*taken
                                     || record.queries < window.runPanel()->config().budget / 2)
                                     return;
                                 *taken = true;
                                 window.runner()->pause();
                                 QTimer::singleShot(800, &window, [&window, mid] {
                                     const bool ok = window.grab().save(mid);
                                     std::fprintf(ok ? stdout : stderr, "%s %s\n",
                                                  ok ? "wrote" : "cannot write", qPrintable(mid));
                                     window.runner()->unpause();
                                 });
                             });
        }
        const QString shot = parser.value(screenshot);
        // After the run, the window analyses the run's controller: the
        // screenshot waits for the names of its dimensions.
        auto ended = std::make_shared<bool>(false);
        QObject::connect(&window, &dnas::gui::MainWindow::searchEnded, &window,
                         [ended] { *ended = true; });
        QObject::connect(&window, &dnas::gui::MainWindow::factorsAnalysed, &window,
                         [&window, shot, ended] {
                             if (shot.isEmpty() || !*ended)
                                 return;
                             // Let the last queued repaints land before grabbing.
                             QTimer::singleShot(800, &window, [&window, shot] {
                                 const bool ok = window.grab().save(shot);
                                 std::fprintf(ok ? stdout : stderr, "%s %s\n",
                                              ok ? "wrote" : "cannot write", qPrintable(shot));
                                 QCoreApplication::exit(ok ? 0 : 1);
                             });
                         });
    } else if (parser.isSet(screenshot) || parser.isSet(midShot)) {
        std::fprintf(stderr, "dnas-studio: --screenshot needs --demo\n");
        return 2;
    }
    window.show();
    window.loadBenchmark(*id);
    return QApplication::exec();
}
