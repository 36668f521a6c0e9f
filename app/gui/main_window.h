#pragma once

#include "analysis/factor_analysis.h"
#include "bench/benchmark.h"
#include "controller/controller.h"
#include "search/search_events.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include "factor_data.h"

#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolBar;

namespace dnas::widgets {
class BenchmarkSummaryView;
class CellsTableModel;
class ConvergencePlot;
class FactorsPane;
class FactorsPanel;
class LatentExplorer;
class RegionsPanel;
class RunPanel;
class RunsPanel;
class TraversalStrip;
} // namespace dnas::widgets

namespace dnas::gui {

class BenchmarkLoader;
class SearchRunner;
struct LoadedBenchmark;

/**
 * The main window: wiring only. The latent factor plots in the centre; docks
 * the user can rearrange for the run panel, the cells table, the runs of the
 * database, the latent explorer, the regions list, the convergence plot, the
 * benchmark overview and the traversal strip. The search runs on
 * SearchRunner's worker thread; the explorer decodes on the newest
 * controller snapshot (the shipped pretrained one until a run trains its
 * own). Regions drawn on the factor plots or edited in the regions list go
 * to the running search at once. Geometry, dock layout, the run settings,
 * the database and recent databases are kept in Settings.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Loads a bundled benchmark off the GUI thread and shows it when ready;
     *  errors go to a message box and the status bar. */
    void loadBenchmark(BenchmarkId id);
    /** Starts the run panel's search (what the Start button does). */
    void startSearch();
    /** The run database searches are stored in. */
    QString databasePath() const { return m_databasePath; }
    /** Stores searches in `path` from now on and lists its runs (a bad
     *  file: a message, and the previous database stays). */
    bool setDatabasePath(const QString &path);
    /** Loads a stored run into the views: cells, curve, latent codes of its
     *  last iteration, its controller. */
    void showRun(qint64 runId);
    /** Continues an unfinished stored run of the database. */
    void resumeRun(qint64 runId);
    /** The user's regions: shown everywhere and sent to the running search. */
    void setUserRegions(const RegionSet &regions);
    RegionSet userRegions() const { return m_userRegions; }

    widgets::RunPanel *runPanel() const { return m_runPanel; }
    widgets::LatentExplorer *explorer() const { return m_explorer; }
    widgets::CellsTableModel *cellsModel() const { return m_cells; }
    QTableView *cellsView() const { return m_cellsView; }
    SearchRunner *runner() const { return m_runner; }
    widgets::FactorsPane *factorsPane() const { return m_factors; }
    widgets::RegionsPanel *regionsPanel() const { return m_regionsPanel; }
    widgets::RunsPanel *runsPanel() const { return m_runsPanel; }
    widgets::FactorsPanel *factorsPanel() const { return m_factorsPanel; }
    widgets::ConvergencePlot *convergencePlot() const { return m_convergence; }
    std::shared_ptr<const Benchmark> benchmark() const { return m_benchmark; }
    /** Selects the best queried cell in the table (and so in the explorer). */
    void selectBestCell();

Q_SIGNALS:
    /** A benchmark finished loading (tests and --demo wait for it). */
    void benchmarkReady();
    void searchEnded(const dnas::SearchResult &result);
    /** A factor analysis finished (or failed); its report is in the Factors dock. */
    void factorsAnalysed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createDocks();
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name,
                         Qt::DockWidgetArea area);
    void onLoaded(const LoadedBenchmark &result);
    void onFailed(BenchmarkId id, const QString &message);
    void onBenchmarkChosen(int index);
    void selectInChooser(BenchmarkId id);
    void setBusy(bool busy);
    /** Shows an error without blocking (status bar, run log, a non-modal box). */
    void reportError(const QString &title, const QString &message);
    void applyDefaultDockSizes();
    void showAbout();
    void useController(std::shared_ptr<const Controller> controller);
    void onQuery(const QueryRecord &query);
    void onIteration(const IterationRecord &record);
    void onRunEnded(const SearchResult &result);
    void onCellSelected();
    void updateTraversal();
    void exportCells();
    void exportBestCell();
    void exportConvergence();
    void openDatabase();
    void newDatabase();
    void saveDatabaseAs();
    void refreshRuns();
    void updateRecentMenu();
    void showRegions();
    void showFactors(const std::vector<Latent> &latents, bool keepView);
    void redrawConvergence();
    void setComparedRuns(const QList<qint64> &runIds);
    void saveRunSettings();
    void analyseFactors();
    void onFactorsAnalysed();

    widgets::BenchmarkSummaryView *m_view = nullptr;
    widgets::ConvergencePlot *m_convergence = nullptr;
    widgets::RunPanel *m_runPanel = nullptr;
    widgets::CellsTableModel *m_cells = nullptr;
    QSortFilterProxyModel *m_cellsProxy = nullptr;
    QTableView *m_cellsView = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    widgets::LatentExplorer *m_explorer = nullptr;
    widgets::TraversalStrip *m_strip = nullptr;
    QSpinBox *m_stripDim = nullptr;
    BenchmarkLoader *m_loader = nullptr;
    SearchRunner *m_runner = nullptr;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_chooser = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    widgets::FactorsPane *m_factors = nullptr;
    widgets::RegionsPanel *m_regionsPanel = nullptr;
    widgets::RunsPanel *m_runsPanel = nullptr;
    widgets::FactorsPanel *m_factorsPanel = nullptr;
    QFutureWatcher<FactorReport> m_factorWatcher;
    QString m_factorsAbout;
    QStringList m_factorLabels;
    std::vector<Cell> m_sampleCells; // the cells of m_sample

    std::shared_ptr<const Benchmark> m_benchmark;
    std::shared_ptr<const Controller> m_pretrained; // of the loaded benchmark's space
    std::vector<Latent> m_rangeCodes;
    widgets::FactorData m_sample; // the loaded table's encoded sample
    RegionSet m_userRegions;
    RegionSet m_autoRegions; // of the newest iteration
    /** Runs overlaid on the convergence plot: name, queries, best so far. */
    struct Overlay
    {
        QString name;
        QVector<double> x, y;
    };
    QList<Overlay> m_overlays;
    QString m_databasePath;
    SearchConfig m_runConfig;
    QVector<double> m_curveX, m_curveY;
    double m_bestSoFar = 0;
    bool m_defaultSizesPending = false;
};

} // namespace dnas::gui
