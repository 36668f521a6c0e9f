#include "main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    window.show();
    window.loadBenchmark(*id);
    return QApplication::exec();
}
