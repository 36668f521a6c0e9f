// `dnas search` end to end: the JSON line, bad configurations, and a run
// killed with SIGKILL at a random moment that resumes to the same result as
// an uninterrupted run of the same seed.
#include "store/run_store.h"
#include "testsupport/cli_process.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dnas;

namespace {
using Result = test::CliResult;

Result run(const QStringList &args, int timeoutMs = 300000)
{
    return test::runCli(QStringLiteral(DNAS_CLI_PATH),
                        QStringList {QStringLiteral("search")} + args, timeoutMs);
}

/** A DNAS configuration small enough for a test on NB-201. */
QString writeSmallConfig(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("small.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(R"({"initial": 20, "iterations": 4, "pool": 800, "epochs": 3,
                "pseudo_labels": 100, "pseudo_epochs": 1, "top_p": 20})");
    return path;
}

int storedQueries(const QString &db)
{
    if (!QFile::exists(db))
        return 0;
    try {
        RunStore store(db);
        const auto runs = store.runs();
        return runs.empty() ? 0 : runs.back().queries;
    } catch (const std::exception &) {
        return 0;
    }
}
} // namespace

class TestSearchCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLine()
    {
        QTemporaryDir dir;
        const Result r = run({QStringLiteral("--bench"), QStringLiteral("nb101"),
                              QStringLiteral("--method"), QStringLiteral("re"),
                              QStringLiteral("--budget"), QStringLiteral("100"),
                              QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--db"),
                              dir.filePath(QStringLiteral("r.sqlite"))});
        QCOMPARE(r.status, 0);
        for (const char *key : {"best_cell", "best_search", "best_report", "rank", "queries",
                                "flops", "params", "run", "wall_s"})
            QVERIFY2(r.json.contains(QLatin1String(key)), key);
        QCOMPARE(r.json.value(QStringLiteral("queries")).toInt(), 100);
        QVERIFY(r.json.value(QStringLiteral("rank")).toInt() >= 1);
        QVERIFY(r.json.value(QStringLiteral("best_cell"))
                    .toObject()
                    .contains(QStringLiteral("matrix")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no method")
            << QStringList {QStringLiteral("--bench"), QStringLiteral("nb101")}
            << QStringLiteral("--method is required");
        QTest::newRow("bad method")
            << QStringList {QStringLiteral("--bench"), QStringLiteral("nb101"),
                            QStringLiteral("--method"), QStringLiteral("bayes")}
            << QStringLiteral("unknown method 'bayes'");
        QTest::newRow("unknown key")
            << QStringList {QStringLiteral("--config"), QStringLiteral("@{\"pool_size\": 5}")}
            << QStringLiteral("'pool_size': unknown key");
        QTest::newRow("out of range")
            << QStringList {QStringLiteral("--config"), QStringLiteral("@{\"eps1\": 2}")}
            << QStringLiteral("'eps1'");
        QTest::newRow("not json") << QStringList {QStringLiteral("--config"),
                                                  QStringLiteral("@{pool")}
                                  << QStringLiteral("is not JSON");
        QTest::newRow("bad flops")
            << QStringList {QStringLiteral("--flops-max"), QStringLiteral("-3")}
            << QStringLiteral("--flops-max");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        // "@..." stands for a config file with that text.
        for (QString &a : args) {
            if (a.startsWith(QLatin1Char('@'))) {
                const QString path = dir.filePath(QStringLiteral("c.json"));
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(a.mid(1).toUtf8());
                a = path;
            }
        }
        if (!args.contains(QStringLiteral("--bench")))
            args << QStringLiteral("--bench") << QStringLiteral("nb101")
                 << QStringLiteral("--method") << QStringLiteral("dnas");
        const Result r = run(args << QStringLiteral("--db")
                                  << dir.filePath(QStringLiteral("x.sqlite")));
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void resumeAfterSigkill_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("killAfter");
        QTest::addColumn<QString>("bench");
        QTest::addColumn<int>("budget");
        QTest::addColumn<bool>("reuse"); // continue with --reuse and the same options, not --resume
        QTest::newRow("dnas") << QStringLiteral("dnas") << 33 << QStringLiteral("nb201-cifar100")
                              << 80 << false;
        // Evolution is fast: a large budget leaves time to kill it.
        QTest::newRow("re") << QStringLiteral("re") << 900 << QStringLiteral("nb101") << 5000
                            << true;
    }

    void resumeAfterSigkill()
    {
        QFETCH(QString, method);
        QFETCH(int, killAfter);
        QFETCH(QString, bench);
        QFETCH(int, budget);
        QFETCH(bool, reuse);
        QTemporaryDir dir;
        const QStringList common {QStringLiteral("--bench"),  bench,
                                  QStringLiteral("--method"), method,
                                  QStringLiteral("--budget"), QString::number(budget),
                                  QStringLiteral("--seed"),   QStringLiteral("6"),
                                  QStringLiteral("--config"), writeSmallConfig(dir)};
        const Result whole = run(
            common
            + QStringList {QStringLiteral("--db"), dir.filePath(QStringLiteral("a.sqlite"))});
        QCOMPARE(whole.status, 0);

        const QString db = dir.filePath(QStringLiteral("b.sqlite"));
        QProcess p;
        p.start(QStringLiteral(DNAS_CLI_PATH),
                QStringList {QStringLiteral("search")} + common
                    + QStringList {QStringLiteral("--db"), db});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            storedQueries(db) >= killAfter || p.state() == QProcess::NotRunning, 120000);
        p.kill(); // SIGKILL
        p.waitForFinished();
        QVERIFY2(storedQueries(db) < budget, "the run ended before it could be killed");
        const int before = storedQueries(db);

        const QStringList again = reuse
            ? common + QStringList {QStringLiteral("--reuse"), QStringLiteral("--db"), db}
            : QStringList {QStringLiteral("--bench"),  bench,
                           QStringLiteral("--resume"), QStringLiteral("1"),
                           QStringLiteral("--db"),     db};
        const Result resumed = run(again);
        QCOMPARE(resumed.status, 0);
        QCOMPARE(resumed.json.value(QStringLiteral("run")).toInt(), 1);
        QCOMPARE(resumed.json.value(QStringLiteral("queries")).toInt(), budget);
        for (const char *key :
             {"best_cell", "best_search", "best_report", "rank", "row", "found_at"})
            QVERIFY2(resumed.json.value(QLatin1String(key)) == whole.json.value(QLatin1String(key)),
                     key);
        // The queries stored before the kill were kept, in order.
        RunStore a(dir.filePath(QStringLiteral("a.sqlite")));
        RunStore b(db);
        const auto qa = a.queries(1);
        const auto qb = b.queries(1);
        QCOMPARE(int(qb.size()), budget);
        for (int i = 0; i < budget; ++i)
            QCOMPARE(qb[std::size_t(i)].metrics.row, qa[std::size_t(i)].metrics.row);
        QVERIFY(before >= killAfter);
        QCOMPARE(b.run(1).status, RunStatus::Finished);
        if (reuse) {
            // Once finished, the same command answers from the database.
            const Result third = run(again);
            QCOMPARE(third.status, 0);
            QCOMPARE(third.json.value(QStringLiteral("run")).toInt(), 1);
            QCOMPARE(third.json.value(QStringLiteral("row")),
                     whole.json.value(QStringLiteral("row")));
            QCOMPARE(int(b.runs().size()), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_search_cli.moc"
