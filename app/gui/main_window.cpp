#include "main_window.h"

#include "benchmark_loader.h"
#include "settings.h"

#include "benchmark_summary_view.h"
#include "provenance_text.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

namespace dnas::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("DNAS Studio"));
    m_view = new widgets::BenchmarkSummaryView(this);
    setCentralWidget(m_view);

    m_loader = new BenchmarkLoader(this);
    connect(m_loader, &BenchmarkLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &BenchmarkLoader::failed, this, &MainWindow::onFailed);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    statusBar()->addPermanentWidget(m_busy);

    createToolBar();
    createMenus();

    const Settings settings;
    if (!restoreGeometry(settings.bytes(Settings::Key::MainWindowGeometry)))
        resize(QSize(1280, 800).boundedTo(screen()->availableSize() * 0.9));
    restoreState(settings.bytes(Settings::Key::MainWindowState));
}

MainWindow::~MainWindow() = default;

void MainWindow::loadBenchmark(BenchmarkId id)
{
    selectInChooser(id);
    const QString loading = tr("Loading %1 …").arg(benchmarkTitle(id));
    m_status->setText(loading);
    if (!m_view->benchmark())
        m_view->clear(loading);
    setBusy(true);
    m_loader->load(id);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings settings;
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_toolBar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About DNAS Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Benchmark"));
    m_toolBar->setObjectName(QStringLiteral("benchmarkToolBar"));
    m_toolBar->setMovable(false);
    auto *label = new QLabel(tr("&Benchmark:"), m_toolBar);
    m_chooser = new QComboBox(m_toolBar);
    m_chooser->setObjectName(QStringLiteral("benchmarkChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QString &key : benchmarkKeys())
        m_chooser->addItem(benchmarkTitle(*benchmarkFromKey(key)), key);
    label->setBuddy(m_chooser);
    label->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(label);
    m_toolBar->addWidget(m_chooser);
    connect(m_chooser, &QComboBox::activated, this, &MainWindow::onBenchmarkChosen);
}

void MainWindow::onLoaded(const LoadedBenchmark &result)
{
    setBusy(false);
    m_view->setBenchmark(result.benchmark, result.summary, result.distribution);
    setWindowTitle(tr("DNAS Studio — %1").arg(benchmarkTitle(result.id)));
    const QLocale locale;
    m_status->setText(tr("%1: %2 cells loaded in %3 ms")
                          .arg(benchmarkTitle(result.id), locale.toString(result.summary.rows),
                               locale.toString(result.elapsedMs)));
}

void MainWindow::onFailed(BenchmarkId id, const QString &message)
{
    setBusy(false);
    const QString text = tr("Could not load %1: %2").arg(benchmarkTitle(id), message);
    m_status->setText(text);
    // Keep showing the table that was there; the chooser follows it.
    if (const auto shown = m_view->benchmark())
        selectInChooser(shown->id());
    else
        m_view->clear(text);
    QMessageBox::warning(this, tr("Cannot load benchmark"), text);
}

void MainWindow::onBenchmarkChosen(int index)
{
    const auto id = benchmarkFromKey(m_chooser->itemData(index).toString());
    if (id)
        loadBenchmark(*id);
}

void MainWindow::selectInChooser(BenchmarkId id)
{
    const int index = m_chooser->findData(benchmarkKey(id));
    if (index >= 0)
        m_chooser->setCurrentIndex(index); // activated() is only emitted for the user
}

void MainWindow::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_view->setEnabled(!busy);
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>DNAS Studio %1</h3>"
                      "<p>Interpretable neural architecture search: search, explore and "
                      "explain cells of NAS-Bench-101 and NAS-Bench-201.</p>"
                      "<p>Built with Qt %2 and QCustomPlot.</p>")
                       .arg(QCoreApplication::applicationVersion(),
                            QString::fromLatin1(qVersion()));
    if (const auto bench = m_view->benchmark()) {
        text += tr("<h4>About the table of %1</h4>")
                    .arg(benchmarkTitle(bench->id()).toHtmlEscaped());
        text += widgets::ProvenanceText::html(bench->provenance());
    }
    QMessageBox::about(this, tr("About DNAS Studio"), text);
}

} // namespace dnas::gui
