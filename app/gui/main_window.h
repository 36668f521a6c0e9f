#pragma once

#include "bench/benchmark.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QProgressBar;
class QToolBar;

namespace dnas::widgets {
class BenchmarkSummaryView;
}

namespace dnas::gui {

class BenchmarkLoader;
struct LoadedBenchmark;

/**
 * The main window: wiring only. A toolbar chooses the benchmark, the summary
 * view shows it, the status bar says what is loading and how long it took,
 * menus File, View and Help. Geometry and toolbar state are kept in Settings.
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void onLoaded(const LoadedBenchmark &result);
    void onFailed(BenchmarkId id, const QString &message);
    void onBenchmarkChosen(int index);
    void selectInChooser(BenchmarkId id);
    void setBusy(bool busy);
    void showAbout();

    widgets::BenchmarkSummaryView *m_view = nullptr;
    BenchmarkLoader *m_loader = nullptr;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_chooser = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
};

} // namespace dnas::gui
