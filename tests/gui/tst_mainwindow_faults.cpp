// The main window meets faulty files, as a user would: a read-only run
// database opens for reading and refuses a run; a disk that fills up
// mid-run keeps the run, and Resume finishes it once there is space; a
// damaged checkpoint is gone around (the log says so) and the resumed run
// ends as it would have; a database of a newer schema and a table of a
// newer format are refused.
// Each time a non-blocking message says what happened, and nothing stored
// is lost. Root writes anywhere, so for file access the whole test runs as
// the user nobody (setfsuid, inherited by the worker threads).
#include "main_window.h"
#include "search_runner.h"
#include "settings.h"

#include "run_panel.h"
#include "runs_panel.h"

#include "search/search_engine.h"
#include "store/run_store.h"
#include "testsupport/file_faults.h"
#include "testsupport/fixtures.h"

#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/fsuid.h>
#include <unistd.h>

using namespace dnas;

namespace {
/** The texts of the error boxes the window shows, which are then closed. */
QString takeErrors(QWidget &w)
{
    QStringList texts;
    for (QMessageBox *box : w.findChildren<QMessageBox *>(QStringLiteral("errorMessage"))) {
        if (box->isVisible())
            texts << box->text();
        box->close();
    }
    return texts.join(QLatin1Char('\n'));
}

SearchConfig re(int budget, std::uint64_t seed)
{
    SearchConfig c = SearchConfig::defaults(BenchmarkId::Nb201Cifar10,
                                            SearchMethod::RegularizedEvolution, budget);
    c.seed = seed;
    return c;
}

QFile::Permissions readOnly()
{
    return QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther;
}
} // namespace

class TestMainWindowFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() == 0) {
            ::setfsgid(65534);
            ::setfsuid(65534);
        }
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        gui::Settings::useFile(m_dir->filePath(QStringLiteral("settings.ini")));
        // The default run database goes where nobody may write.
        qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("share")).toLocal8Bit());
        m_window = std::make_unique<gui::MainWindow>();
        QVERIFY(m_window->setDatabasePath(m_dir->filePath(QStringLiteral("first.sqlite"))));
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy ready(m_window.get(), &gui::MainWindow::benchmarkReady);
        m_window->loadBenchmark(BenchmarkId::Nb201Cifar10);
        QVERIFY(ready.wait(120000));
        QCOMPARE(takeErrors(*m_window), QString());
    }

    void readOnlyDatabaseOpensForReadingAndRefusesARun()
    {
        gui::MainWindow &w = *m_window;
        const QString folder = m_dir->filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/runs.sqlite");
        QVERIFY(w.setDatabasePath(db));
        QCOMPARE(runUntilEnd(re(20, 1)).status, RunStatus::Finished);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, readOnly()));
        const QByteArray before = test::fileDigest(db);

        QVERIFY(w.setDatabasePath(db));
        QCOMPARE(takeErrors(w), QString());
        QCOMPARE(w.runsPanel()->model()->rowCount(), 1);
        // Start: the worker cannot store the run; the window says why and
        // is ready for the next search.
        w.runPanel()->setConfig(re(20, 2));
        QTest::mouseClick(w.runPanel()->startButton(), Qt::LeftButton);
        QString message;
        QTRY_VERIFY_WITH_TIMEOUT(!(message += takeErrors(w)).isEmpty(), 60000);
        QVERIFY2(message.contains(QLatin1String("read-only")), qPrintable(message));
        QTRY_VERIFY(w.runPanel()->startButton()->isEnabled());
        QVERIFY(!w.runner()->isRunning());
        QCOMPARE(test::fileDigest(db), before);

        QFile::setPermissions(folder, readOnly() | QFile::WriteOwner);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    }

    void fullDiskKeepsTheRunAndResumeFinishesIt()
    {
        gui::MainWindow &w = *m_window;
        const QString db = m_dir->filePath(QStringLiteral("full.sqlite"));
        QVERIFY(w.setDatabasePath(db));
        test::limitFileSize(QFileInfo(db).size() + 96 * 1024);
        const SearchResult failed = runUntilEnd(re(3000, 3));
        test::limitFileSize(0);
        QCOMPARE(failed.status, RunStatus::Failed);
        const QString message = takeErrors(w);
        QVERIFY2(message.contains(QLatin1String("disk may be full")), qPrintable(message));
        QVERIFY(failed.runId > 0);
        int kept = 0;
        {
            RunStore store(db);
            kept = int(store.queries(failed.runId).size());
        }
        QVERIFY2(kept > 0 && kept < 3000, qPrintable(QString::number(kept)));

        // With space again, Resume in the runs dock finishes the run exactly
        // as an uninterrupted run of the same seed.
        QVERIFY(w.setDatabasePath(db));
        widgets::RunsPanel *runs = w.runsPanel();
        runs->selectRun(failed.runId);
        const SearchResult resumed = clickUntilEnd(
            runs->findChild<QPushButton *>(QStringLiteral("resumeRun")), 120000);
        QCOMPARE(resumed.status, RunStatus::Finished);
        SearchEngine reference(test::bundled(BenchmarkId::Nb201Cifar10), nullptr);
        const SearchResult whole = reference.run(re(3000, 3));
        QCOMPARE(resumed.queries, whole.queries);
        QVERIFY(resumed.best && whole.best);
        QCOMPARE(resumed.best->metrics.row, whole.best->metrics.row);
        QCOMPARE(resumed.best->order, whole.best->order);
    }

    void damagedCheckpointIsGoneAroundAndTheRunEndsAsItWould()
    {
        gui::MainWindow &w = *m_window;
        const QString db = m_dir->filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(w.setDatabasePath(db));
        const SearchResult made = runUntilEnd(test::smallNb201Dnas(30));
        QCOMPARE(made.status, RunStatus::Finished);
        test::damageCheckpoints(db);

        // Resume in the runs dock: the log says which checkpoint was damaged
        // and where the run went on from; it ends where it ended before.
        QVERIFY(w.setDatabasePath(db));
        widgets::RunsPanel *runs = w.runsPanel();
        runs->selectRun(made.runId);
        QSignalSpy notices(w.runner(), &gui::SearchRunner::notice);
        const SearchResult resumed = clickUntilEnd(
            runs->findChild<QPushButton *>(QStringLiteral("resumeRun")), 60000);
        QCOMPARE(resumed.status, RunStatus::Finished);
        QCOMPARE(notices.count(), 1);
        const QString notice = notices.first().first().toString();
        QVERIFY2(notice.contains(QLatin1String("is damaged; resuming from step")),
                 qPrintable(notice));
        const auto *log = w.runPanel()->findChild<QPlainTextEdit *>();
        QVERIFY(log && log->toPlainText().contains(notice));
        QVERIFY(resumed.best && made.best);
        QCOMPARE(resumed.best->metrics.row, made.best->metrics.row);
        QCOMPARE(resumed.queries, made.queries);
        QCOMPARE(takeErrors(w), QString());

        // The copy with a newer schema is refused as a whole, untouched.
        const QString newer = m_dir->filePath(QStringLiteral("newer.sqlite"));
        QVERIFY(QFile::copy(db, newer));
        test::execSql(newer, {QStringLiteral("PRAGMA user_version = 9")});
        const QByteArray newerBefore = test::fileDigest(newer);
        QVERIFY(!w.setDatabasePath(newer));
        QCOMPARE(w.databasePath(), QFileInfo(db).absoluteFilePath());
        QVERIFY2(takeErrors(w).contains(QLatin1String("newer")), "no message");
        QCOMPARE(test::fileDigest(newer), newerBefore);
    }

    void tableOfANewerFormatIsReportedAndTheShownOneKept()
    {
        gui::MainWindow &w = *m_window;
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data/benchmarks"))));
        test::writeNewerFormatTable(
            m_dir->filePath(QStringLiteral("data/benchmarks/nb201.dnastab")));
        const QByteArray data = qgetenv("DNAS_DATA_DIR");
        qputenv("DNAS_DATA_DIR", m_dir->filePath(QStringLiteral("data")).toLocal8Bit());
        w.loadBenchmark(BenchmarkId::Nb201ImageNet16);
        QString message;
        QTRY_VERIFY_WITH_TIMEOUT(!(message += takeErrors(w)).isEmpty(), 60000);
        qputenv("DNAS_DATA_DIR", data);
        QVERIFY2(message.contains(QLatin1String("format version 2")), qPrintable(message));
        // The window still searches the table it showed.
        QCOMPARE(runUntilEnd(re(20, 4)).status, RunStatus::Finished);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_dir.reset();
    }

private:
    /** Clicks the button (Start, Resume) and returns how the run it starts
     *  ends; status Running when it has not ended within timeoutMs. */
    SearchResult clickUntilEnd(QPushButton *button, int timeoutMs)
    {
        QSignalSpy ended(m_window.get(), &gui::MainWindow::searchEnded);
        QTest::mouseClick(button, Qt::LeftButton);
        if (!ended.wait(timeoutMs))
            return {};
        return ended.first().first().value<SearchResult>();
    }

    SearchResult runUntilEnd(const SearchConfig &config)
    {
        m_window->runPanel()->setConfig(config);
        return clickUntilEnd(m_window->runPanel()->startButton(), 120000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<gui::MainWindow> m_window;
};

QTEST_MAIN(TestMainWindowFaults)
#include "tst_mainwindow_faults.moc"
