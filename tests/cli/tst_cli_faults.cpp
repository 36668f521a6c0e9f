// Faults around the files the command line writes and reads, end to end on
// the built `dnas`: a read-only run database, a disk that fills up in the
// middle of a run, a database of a newer schema, a damaged controller
// checkpoint, and benchmark tables of a newer format or of the other space.
// Each gives a clear message, keeps the run in progress and loses nothing
// already stored.
#include "store/run_store.h"
#include "testsupport/cli_process.h"
#include "testsupport/file_faults.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace dnas;
using test::CliResult;

namespace {
CliResult runDnas(const QStringList &args, const std::function<void()> &childSetup = {})
{
    return test::runCli(QStringLiteral(DNAS_CLI_PATH), args, 300000, childSetup);
}

QStringList reSearch(const QString &db, int budget, int seed)
{
    return {QStringLiteral("search"),
            QStringLiteral("--bench"),
            QStringLiteral("nb201-cifar10"),
            QStringLiteral("--method"),
            QStringLiteral("re"),
            QStringLiteral("--budget"),
            QString::number(budget),
            QStringLiteral("--seed"),
            QString::number(seed),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--quiet")};
}

/** A run database with one finished RE run (30 queries), made by `dnas`. */
QString databaseWithOneRun(const QTemporaryDir &dir, const QString &name)
{
    const QString db = dir.filePath(name);
    const CliResult r = runDnas(reSearch(db, 30, 1));
    if (r.status != 0)
        qFatal("cannot make the sample database: %s", qPrintable(r.err));
    return db;
}

/** `dnas args` fails, says `says`, and leaves the database file as it was. */
void checkRefusedAndUntouched(const QString &db, const QStringList &args, const char *says,
                              const std::function<void()> &childSetup = {})
{
    const QByteArray before = test::fileDigest(db);
    const CliResult r = runDnas(args, childSetup);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QLatin1String(says)), qPrintable(r.err));
    QVERIFY2(r.err.contains(db), qPrintable(r.err));
    QCOMPARE(test::fileDigest(db), before);
}
} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyDatabaseIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString db = databaseWithOneRun(dir, QStringLiteral("ro.sqlite"));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        // Root writes anywhere: then the child runs as nobody, for whom the
        // file and its folder are read-only as for any user.
        const auto asUser = [] {
            if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
                ::_exit(97);
        };
        checkRefusedAndUntouched(db, reSearch(db, 30, 2), "read-only", asUser);
        // What is stored still reads: the finished run prints its result.
        const CliResult again = runDnas(reSearch(db, 30, 1) << QStringLiteral("--reuse"), asUser);
        QVERIFY2(again.status == 0, qPrintable(again.err));
        QCOMPARE(again.json.value(QLatin1String("queries")).toInt(), 30);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    }

    void fullDiskKeepsTheRunAndResumeFinishesIt()
    {
        QTemporaryDir dir;
        const QString db = databaseWithOneRun(dir, QStringLiteral("full.sqlite"));
        const qint64 size = QFileInfo(db).size();
        // The file system refuses to let any file grow past a limit: writes
        // fail as on a full disk (EFBIG instead of a SIGXFSZ kill).
        const auto fullDisk = [size] {
            test::limitFileSize(size + 96 * 1024);
        };
        const CliResult failed = runDnas(reSearch(db, 3000, 3), fullDisk);
        QCOMPARE(failed.status, 1);
        QVERIFY2(failed.err.contains(QLatin1String("disk may be full")), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(QLatin1String("--resume 2")), qPrintable(failed.err));
        int kept = 0;
        {
            RunStore store(db);
            QCOMPARE(store.run(1).status, RunStatus::Finished);
            QCOMPARE(int(store.queries(1).size()), 30);
            const StoredRun second = store.run(2);
            // "failed" with the error when that last write still fit, else
            // "running" as the failed write left it: resumable either way.
            QVERIFY(second.status == RunStatus::Failed || second.status == RunStatus::Running);
            kept = int(store.queries(2).size());
            QVERIFY2(kept > 0 && kept < 3000, qPrintable(QString::number(kept)));
        }
        // Space again: the run continues to exactly what an uninterrupted run finds.
        const CliResult resumed = runDnas(
            {QStringLiteral("search"), QStringLiteral("--resume"), QStringLiteral("2"),
             QStringLiteral("--db"), db, QStringLiteral("--bench"), QStringLiteral("nb201-cifar10"),
             QStringLiteral("--quiet")});
        QVERIFY2(resumed.status == 0, qPrintable(resumed.err));
        const CliResult whole = runDnas(
            reSearch(dir.filePath(QStringLiteral("whole.sqlite")), 3000, 3));
        QCOMPARE(whole.status, 0);
        for (const char *key : {"row", "found_at", "queries", "best_search"})
            QCOMPARE(resumed.json.value(QLatin1String(key)), whole.json.value(QLatin1String(key)));
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString db = databaseWithOneRun(dir, QStringLiteral("newer.sqlite"));
        test::execSql(db, {QStringLiteral("PRAGMA user_version = 9")});
        checkRefusedAndUntouched(db, reSearch(db, 30, 2), "newer");
    }

    void damagedCheckpointsAreGoneAroundAndTheRunEndsAsItWould()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("dnas.sqlite"));
        const CliResult made = runDnas(
            {QStringLiteral("search"), QStringLiteral("--bench"), QStringLiteral("nb201-cifar10"),
             QStringLiteral("--method"), QStringLiteral("dnas"), QStringLiteral("--budget"),
             QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("1"),
             QStringLiteral("--db"), db, QStringLiteral("--quiet")});
        QVERIFY2(made.status == 0, qPrintable(made.err));
        const QStringList resume = {QStringLiteral("search"),
                                    QStringLiteral("--resume"),
                                    QStringLiteral("1"),
                                    QStringLiteral("--db"),
                                    db,
                                    QStringLiteral("--bench"),
                                    QStringLiteral("nb201-cifar10"),
                                    QStringLiteral("--quiet")};
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(QFile::copy(db, backup));
        // As if it had been stopped with the newest checkpoint damaged on
        // disk, then with every checkpoint damaged: the resume goes back to
        // the newest intact one (or the start), says so, replays the stored
        // queries and ends where the run ended.
        for (const bool everyStep : {false, true}) {
            QFile::remove(db);
            QVERIFY(QFile::copy(backup, db));
            test::damageCheckpoints(db, everyStep);
            const CliResult r = runDnas(resume);
            QVERIFY2(r.status == 0, qPrintable(r.err));
            QVERIFY2(
                r.err.contains(QLatin1String("is damaged; resuming from ")
                               + (everyStep ? QLatin1String("the start") : QLatin1String("step "))),
                qPrintable(r.err));
            for (const char *key : {"row", "found_at", "queries", "best_search"})
                QCOMPARE(r.json.value(QLatin1String(key)), made.json.value(QLatin1String(key)));
            RunStore store(db);
            QCOMPARE(store.run(1).status, RunStatus::Finished);
            QCOMPARE(int(store.queries(1).size()), 40);
        }
        // A step whose stored state is damaged stops the resume before
        // anything is written: the run is left exactly as it was.
        QFile::remove(db);
        QVERIFY(QFile::copy(backup, db));
        test::execSql(db,
                      {QStringLiteral("UPDATE runs SET status = 'cancelled'"),
                       QStringLiteral("UPDATE steps SET state = 'not JSON'")});
        checkRefusedAndUntouched(db, resume, "left as it was");
    }

    void tablesOfANewerFormatOrTheOtherSpaceAreRefused()
    {
        QTemporaryDir dir;
        const QString v2 = dir.filePath(QStringLiteral("v2.dnastab"));
        test::writeNewerFormatTable(v2);
        const CliResult newer = runDnas({QStringLiteral("info"), QStringLiteral("--bench"),
                                         QStringLiteral("nb201-cifar10"), QStringLiteral("--table"),
                                         v2});
        QCOMPARE(newer.status, 1);
        QVERIFY2(newer.err.contains(QLatin1String("format version 2")), qPrintable(newer.err));
        const CliResult other = runDnas({QStringLiteral("info"), QStringLiteral("--bench"),
                                         QStringLiteral("nb201-cifar10"), QStringLiteral("--table"),
                                         QStringLiteral(DNAS_BUNDLED_DIR "/nb101.dnastab")});
        QCOMPARE(other.status, 1);
        QVERIFY2(other.err.contains(QLatin1String("holds the table \"nb101\"")),
                 qPrintable(other.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
