#include "main_window.h"

#include "benchmark_loader.h"
#include "search_runner.h"
#include "settings.h"

#include "benchmark_summary_view.h"
#include "cells_table_model.h"
#include "convergence_plot.h"
#include "factor_grid.h"
#include "factor_plot.h"
#include "factors_pane.h"
#include "factors_panel.h"
#include "latent_explorer.h"
#include "plot_style.h"
#include "provenance_text.h"
#include "regions_panel.h"
#include "run_panel.h"
#include "runs_panel.h"
#include "search_text.h"
#include "traversal_strip.h"

#include "controller/pretraining.h"
#include "store/run_store.h"
#include "util/error.h"
#include "util/rng.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace dnas::gui {

namespace {

/** Tall forms scroll inside their dock instead of forcing the window taller. */
QScrollArea *scrollable(QWidget *widget, bool horizontal = false)
{
    auto *area = new QScrollArea;
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    if (!horizontal)
        area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_databasePath(RunStore::defaultPath())
{
    setWindowTitle(tr("DNAS Studio"));
    setDockNestingEnabled(true);
    m_view = new widgets::BenchmarkSummaryView(this);
    m_convergence = new widgets::ConvergencePlot(this);
    m_convergence->setObjectName(QStringLiteral("convergencePlot"));
    m_convergence->setTitle(tr("Best accuracy so far"));
    m_factors = new widgets::FactorsPane(this);
    m_factors->setObjectName(QStringLiteral("factorsPane"));
    m_factors->setHighlightCategory(int(CellSource::UserRegion));
    setCentralWidget(m_factors);

    m_loader = new BenchmarkLoader(this);
    connect(m_loader, &BenchmarkLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_loader, &BenchmarkLoader::failed, this, &MainWindow::onFailed);

    m_runner = new SearchRunner(this);
    connect(m_runner, &SearchRunner::queryMade, this, &MainWindow::onQuery);
    connect(m_runner, &SearchRunner::iterationFinished, this, &MainWindow::onIteration);
    connect(m_runner, &SearchRunner::runEnded, this, &MainWindow::onRunEnded);
    connect(m_runner, &SearchRunner::notice, this, [this](const QString &message) {
        m_runPanel->log(message, true);
        m_status->setText(message);
    });
    connect(m_runner, &SearchRunner::failed, this, [this](const QString &message) {
        m_runPanel->setRunning(false);
        m_runsPanel->setSearchRunning(false);
        reportError(tr("Cannot run the search"), message);
    });
    connect(m_runner, &SearchRunner::runStarted, this,
            [this](qint64 runId, const SearchConfig &config, bool resumed) {
                m_runPanel->log(tr("%1 run %2 of %3, budget %4, seed %5")
                                    .arg(resumed ? tr("Resumed") : tr("Started"))
                                    .arg(runId)
                                    .arg(searchMethodKey(config.method))
                                    .arg(config.budget)
                                    .arg(config.seed));
                m_runConfig = config;
                refreshRuns();
                m_runsPanel->selectRun(runId);
            });
    connect(m_runner, &SearchRunner::phaseChanged, this, [this](SearchPhase phase, int iteration) {
        m_runPanel->setProgress(m_cells->rowCount(), m_runConfig.budget, iteration,
                                widgets::searchPhaseTitle(phase));
    });
    connect(m_runner, &SearchRunner::pausedChanged, this, [this](bool paused) {
        m_runPanel->setPaused(paused);
        m_runPanel->log(paused ? tr("Paused") : tr("Resumed"));
    });

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    statusBar()->addPermanentWidget(m_busy);

    createToolBar();
    createDocks();
    createMenus();

    const Settings settings;
    if (!restoreGeometry(settings.bytes(Settings::Key::MainWindowGeometry)))
        resize(QSize(1400, 900).boundedTo(screen()->availableSize() * 0.95));
    // Without a stored layout, dock sizes follow the window's once it is
    // laid out (see onLoaded).
    m_defaultSizesPending = !restoreState(settings.bytes(Settings::Key::MainWindowState));
    const QJsonObject runSettings =
        QJsonDocument::fromJson(settings.bytes(Settings::Key::RunSettings)).object();
    if (!runSettings.isEmpty()) {
        try {
            m_runPanel->setConfig(SearchConfig::fromJson(runSettings, m_runPanel->config()));
        } catch (const Error &) {
            // Settings of an older version: the form keeps its defaults.
        }
    }
    if (!setDatabasePath(settings.value(Settings::Key::Database).toString()))
        setDatabasePath(RunStore::defaultPath());
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_runPanel = new widgets::RunPanel(this);
    connect(m_runPanel, &widgets::RunPanel::startRequested, this, &MainWindow::startSearch);
    connect(m_runPanel, &widgets::RunPanel::pauseRequested, m_runner, &SearchRunner::pause);
    connect(m_runPanel, &widgets::RunPanel::resumeRequested, m_runner, &SearchRunner::unpause);
    connect(m_runPanel, &widgets::RunPanel::stopRequested, m_runner, &SearchRunner::stop);
    QDockWidget *run = addDock(scrollable(m_runPanel), tr("Run"), QStringLiteral("runDock"),
                               Qt::LeftDockWidgetArea);

    m_cells = new widgets::CellsTableModel(this);
    m_cellsProxy = new QSortFilterProxyModel(this);
    m_cellsProxy->setSourceModel(m_cells);
    m_cellsProxy->setSortRole(widgets::CellsTableModel::SortRole);
    m_cellsProxy->setFilterRole(widgets::CellsTableModel::SourceRole);
    m_cellsView = new QTableView(this);
    m_cellsView->setObjectName(QStringLiteral("cellsView"));
    m_cellsView->setModel(m_cellsProxy);
    m_cellsView->setSortingEnabled(true);
    m_cellsView->sortByColumn(widgets::CellsTableModel::Order, Qt::AscendingOrder);
    m_cellsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cellsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cellsView->verticalHeader()->hide();
    m_cellsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_cellsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onCellSelected);
    m_sourceFilter = new QComboBox(this);
    m_sourceFilter->setObjectName(QStringLiteral("sourceFilter"));
    m_sourceFilter->addItem(tr("All sources"), -1);
    for (int s = 0; s < kCellSourceCount; ++s)
        m_sourceFilter->addItem(widgets::cellSourceTitle(CellSource(s)), s);
    connect(m_sourceFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_sourceFilter->currentData().toInt();
        m_cellsProxy->setFilterRegularExpression(s < 0 ? QString() : QStringLiteral("^%1$").arg(s));
    });
    auto *cellsPane = new QWidget(this);
    auto *cellsLayout = new QVBoxLayout(cellsPane);
    cellsLayout->setContentsMargins(0, 0, 0, 0);
    cellsLayout->addWidget(m_sourceFilter);
    cellsLayout->addWidget(m_cellsView);
    QDockWidget *cells = addDock(cellsPane, tr("Queried cells"), QStringLiteral("cellsDock"),
                                 Qt::LeftDockWidgetArea);
    splitDockWidget(run, cells, Qt::Vertical);

    m_runsPanel = new widgets::RunsPanel(this);
    connect(m_runsPanel, &widgets::RunsPanel::showRequested, this, &MainWindow::showRun);
    connect(m_runsPanel, &widgets::RunsPanel::resumeRequested, this, &MainWindow::resumeRun);
    connect(m_runsPanel, &widgets::RunsPanel::refreshRequested, this, &MainWindow::refreshRuns);
    connect(m_runsPanel, &widgets::RunsPanel::compareChanged, this, &MainWindow::setComparedRuns);
    QDockWidget *runs = addDock(m_runsPanel, tr("Runs"), QStringLiteral("runsDock"),
                                Qt::LeftDockWidgetArea);
    tabifyDockWidget(cells, runs);

    m_explorer = new widgets::LatentExplorer(this);
    m_explorer->setMetricsLookup([this](const Cell &cell) -> std::optional<CellMetrics> {
        if (!m_benchmark)
            return std::nullopt;
        const int row = m_cells->rowOfTableRow(m_benchmark->rowOf(cell));
        if (row < 0)
            return std::nullopt;
        return m_cells->record(row).metrics;
    });
    connect(m_explorer, &widgets::LatentExplorer::queryRequested, this, [this] {
        if (!m_runner->isRunning()) {
            m_status->setText(
                tr("Start a search first: the cell is queried by the running search."));
            return;
        }
        m_runner->requestQuery(*m_explorer->decodedCell());
        m_runPanel->log(tr("Asked the search to query the explorer's cell"));
    });
    connect(m_explorer, &widgets::LatentExplorer::decodedCellChanged, this,
            &MainWindow::updateTraversal);
    // The decoded graph and the sliders need room: the explorer's dock is
    // never narrower than 340 px.
    QScrollArea *explorerArea = scrollable(m_explorer);
    explorerArea->setMinimumWidth(340);
    addDock(explorerArea, tr("Latent explorer"), QStringLiteral("explorerDock"),
            Qt::RightDockWidgetArea);

    m_regionsPanel = new widgets::RegionsPanel(this);
    connect(m_regionsPanel, &widgets::RegionsPanel::userRegionsChanged, this,
            &MainWindow::setUserRegions);
    connect(m_factors, &widgets::FactorsPane::userRegionsChanged, this,
            &MainWindow::setUserRegions);
    QDockWidget *regions = addDock(m_regionsPanel, tr("Regions"), QStringLiteral("regionsDock"),
                                   Qt::LeftDockWidgetArea);
    tabifyDockWidget(cells, regions);

    m_factorsPanel = new widgets::FactorsPanel(this);
    connect(m_factorsPanel, &widgets::FactorsPanel::analyseRequested, this,
            &MainWindow::analyseFactors);
    connect(m_factorsPanel, &widgets::FactorsPanel::dimensionSelected, m_factors,
            &widgets::FactorsPane::showDimension);
    connect(&m_factorWatcher, &QFutureWatcher<FactorReport>::finished, this,
            &MainWindow::onFactorsAnalysed);
    QDockWidget *factorsDock = addDock(m_factorsPanel, tr("Factors"), QStringLiteral("factorsDock"),
                                       Qt::LeftDockWidgetArea);
    tabifyDockWidget(cells, factorsDock);
    cells->raise();

    auto *stripPane = new QWidget(this);
    m_strip = new widgets::TraversalStrip(stripPane);
    m_stripDim = new QSpinBox(stripPane);
    m_stripDim->setObjectName(QStringLiteral("traversalDim"));
    m_stripDim->setPrefix(QStringLiteral("z"));
    m_stripDim->setToolTip(tr("The latent dimension to traverse."));
    connect(m_stripDim, &QSpinBox::valueChanged, this, &MainWindow::updateTraversal);
    connect(m_factors, &widgets::FactorsPane::dimensionSelected, m_stripDim, &QSpinBox::setValue);
    connect(m_strip, &widgets::TraversalStrip::cellClicked, this, [this](int, double value) {
        Latent z = m_explorer->latent();
        const int dim = m_stripDim->value();
        if (dim < int(z.size())) {
            z[std::size_t(dim)] = float(value);
            m_explorer->setLatent(z);
        }
    });
    auto *stripLayout = new QHBoxLayout(stripPane);
    stripLayout->setContentsMargins(4, 0, 4, 0);
    stripLayout->addWidget(m_stripDim, 0, Qt::AlignTop);
    stripLayout->addWidget(m_strip, 1);
    QDockWidget *convergence = addDock(m_convergence, tr("Convergence"),
                                       QStringLiteral("convergenceDock"), Qt::BottomDockWidgetArea);
    QDockWidget *traversal = addDock(stripPane, tr("Traversal"), QStringLiteral("traversalDock"),
                                     Qt::BottomDockWidgetArea);
    splitDockWidget(convergence, traversal, Qt::Horizontal);
    QDockWidget *overview = addDock(scrollable(m_view, true), tr("Benchmark"),
                                    QStringLiteral("benchmarkDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(convergence, overview);
    convergence->raise();
}

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

void MainWindow::startSearch()
{
    if (!m_benchmark) {
        m_runPanel->log(tr("No benchmark is loaded yet."), true);
        return;
    }
    if (m_runner->isRunning())
        return;
    const QString problem = m_runPanel->problem();
    if (!problem.isEmpty()) {
        m_runPanel->log(problem, true);
        return;
    }
    m_runConfig = m_runPanel->config();
    saveRunSettings();
    m_cells->clear();
    m_curveX.clear();
    m_curveY.clear();
    m_bestSoFar = 0;
    redrawConvergence();
    m_autoRegions = {};
    showRegions();
    m_runPanel->setRunning(true);
    m_runsPanel->setSearchRunning(true);
    m_runPanel->setProgress(0, m_runConfig.budget, 0,
                            widgets::searchPhaseTitle(SearchPhase::Starting));
    m_runner->setUserRegions(m_userRegions);
    m_runner->start(m_benchmark, m_runConfig, m_databasePath);
}

void MainWindow::resumeRun(qint64 runId)
{
    if (m_runner->isRunning() || !m_benchmark)
        return;
    try {
        RunStore store(m_databasePath);
        const StoredRun stored = store.run(runId);
        if (stored.config.benchmark != m_benchmark->id()) {
            reportError(tr("Resume run"),
                        tr("Run %1 searched %2: open that benchmark first, then resume it.")
                            .arg(runId)
                            .arg(benchmarkTitle(stored.config.benchmark)));
            return;
        }
        showRun(runId);
        m_runConfig = stored.config;
        m_runPanel->setConfig(stored.config);
    } catch (const Error &e) {
        reportError(tr("Cannot resume the run"), e.message());
        return;
    }
    m_runPanel->setRunning(true);
    m_runsPanel->setSearchRunning(true);
    m_runner->setUserRegions(m_userRegions);
    m_runner->resume(m_benchmark, runId, m_databasePath);
}

void MainWindow::onQuery(const QueryRecord &query)
{
    m_cells->append(query);
    m_bestSoFar = std::max(m_bestSoFar, query.metrics.reportedAccuracy);
    m_curveX.push_back(query.order + 1);
    m_curveY.push_back(m_bestSoFar);
    redrawConvergence();
    m_runPanel->setProgress(query.order + 1, m_runConfig.budget, query.iteration,
                            widgets::searchPhaseTitle(SearchPhase::Querying));
}

void MainWindow::redrawConvergence()
{
    m_convergence->clear();
    m_convergence->setOptimum(m_benchmark ? m_benchmark->bestReported() : 0);
    for (int i = 0; i < m_overlays.size(); ++i)
        m_convergence->addSingleRun(m_overlays[i].name, m_overlays[i].x, m_overlays[i].y,
                                    widgets::seriesColor(i + 1));
    if (!m_curveX.isEmpty())
        m_convergence->addSingleRun(searchMethodKey(m_runConfig.method), m_curveX, m_curveY,
                                    widgets::kAccentColor);
    m_convergence->rescaleToData();
    m_convergence->replot(QCustomPlot::rpQueuedReplot);
}

void MainWindow::onIteration(const IterationRecord &record)
{
    if (record.controller) {
        m_rangeCodes = record.latents;
        useController(record.controller);
    }
    m_autoRegions = record.regions.automaticOnly();
    showFactors(record.latents, true);
    m_factors->setCaption(tr("Iteration %1: the %2 labelled cells encoded by the run's "
                             "controller. Grey bands are the automatic promising regions, "
                             "orange ones yours; drag on the large plot to draw one.")
                              .arg(record.iteration)
                              .arg(record.latents.size()));
    m_runPanel->log(tr("Iteration %1 done: %2 queries").arg(record.iteration).arg(record.queries));
}

void MainWindow::showFactors(const std::vector<Latent> &latents, bool keepView)
{
    // The codes are of the first latents.size() queried cells, in query order.
    widgets::FactorData data;
    data.latents = latents;
    const int n = std::min<int>(int(latents.size()), m_cells->rowCount());
    data.latents.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const QueryRecord &q = m_cells->record(i);
        data.accuracy.push_back(q.metrics.reportedAccuracy);
        data.flops.push_back(q.metrics.flops);
        data.sources.push_back(int(q.source));
    }
    m_factors->setData(data, keepView);
    showRegions();
}

void MainWindow::setUserRegions(const RegionSet &regions)
{
    m_userRegions = regions;
    m_runner->setUserRegions(regions);
    showRegions();
    if (m_runner->isRunning())
        m_runPanel->log(tr("Regions sent to the search: its next sampling step uses them"));
}

void MainWindow::showRegions()
{
    RegionSet all = m_autoRegions;
    all.intervals.insert(all.intervals.end(), m_userRegions.intervals.begin(),
                         m_userRegions.intervals.end());
    all.boxes.insert(all.boxes.end(), m_userRegions.boxes.begin(), m_userRegions.boxes.end());
    m_factors->setRegions(all);
    m_regionsPanel->setRegions(all);
}

void MainWindow::onRunEnded(const SearchResult &result)
{
    m_runPanel->setRunning(false);
    m_runsPanel->setSearchRunning(false);
    refreshRuns();
    QString line = tr("Run %1 %2 after %3 queries in %4 s")
                       .arg(result.runId)
                       .arg(widgets::runStatusTitle(result.status))
                       .arg(result.queries)
                       .arg(result.seconds, 0, 'f', 1);
    if (result.best)
        line += tr("; best %1 % (rank %2)")
                    .arg(result.best->metrics.reportedAccuracy * 100, 0, 'f', 2)
                    .arg(result.rank);
    m_runPanel->log(line, result.status == RunStatus::Failed);
    m_status->setText(line);
    // After the summary, so that the status bar keeps the reason.
    if (result.status == RunStatus::Failed)
        reportError(tr("The search failed"),
                    tr("%1\nEverything queried until then is stored in run %2: once the cause "
                       "is fixed, select it in the Runs dock and press Resume.")
                        .arg(result.error)
                        .arg(result.runId));
    selectBestCell();
    analyseFactors();
    Q_EMIT searchEnded(result);
}

void MainWindow::selectBestCell()
{
    const int best = m_cells->bestRow();
    if (best < 0)
        return;
    const QModelIndex index = m_cellsProxy->mapFromSource(m_cells->index(best, 0));
    m_cellsView->selectRow(index.row());
    m_cellsView->scrollTo(index);
}

void MainWindow::onCellSelected()
{
    const QModelIndexList rows = m_cellsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex source = m_cellsProxy->mapToSource(rows.first());
    m_explorer->setCell(m_cells->record(source.row()).cell);
    // The factor plots show the first queried cells in query order.
    m_factors->setMarkedPoint(source.row() < m_factors->plot()->pointCount() ? source.row() : -1);
}

void MainWindow::useController(std::shared_ptr<const Controller> controller)
{
    if (controller != m_explorer->controller() && !m_factorLabels.isEmpty()) {
        // The labels named another controller's dimensions.
        m_factorLabels.clear();
        m_factors->setDimensionLabels({});
        m_explorer->setDimensionLabels({});
        m_factorsPanel->setBusy(false,
                                tr("The controller changed: Analyse names its "
                                   "dimensions (done when the run ends)."));
    }
    m_explorer->setController(controller);
    m_explorer->setLatentRanges(m_rangeCodes);
    m_stripDim->setRange(0, controller->latentSize() - 1);
    updateTraversal();
}

void MainWindow::updateTraversal()
{
    const auto controller = m_explorer->controller();
    const Latent &z = m_explorer->latent();
    if (!controller || z.empty())
        return;
    const int dim = m_stripDim->value();
    const QSlider *s = m_explorer->slider(dim);
    if (!s)
        return;
    // Around z as factor analysis traverses: ±0.4 for the LSTM decoder (the
    // paper's Figure 3), ±2σ of the encoded cells for the independent decoder.
    const std::vector<double> values = FactorOptions::forController(controller->config())
                                           .traversalValues(z, m_rangeCodes, dim);
    m_strip->setCells(dim, values, controller->traverse(z, dim, values), m_explorer->decodedCell());
    m_strip->setTitle(m_factorLabels.value(dim));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_runner->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("A search is running"),
            tr("Stop the running search and quit? It is stored and can be resumed later."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_runner->stop();
    }
    Settings settings;
    settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    settings.setValue(Settings::Key::MainWindowState, saveState());
    saveRunSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New run database…"), this, &MainWindow::newDatabase)
        ->setShortcut(QKeySequence::New);
    file->addAction(tr("&Open run database…"), this, &MainWindow::openDatabase)
        ->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Save run database as…"), this, &MainWindow::saveDatabaseAs)
        ->setShortcut(QKeySequence::SaveAs);
    m_recentMenu = file->addMenu(tr("Recent &databases"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("Export cells as &CSV…"), this, &MainWindow::exportCells);
    file->addAction(tr("Export &best cell…"), this, &MainWindow::exportBestCell);
    file->addAction(tr("Export convergence &plot…"), this, &MainWindow::exportConvergence);
    file->addAction(tr("Export &factor plots…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export plot"), QString(),
                                                          tr("Images (*.png *.pdf *.svg)"));
        if (!path.isEmpty() && !m_factors->grid()->saveImage(path, 1600, 1000))
            reportError(tr("Cannot export"), tr("Could not write %1").arg(path));
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *run = menuBar()->addMenu(tr("&Search"));
    run->addAction(tr("&Start"), this, &MainWindow::startSearch);
    run->addAction(tr("&Pause"), m_runner, &SearchRunner::pause);
    run->addAction(tr("&Resume"), m_runner, &SearchRunner::unpause);
    run->addAction(tr("S&top"), m_runner, &SearchRunner::stop);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("Reset dock &sizes"), this, &MainWindow::applyDefaultDockSizes);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu *language = menuBar()->addMenu(tr("Se&ttings"))->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    const QString current = Settings().value(Settings::Key::Language).toString();
    QList<QPair<QString, QString>> choices {{QString(), tr("System language")}};
    choices += Settings::languages();
    for (const auto &[code, name] : choices) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            Settings().setValue(Settings::Key::Language, code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The language changes when DNAS Studio starts again."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About DNAS Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::exportCells()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export cells"), QString(),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(m_cells->toCsv()) < 0)
        reportError(tr("Cannot export"), tr("%1: %2").arg(path, f.errorString()));
}

void MainWindow::exportBestCell()
{
    // The run's best queried cell (by search accuracy, as the engine picks
    // it); before any query, the cell the explorer shows.
    std::optional<Cell> cell = m_explorer->decodedCell();
    const int best = m_cells->bestRow();
    if (best >= 0)
        cell = m_cells->record(best).cell;
    if (!cell) {
        m_status->setText(tr("There is no cell to export yet."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export cell"), QString(),
                                                      tr("Cell (*.json *.txt)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(cellToText(*cell).toUtf8()) < 0)
        reportError(tr("Cannot export"), tr("%1: %2").arg(path, f.errorString()));
}

void MainWindow::exportConvergence()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export plot"), QString(),
                                                      tr("Images (*.png *.pdf *.svg)"));
    if (!path.isEmpty() && !m_convergence->saveImage(path, 1200, 700))
        reportError(tr("Cannot export"), tr("Could not write %1").arg(path));
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
    m_benchmark = result.benchmark;
    m_view->setBenchmark(result.benchmark, result.summary, result.distribution);
    m_runPanel->setBenchmark(result.id);
    setWindowTitle(tr("DNAS Studio — %1").arg(benchmarkTitle(result.id)));
    const QLocale locale;
    m_status->setText(tr("%1: %2 cells loaded in %3 ms")
                          .arg(benchmarkTitle(result.id), locale.toString(result.summary.rows),
                               locale.toString(result.elapsedMs)));
    Settings().setValue(Settings::Key::Benchmark, benchmarkKey(result.id));
    if (std::exchange(m_defaultSizesPending, false))
        applyDefaultDockSizes();
    // The explorer and the factor plots work at once, on the shipped
    // pretrained controller and the sample the loader encoded with it.
    m_pretrained = result.controller;
    m_sample = result.sample;
    m_sampleCells = result.sampleCells;
    if (m_pretrained && !m_runner->isRunning()) {
        m_rangeCodes = m_sample.latents;
        useController(m_pretrained);
        m_explorer->setCell(m_benchmark->cell(0));
        m_autoRegions = {};
        m_factors->setData(m_sample);
        m_factors->setCaption(tr("%1 random cells of the table encoded by the pretrained "
                                 "controller. Drag on the large plot to draw a promising "
                                 "region for the next search.")
                                  .arg(locale.toString(m_sample.size())));
        showRegions();
        analyseFactors();
    } else if (!m_pretrained) {
        m_status->setText(tr("The latent explorer is unavailable: %1").arg(result.controllerError));
    }
    Q_EMIT benchmarkReady();
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
    reportError(tr("Cannot load benchmark"), text);
}

void MainWindow::onBenchmarkChosen(int index)
{
    if (m_runner->isRunning()) {
        if (m_benchmark)
            selectInChooser(m_benchmark->id());
        m_status->setText(tr("Stop the running search before switching benchmarks."));
        return;
    }
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

void MainWindow::reportError(const QString &title, const QString &message)
{
    // Non-modal: a running search, the plots and the sliders go on while the
    // message is shown; the log keeps it after the box is closed.
    m_status->setText(message);
    m_runPanel->log(message, true);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::applyDefaultDockSizes()
{
    const auto dock = [this](const char *name) {
        return findChild<QDockWidget *>(QLatin1String(name));
    };
    const int w = width();
    const int h = height();
    resizeDocks({dock("runDock")}, {w * 20 / 100}, Qt::Horizontal);
    resizeDocks({dock("explorerDock")}, {w * 30 / 100}, Qt::Horizontal);
    resizeDocks({dock("convergenceDock")}, {h * 30 / 100}, Qt::Vertical);
    resizeDocks({dock("convergenceDock"), dock("traversalDock")}, {w * 40 / 100, w * 60 / 100},
                Qt::Horizontal);
    resizeDocks({dock("runDock"), dock("cellsDock")}, {h * 30 / 100, h * 30 / 100}, Qt::Vertical);
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
