#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include "run_panel.h"
#include "search/search_config.h"

#include <cstdio>

#ifndef DNAS_VERSION
#define DNAS_VERSION "0.0.0"
#endif

namespace {
// Qt's own strings (dialog buttons, …) and ours, for the system locale.
void installTranslators(QApplication &app)
{
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
    QCoreApplication::setOrganizationName(QStringLiteral("DNAS Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("dnas-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DNAS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.dnasstudio.DnasStudio"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.dnasstudio.DnasStudio.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "DNAS Studio: interpretable neural architecture search."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption bench(
        QStringLiteral("bench"),
        QCoreApplication::translate("main", "Benchmark to open: %1 (default nb101).")
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
    parser.process(app);

    const auto id = dnas::benchmarkFromKey(parser.value(bench));
    if (!id) {
        const QString message = QCoreApplication::translate("main",
                                                            "Unknown benchmark '%1'; "
                                                            "use one of: %2.")
                                    .arg(parser.value(bench),
                                         dnas::benchmarkKeys().join(QStringLiteral(", ")));
        std::fprintf(stderr, "dnas-studio: %s\n", qPrintable(message));
        return 2;
    }

    dnas::gui::MainWindow window;
    QTemporaryDir demoDir;
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
        const QString shot = parser.value(screenshot);
        QObject::connect(&window, &dnas::gui::MainWindow::searchEnded, &window, [&window, shot] {
            if (shot.isEmpty())
                return;
            // Let the last queued repaints land before grabbing.
            QTimer::singleShot(800, &window, [&window, shot] {
                const bool ok = window.grab().save(shot);
                std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "cannot write",
                             qPrintable(shot));
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    } else if (parser.isSet(screenshot)) {
        std::fprintf(stderr, "dnas-studio: --screenshot needs --demo\n");
        return 2;
    }
    window.show();
    window.loadBenchmark(*id);
    return QApplication::exec();
}
