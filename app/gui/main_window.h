#pragma once

#include "bench/benchmark.h"
#include "controller/controller.h"
#include "search/search_events.h"

#include <QMainWindow>

#include <map>
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
class LatentExplorer;
class RunPanel;
class TraversalStrip;
} // namespace dnas::widgets

namespace dnas::gui {

class BenchmarkLoader;
class SearchRunner;
struct LoadedBenchmark;

/**
 * The main window: wiring only. The benchmark overview and the convergence
 * plot in the centre; docks the user can rearrange for the run panel, the
 * cells table, the latent explorer and the traversal strip. The search runs
 * on SearchRunner's worker thread; the explorer decodes on the newest
 * controller snapshot (the shipped pretrained one until a run trains its
 * own). Geometry and dock layout are kept in Settings.
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
    void setDatabasePath(const QString &path);

    widgets::RunPanel *runPanel() const { return m_runPanel; }
    widgets::LatentExplorer *explorer() const { return m_explorer; }
    widgets::CellsTableModel *cellsModel() const { return m_cells; }
    QTableView *cellsView() const { return m_cellsView; }
    SearchRunner *runner() const { return m_runner; }
    std::shared_ptr<const Benchmark> benchmark() const { return m_benchmark; }
    /** Selects the best queried cell in the table (and so in the explorer). */
    void selectBestCell();

Q_SIGNALS:
    /** A benchmark finished loading (tests and --demo wait for it). */
    void benchmarkReady();
    void searchEnded(const dnas::SearchResult &result);

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

    std::shared_ptr<const Benchmark> m_benchmark;
    std::map<int, std::shared_ptr<const Controller>> m_pretrained; // by SpaceKind
    std::vector<Latent> m_rangeCodes;
    QString m_databasePath;
    SearchConfig m_runConfig;
    QVector<double> m_curveX, m_curveY;
    double m_bestSoFar = 0;
};

} // namespace dnas::gui
