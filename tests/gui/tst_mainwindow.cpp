// The main window as a user drives it, under the offscreen platform with
// real mouse events: a region dragged on the factor plot reaches the running
// engine (its cells are recorded with source "user region"); a slider move
// redraws the explorer's cell; Start, Pause and Stop drive a real run; a
// row picked in the cells table is the explorer's cell; the runs dock lists,
// shows and resumes runs; every model passes QAbstractItemModelTester.
#include "main_window.h"
#include "search_runner.h"
#include "settings.h"

#include "cell_graph_view.h"
#include "cells_table_model.h"
#include "factor_plot.h"
#include "factors_pane.h"
#include "factors_panel.h"
#include "latent_explorer.h"
#include "regions_model.h"
#include "regions_panel.h"
#include "run_panel.h"
#include "runs_panel.h"

#include "store/run_store.h"
#include "testsupport/fixtures.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dnas;

namespace {
QPoint pixel(const QCustomPlot &plot, double x, double y)
{
    return QPoint(qRound(plot.xAxis->coordToPixel(x)), qRound(plot.yAxis->coordToPixel(y)));
}

void drag(QWidget *w, QPoint from, QPoint to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    QTest::mouseMove(w, (from + to) / 2);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        gui::Settings::useFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<gui::MainWindow>();
        QVERIFY(m_window->setDatabasePath(m_dir.filePath(QStringLiteral("runs.sqlite"))));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_window.get(), &gui::MainWindow::benchmarkReady);
        m_window->loadBenchmark(BenchmarkId::Nb201Cifar10);
        QVERIFY(ready.wait(120000));
        QVERIFY(m_window->explorer()->controller());
        QVERIFY(m_window->factorsPane()->plot()->pointCount() > 1000);
    }

    void corruptDatabaseIsRefusedWithAMessage()
    {
        gui::MainWindow &w = *m_window;
        const QString before = w.databasePath();
        const QString bad = m_dir.filePath(QStringLiteral("corrupt.sqlite"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not an SQLite database, just some bytes").repeated(200));
        f.close();
        QVERIFY(!w.setDatabasePath(bad));
        QCOMPARE(w.databasePath(), before);
        // The message is shown without blocking the window.
        QMessageBox *box = w.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("corrupt.sqlite")), qPrintable(box->text()));
        box->close();
        // The file was not touched.
        QFile again(bad);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(again.readAll().startsWith("this is not an SQLite database"));
    }

    void factorsPanelNamesAndSelectsDimensions()
    {
        gui::MainWindow &w = *m_window;
        widgets::FactorsPanel *panel = w.factorsPanel();
        // The pretrained controller is analysed as soon as the table loads.
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 16, 60000);
        QAbstractItemModelTester tester(panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(panel->model()->report().activeDimensions > 0);
        // Sorted by relevance: the first row is the most relevant dimension.
        const int top = panel->model()->report().byRelevance().front().dim;
        QTableView *view = panel->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, 0)).center());
        QCOMPARE(w.factorsPane()->plot()->dimension(), top);
        QCOMPARE(w.factorsPane()->plot()->mode(), widgets::FactorPlot::Mode::Dimension);
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester cells(m_window->cellsModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester regions(m_window->regionsPanel()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester runs(m_window->runsPanel()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        RegionSet set;
        set.intervals.push_back({2, -0.5, 0.5, 1.0, false});
        set.intervals.push_back({3, 0.1, 0.4, 2.0, true});
        set.boxes.push_back({0, 1, -1, 1, -1, 1, 1.0, true});
        gui::MainWindow &w = *m_window;
        w.regionsPanel()->setRegions(set);
        widgets::RegionsModel *model = w.regionsPanel()->model();
        QCOMPARE(model->rowCount(), 3);
        // Automatic regions are read-only; a user weight must be > 0.
        QVERIFY(!model->setData(model->index(0, widgets::RegionsModel::Weight), 3.0));
        QVERIFY(!model->setData(model->index(1, widgets::RegionsModel::Weight), -1.0));
        QVERIFY(
            !model->setData(model->index(1, widgets::RegionsModel::Weight), QStringLiteral("x")));
        QSignalSpy changed(model, &widgets::RegionsModel::userRegionsChanged);
        QVERIFY(model->setData(model->index(1, widgets::RegionsModel::Weight), 4.0));
        QCOMPARE(changed.count(), 1);
        const auto user = changed.first().first().value<RegionSet>();
        QCOMPARE(int(user.intervals.size()), 1);
        QCOMPARE(user.intervals[0].weight, 4.0);
        QCOMPARE(int(user.boxes.size()), 1);
        // The window took the edit: the engine gets it at the next start.
        QCOMPARE(w.userRegions(), user);
        // Delete by mouse: select the box row (boxes come last), click Delete.
        QVERIFY(!w.regionsPanel()->deleteButton()->isEnabled());
        w.regionsPanel()->view()->selectRow(model->rowCount() - 1);
        QVERIFY(w.regionsPanel()->deleteButton()->isEnabled());
        QTest::mouseClick(w.regionsPanel()->deleteButton(), Qt::LeftButton);
        QVERIFY(w.userRegions().boxes.empty());
        QTest::mouseClick(w.regionsPanel()->clearButton(), Qt::LeftButton);
        QVERIFY(w.userRegions().isEmpty());
    }

    void sliderMoveRedrawsTheCell()
    {
        widgets::LatentExplorer *explorer = m_window->explorer();
        explorer->setCell(m_window->benchmark()->cell(4321));
        const Cell before = *explorer->graphView()->cell();
        QSignalSpy changed(explorer, &widgets::LatentExplorer::decodedCellChanged);
        // Click far along every slider's groove until the drawn cell changes,
        // as a user dragging sliders would.
        bool redrawn = false;
        for (int dim = 0; dim < int(explorer->latent().size()) && !redrawn; ++dim) {
            QSlider *slider = explorer->slider(dim);
            QVERIFY(slider);
            explorer->setCell(m_window->benchmark()->cell(4321));
            for (const int x : {slider->width() - 3, 2}) {
                QTest::mousePress(slider, Qt::LeftButton, {}, QPoint(x, slider->height() / 2));
                QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(x, slider->height() / 2));
                // Page steps toward the click, until the cell changes or the
                // slider reaches its end.
                for (int i = 0; i < 400 && explorer->graphView()->cell() == before
                     && slider->value() != slider->minimum()
                     && slider->value() != slider->maximum();
                     ++i)
                    QTest::mouseClick(slider, Qt::LeftButton, {}, QPoint(x, slider->height() / 2));
                if (explorer->graphView()->cell() && *explorer->graphView()->cell() != before) {
                    redrawn = true;
                    break;
                }
            }
        }
        QVERIFY(redrawn);
        QVERIFY(changed.count() > 0);
        QCOMPARE(*explorer->graphView()->cell(), *explorer->decodedCell());
    }

    void drawnRegionReachesTheRunningEngine()
    {
        gui::MainWindow &w = *m_window;
        widgets::FactorPlot *plot = w.factorsPane()->plot();
        w.factorsPane()->showDimension(2);
        plot->xAxis->setRange(-3, 3);
        plot->replot();
        QSignalSpy drawn(plot, &widgets::FactorPlot::userRegionsChanged);
        const double y = plot->yAxis->range().center();
        drag(plot, pixel(*plot, -1.0, y), pixel(*plot, 1.0, y));
        QCOMPARE(drawn.count(), 1);
        QCOMPARE(int(w.userRegions().intervals.size()), 1);
        QCOMPARE(w.userRegions().intervals[0].dim, 2);
        QCOMPARE(w.regionsPanel()->model()->userRegions(), w.userRegions());

        w.runPanel()->setConfig(test::smallNb201Dnas(30));
        QSignalSpy ended(&w, &gui::MainWindow::searchEnded);
        QTest::mouseClick(w.runPanel()->startButton(), Qt::LeftButton);
        QVERIFY(w.runner()->isRunning());
        QVERIFY(ended.wait(180000));
        const auto result = ended.first().first().value<SearchResult>();
        QCOMPARE(result.status, RunStatus::Finished);
        QCOMPARE(w.cellsModel()->rowCount(), 30);
        int fromUser = 0;
        for (const QueryRecord &q : w.cellsModel()->records())
            fromUser += q.source == CellSource::UserRegion;
        QVERIFY2(fromUser > 0, "no queried cell came from the drawn region");
        // And so the database records them.
        RunStore store(w.databasePath());
        int stored = 0;
        for (const QueryRecord &q : store.queries(result.runId))
            stored += q.source == CellSource::UserRegion;
        QCOMPARE(stored, fromUser);
        // The run's iterations used the drawn interval.
        const auto iterations = store.iterations(result.runId);
        QVERIFY(!iterations.empty());
        const auto &used = iterations.back().regions.intervals;
        QVERIFY(std::count(used.begin(), used.end(), w.userRegions().intervals[0]) == 1);
        QTest::mouseClick(w.regionsPanel()->clearButton(), Qt::LeftButton);
    }

    void tableSelectionSyncsTheExplorer()
    {
        gui::MainWindow &w = *m_window;
        QTableView *view = w.cellsView();
        QVERIFY(w.cellsModel()->rowCount() > 5);
        const QModelIndex index = view->model()->index(5, 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        const QModelIndex source = static_cast<QSortFilterProxyModel *>(view->model())
                                       ->mapToSource(index);
        const Cell expected = w.cellsModel()->record(source.row()).cell;
        QVERIFY(w.explorer()->graphView()->cell());
        QCOMPARE(*w.explorer()->graphView()->cell(), expected);
        // And the factor plots ring it (their points are the queried cells in
        // query order, up to the last iteration's).
        widgets::FactorPlot *plot = w.factorsPane()->plot();
        QVERIFY(source.row() < plot->pointCount());
        QCOMPARE(plot->points().marked(), source.row());
        QVERIFY(plot->points().markerGraph());
        QCOMPARE(plot->points().markerGraph()->dataCount(), 1);
    }

    void startPauseStopDriveARun()
    {
        gui::MainWindow &w = *m_window;
        SearchConfig c = test::smallNb201Dnas(400);
        c.iterations = 40;
        w.runPanel()->setConfig(c);
        QSignalSpy paused(w.runner(), &gui::SearchRunner::pausedChanged);
        QSignalSpy ended(&w, &gui::MainWindow::searchEnded);
        QTest::mouseClick(w.runPanel()->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.cellsModel()->rowCount() >= 15, 60000);
        QTest::mouseClick(w.runPanel()->pauseButton(), Qt::LeftButton);
        QVERIFY(paused.count() >= 1);
        QTest::qWait(1500); // a running epoch or decode chunk may finish
        const int atPause = w.cellsModel()->rowCount();
        QTest::qWait(700);
        QCOMPARE(w.cellsModel()->rowCount(), atPause);
        QTest::mouseClick(w.runPanel()->stopButton(), Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        const auto result = ended.first().first().value<SearchResult>();
        QCOMPARE(result.status, RunStatus::Cancelled);
        QVERIFY(result.queries < 400);
        QVERIFY(!w.runPanel()->stopButton()->isEnabled());
        QVERIFY(w.runPanel()->startButton()->isEnabled());
    }

    void runsDockShowsAndResumes()
    {
        gui::MainWindow &w = *m_window;
        widgets::RunsPanel *runs = w.runsPanel();
        QCOMPARE(runs->model()->rowCount(), 2);
        // Newest first: the cancelled run, resumable.
        const StoredRun cancelled = runs->model()->run(0);
        QCOMPARE(cancelled.status, RunStatus::Cancelled);
        runs->selectRun(cancelled.id);
        QVERIFY(runs->findChild<QPushButton *>(QStringLiteral("resumeRun"))->isEnabled());
        // Show the finished run: its cells replace the table.
        const StoredRun finished = runs->model()->run(1);
        runs->selectRun(finished.id);
        QTest::mouseClick(runs->findChild<QPushButton *>(QStringLiteral("showRun")),
                          Qt::LeftButton);
        QCOMPARE(w.cellsModel()->rowCount(), finished.queries);
        // Tick it to compare: one overlay curve plus the shown run.
        runs->model()->setData(runs->model()->index(1, 0), Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(runs->model()->checkedRuns(), QList<qint64> {finished.id});

        // Resume the cancelled one to its end.
        QSignalSpy ended(&w, &gui::MainWindow::searchEnded);
        runs->selectRun(cancelled.id);
        QTest::mouseClick(runs->findChild<QPushButton *>(QStringLiteral("resumeRun")),
                          Qt::LeftButton);
        QVERIFY(w.runner()->isRunning());
        // Let it go on a little, then stop: resumed runs honour Stop too.
        QTRY_VERIFY_WITH_TIMEOUT(w.cellsModel()->rowCount() > cancelled.queries, 60000);
        QTest::mouseClick(w.runPanel()->stopButton(), Qt::LeftButton);
        QVERIFY(ended.wait(30000));
        RunStore store(w.databasePath());
        QVERIFY(store.run(cancelled.id).queries > cancelled.queries);
    }

    void settingsPersistAcrossStarts()
    {
        SearchConfig c = test::smallNb201Dnas(77);
        c.seed = 5;
        c.pool = 1234;
        m_window->runPanel()->setConfig(c);
        const QString db = m_window->databasePath();
        QVERIFY(m_window->close());
        m_window = std::make_unique<gui::MainWindow>();
        QCOMPARE(m_window->databasePath(), db);
        const SearchConfig restored = m_window->runPanel()->config();
        QCOMPARE(restored.budget, 77);
        QCOMPARE(restored.seed, quint64(5));
        QCOMPARE(restored.pool, 1234);
        QCOMPARE(restored.epochs, c.epochs); // a setting without a form field
        QCOMPARE(gui::Settings().value(gui::Settings::Key::RecentDatabases).toStringList().value(0),
                 db);
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<gui::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
