// The GUI's search worker under real queued signals: events arrive on the GUI
// thread while its event loop keeps running; pause, resume, stop and user
// regions reach the engine on the worker thread.
#include "search_runner.h"

#include "testsupport/fixtures.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dnas;

namespace {
SearchConfig smallDnas(int budget)
{
    SearchConfig c = SearchConfig::defaults(BenchmarkId::Nb201Cifar10, SearchMethod::Dnas, budget);
    c.seed = 8;
    c.initial = 20;
    c.iterations = std::max(2, (budget - 20) / 10);
    c.pool = 800;
    c.epochs = 3;
    c.pseudoLabels = 100;
    c.pseudoEpochs = 1;
    c.topP = 20;
    return c;
}
} // namespace

class TestSearchRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runReportsOnTheGuiThread()
    {
        QTemporaryDir dir;
        gui::SearchRunner runner;
        QSignalSpy queries(&runner, &gui::SearchRunner::queryMade);
        QSignalSpy iterations(&runner, &gui::SearchRunner::iterationFinished);
        QSignalSpy ended(&runner, &gui::SearchRunner::runEnded);
        bool offThread = false;
        connect(&runner, &gui::SearchRunner::queryMade, this, [&offThread] {
            offThread = offThread || QThread::currentThread() != qApp->thread();
        });
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(20);
        runner.start(test::bundled(BenchmarkId::Nb201Cifar10), smallDnas(50),
                     dir.filePath(QStringLiteral("runs.sqlite")));
        QVERIFY(runner.isRunning());
        QVERIFY(ended.wait(120000));
        QVERIFY(!runner.isRunning());
        QVERIFY(!offThread);
        QCOMPARE(queries.count(), 50);
        QVERIFY(iterations.count() >= 2);
        const auto result = ended.first().first().value<SearchResult>();
        QCOMPARE(result.status, RunStatus::Finished);
        QVERIFY(result.best.has_value());
        // The event loop ran all along: the GUI thread never waited.
        QVERIFY2(ticks > 5, qPrintable(QString::number(ticks)));
        const auto record = iterations.last().first().value<IterationRecord>();
        QVERIFY(record.controller != nullptr); // a snapshot the GUI may decode with
        QCOMPARE(int(record.latents.size()), record.queries);
    }

    void pauseResumeStop()
    {
        QTemporaryDir dir;
        gui::SearchRunner runner;
        QSignalSpy queries(&runner, &gui::SearchRunner::queryMade);
        QSignalSpy ended(&runner, &gui::SearchRunner::runEnded);
        QSignalSpy paused(&runner, &gui::SearchRunner::pausedChanged);
        runner.start(test::bundled(BenchmarkId::Nb201Cifar10), smallDnas(3000),
                     dir.filePath(QStringLiteral("runs.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(queries.count() >= 25, 60000);
        runner.pause();
        QVERIFY(runner.isPaused());
        QCOMPARE(paused.count(), 1);
        QTest::qWait(1500); // a running epoch or decode chunk may still finish
        const int atPause = queries.count();
        QTest::qWait(700);
        QCOMPARE(queries.count(), atPause);
        runner.unpause();
        QTRY_VERIFY_WITH_TIMEOUT(queries.count() > atPause, 60000);
        QElapsedTimer t;
        t.start();
        runner.stop();
        QVERIFY(ended.wait(5000));
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(ended.first().first().value<SearchResult>().status, RunStatus::Cancelled);
    }

    void userRegionsReachTheEngine()
    {
        QTemporaryDir dir;
        gui::SearchRunner runner;
        QSignalSpy iterations(&runner, &gui::SearchRunner::iterationFinished);
        QSignalSpy ended(&runner, &gui::SearchRunner::runEnded);
        RegionSet user;
        user.intervals.push_back(LatentInterval {2, -0.3, 0.3, 1.0, true});
        runner.start(test::bundled(BenchmarkId::Nb201Cifar10), smallDnas(60),
                     dir.filePath(QStringLiteral("runs.sqlite")));
        QVERIFY(iterations.wait(60000)); // first iteration: no user regions yet
        runner.setUserRegions(user);
        QVERIFY(ended.wait(120000));
        const auto last = iterations.last().first().value<IterationRecord>();
        QVERIFY(std::count(last.regions.intervals.begin(), last.regions.intervals.end(),
                           user.intervals[0])
                == 1);
        QVERIFY(last.stats.value(QStringLiteral("user_points")).toInt() > 0);
    }

    void badDatabaseFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just text that fills the header page.......");
        f.close();
        gui::SearchRunner runner;
        QSignalSpy failed(&runner, &gui::SearchRunner::failed);
        runner.start(test::bundled(BenchmarkId::Nb201Cifar10), smallDnas(30), path);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(path),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!runner.isRunning());
    }
};

QTEST_MAIN(TestSearchRunner)
#include "tst_searchrunner.moc"
