// The `dnas` command line end to end: exit statuses and the figures scripts
// read, on the bundled tables.
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
struct Result
{
    int status = -1;
    QString out;
    QString err;
};

Result run(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(DNAS_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/** results.csv of `dnas compare`: (method,budget,seed) → its fields by
 *  header name; checks the header and that every row has every field. */
QMap<QString, QMap<QString, QString>> readCompareCsv(const QString &path)
{
    QMap<QString, QMap<QString, QString>> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString header = QStringLiteral(
        "method,budget,seed,best_search,best_report,rank,queries,wall_s,found_at,flops,run");
    if (lines.value(0) != header)
        return rows;
    const QStringList names = header.split(QLatin1Char(','));
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != names.size())
            return {};
        QMap<QString, QString> row;
        for (int i = 0; i < names.size(); ++i)
            row.insert(names[i], fields[i]);
        rows.insert(fields.mid(0, 3).join(QLatin1Char(',')), row);
    }
    return rows;
}

const QString kInception = QStringLiteral(
    R"({"matrix": [[0,1,1,1,0,1,0],[0,0,0,0,0,0,1],[0,0,0,0,0,0,1],[0,0,0,0,1,0,0],)"
    R"([0,0,0,0,0,0,1],[0,0,0,0,0,0,1],[0,0,0,0,0,0,0]], "ops": ["input","conv1x1-bn-relu",)"
    R"("conv3x3-bn-relu","conv3x3-bn-relu","conv3x3-bn-relu","maxpool3x3","output"]})");
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifyWholeTable()
    {
        const Result r = run(
            {QStringLiteral("verify"), QStringLiteral("--bench"), QStringLiteral("nb101")}, 600000);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("hash mismatches: 0 / 423624\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("params mismatches: 0 / 423624\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("(thop counts batch norm): 423624 / 423624 rows")),
                 qPrintable(r.out));
    }

    // The shipped tables are exactly what `dnas pack-bench` makes from the
    // project's source tables (skipped where shared/data is not beside the clone).
    void packBenchReproducesBundledTables()
    {
        const QString src = QStringLiteral(DNAS_SHARED_DATA_DIR);
        if (!QFileInfo::exists(src + QStringLiteral("/nb101_table.csv.gz")))
            QSKIP("shared/data is not beside this clone");
        QTemporaryDir dir;
        const Result r = run({QStringLiteral("pack-bench"), QStringLiteral("--source-dir"), src,
                              QStringLiteral("--out-dir"), dir.path(),
                              QStringLiteral("--provenance"),
                              QStringLiteral(DNAS_BUNDLED_DIR "/provenance.json")},
                             300000);
        QCOMPARE(r.status, 0);
        for (const char *name : {"nb101.dnastab", "nb201.dnastab"}) {
            QFile made(dir.filePath(QLatin1String(name)));
            QFile shipped(QStringLiteral(DNAS_BUNDLED_DIR "/") + QLatin1String(name));
            QVERIFY(made.open(QIODevice::ReadOnly));
            QVERIFY(shipped.open(QIODevice::ReadOnly));
            QVERIFY2(made.readAll() == shipped.readAll(), name);
        }
    }

    void info_data()
    {
        QTest::addColumn<QString>("bench");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nb101") << QStringLiteral("nb101")
                               << QStringLiteral("\"best_reported\":0.94661456");
        QTest::newRow("nb201-cifar10")
            << QStringLiteral("nb201-cifar10") << QStringLiteral("\"best_reported\":0.94373333");
        QTest::newRow("nb201-cifar100")
            << QStringLiteral("nb201-cifar100") << QStringLiteral("\"best_reported\":0.73513333");
        QTest::newRow("nb201-imagenet16")
            << QStringLiteral("nb201-imagenet16") << QStringLiteral("\"best_search\":0.46733333");
    }
    void info()
    {
        QFETCH(QString, bench);
        QFETCH(QString, expected);
        const Result r = run(
            {QStringLiteral("info"), QStringLiteral("--bench"), bench, QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void queryNb101()
    {
        const Result r = run({QStringLiteral("query"), QStringLiteral("--bench"),
                              QStringLiteral("nb101"), QStringLiteral("--cell"), kInception});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"params\":2694282")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\"queries\":1")));
    }

    void queryNb201()
    {
        const Result r = run(
            {QStringLiteral("query"), QStringLiteral("--bench"), QStringLiteral("nb201-cifar10"),
             QStringLiteral("--cell"),
             QStringLiteral("|nor_conv_3x3~0|+|nor_conv_3x3~0|nor_conv_3x3~1|+|skip_connect~0|"
                            "nor_conv_3x3~1|nor_conv_3x3~2|")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"reported_accuracy\":")), qPrintable(r.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString q = QStringLiteral("query");
        const QString b = QStringLiteral("--bench");
        const QString c = QStringLiteral("--cell");
        QTest::newRow("disconnected")
            << QStringList {q, b, QStringLiteral("nb101"), c,
                            QStringLiteral(
                                R"({"matrix": [[0,0],[0,0]], "ops": ["input","output"]})")}
            << 2 << QStringLiteral("the input is not connected to the output");
        QTest::newRow("not json") << QStringList {q, b, QStringLiteral("nb101"), c,
                                                  QStringLiteral("{matrix")}
                                  << 2 << QStringLiteral("not a NAS-Bench-101 cell: not JSON");
        QTest::newRow("lower triangle")
            << QStringList {q, b, QStringLiteral("nb101"), c,
                            QStringLiteral(
                                R"({"matrix": [[0,1],[1,0]], "ops": ["input","output"]})")}
            << 2 << QStringLiteral("not upper-triangular");
        QTest::newRow("bad op")
            << QStringList {q, b, QStringLiteral("nb101"), c,
                            QStringLiteral(
                                R"({"matrix": [[0,1,0],[0,0,1],[0,0,0]], "ops": ["input","conv5x5","output"]})")}
            << 2 << QStringLiteral("unknown op \"conv5x5\"");
        QTest::newRow("nb201 string")
            << QStringList {q, b, QStringLiteral("nb201-cifar100"), c, QStringLiteral("|conv~0|")}
            << 2 << QStringLiteral("not a NAS-Bench-201 cell");
        QTest::newRow("unknown bench")
            << QStringList {QStringLiteral("info"), b, QStringLiteral("nb999")} << 2
            << QStringLiteral("unknown benchmark \"nb999\"");
        QTest::newRow("no bench") << QStringList {QStringLiteral("info")} << 2
                                  << QStringLiteral("--bench is required");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("info"), QStringLiteral("--nope")} << 2
            << QStringLiteral("Unknown option 'nope'");
        QTest::newRow("missing table")
            << QStringList {QStringLiteral("info"), b, QStringLiteral("nb101"),
                            QStringLiteral("--table"), QStringLiteral("/nonexistent.dnastab")}
            << 1 << QStringLiteral("cannot open /nonexistent.dnastab");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.status, status);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // The shipped pretrained controllers reconstruct held-out cells, and the
    // evaluation prints every figure scripts read.
    void controllerEval_data()
    {
        QTest::addColumn<QStringList>("args");
        const QStringList common {QStringLiteral("controller-eval"), QStringLiteral("--json"),
                                  QStringLiteral("--held-out"),      QStringLiteral("300"),
                                  QStringLiteral("--seed"),          QStringLiteral("3")};
        QTest::newRow("nb101 as shipped") << common
                + QStringList {QStringLiteral("--bench"), QStringLiteral("nb101"),
                               QStringLiteral("--epochs"), QStringLiteral("0")};
        QTest::newRow("nb201 fine-tuned")
            << common + QStringList {QStringLiteral("--bench"),     QStringLiteral("nb201-cifar10"),
                                     QStringLiteral("--epochs"),    QStringLiteral("2"),
                                     QStringLiteral("--labels"),    QStringLiteral("100"),
                                     QStringLiteral("--predicted"), QStringLiteral("200")};
    }
    void controllerEval()
    {
        QFETCH(QStringList, args);
        const Result r = run(args, 300000);
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char *key : {"recon_exact", "valid_prior", "acc_tau", "flops_tau", "active_dims",
                                "epoch_ms", "train_s", "decode_ms", "encode_ms"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY2(o.value(QLatin1String("recon_exact")).toDouble() >= 0.95, qPrintable(r.out));
        QVERIFY2(o.value(QLatin1String("valid_prior")).toDouble() >= 0.8, qPrintable(r.out));
    }

    // dnas compare: 3 methods x 2 budgets x 2 seeds as child searches, two
    // at a time; the CSV, the summary and the figure; the same results again.
    void compare()
    {
        const QStringList args = QStringLiteral("compare --bench nb101 --methods random,re,ls "
                                                "--budgets 20,30 --seeds 0-1 --jobs 2 --out")
                                     .split(QLatin1Char(' '));
        QTemporaryDir first;
        QTemporaryDir second;
        const Result r = run(args + QStringList {first.path()}, 300000);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("[12/12] ")), qPrintable(r.err));

        const auto rows = readCompareCsv(first.filePath(QStringLiteral("results.csv")));
        QCOMPARE(rows.size(), 12);
        for (const QString &method :
             {QStringLiteral("random"), QStringLiteral("re"), QStringLiteral("ls")}) {
            for (const int budget : {20, 30}) {
                for (const int seed : {0, 1}) {
                    const QString key =
                        QStringLiteral("%1,%2,%3").arg(method).arg(budget).arg(seed);
                    QVERIFY2(rows.contains(key), qPrintable(key));
                    const QMap<QString, QString> &row = rows[key];
                    QCOMPARE(row[QStringLiteral("queries")].toInt(), budget);
                    for (const char *name : {"best_search", "best_report"}) {
                        bool ok = false;
                        const double accuracy = row[QLatin1String(name)].toDouble(&ok);
                        QVERIFY2(ok && accuracy > 0 && accuracy <= 1, qPrintable(key));
                    }
                    QVERIFY2(row[QStringLiteral("rank")].toInt() >= 1, qPrintable(key));
                    const int foundAt = row[QStringLiteral("found_at")].toInt();
                    QVERIFY2(foundAt >= 1 && foundAt <= budget, qPrintable(key));
                    QVERIFY(row[QStringLiteral("run")].toInt() >= 1);
                }
            }
        }

        QFile summary(first.filePath(QStringLiteral("summary.md")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        const QString md = QString::fromUtf8(summary.readAll());
        for (const char *method : {"random", "re", "ls"})
            QVERIFY2(md.contains(QStringLiteral("| %1 | 2 |").arg(QLatin1String(method))),
                     qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("## Budget 20 queries")));
        QVERIFY(md.contains(QStringLiteral("## Budget 30 queries")));
        QVERIFY2(md.contains(QStringLiteral("94.66 %")), qPrintable(md)); // the table's best
        QCOMPARE(r.out, md);

        QFile png(first.filePath(QStringLiteral("curves.png")));
        QVERIFY(png.open(QIODevice::ReadOnly));
        QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY2(png.size() > 10 * 1024, qPrintable(QString::number(png.size())));
        QFile pdf(first.filePath(QStringLiteral("curves.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == QByteArray("%PDF-"));

        // Deterministic: the same searches find the same cells.
        const Result again = run(args + QStringList {second.path()}, 300000);
        QVERIFY2(again.status == 0, qPrintable(again.err));
        const auto rowsAgain = readCompareCsv(second.filePath(QStringLiteral("results.csv")));
        QCOMPARE(rowsAgain.size(), 12);
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QCOMPARE(rowsAgain[it.key()][QStringLiteral("best_report")],
                     it.value()[QStringLiteral("best_report")]);
    }

    void compareBadInput_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("seeds reversed")
            << QStringList {QStringLiteral("--seeds"), QStringLiteral("5-2")}
            << QStringLiteral("--seeds must be A-B with A <= B");
        QTest::newRow("seeds not a range")
            << QStringList {QStringLiteral("--seeds"), QStringLiteral("0..3")}
            << QStringLiteral("--seeds must be A-B");
        QTest::newRow("unknown method")
            << QStringList {QStringLiteral("--methods"), QStringLiteral("random,foo")}
            << QStringLiteral("unknown method 'foo'");
        QTest::newRow("zero budget")
            << QStringList {QStringLiteral("--budgets"), QStringLiteral("10,0")}
            << QStringLiteral("--budgets: '0' is not a budget");
        QTest::newRow("no jobs") << QStringList {QStringLiteral("--jobs"), QStringLiteral("0")}
                                 << QStringLiteral("--jobs must be an integer");
    }
    void compareBadInput()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QStringList args = QStringLiteral("compare --bench nb101 --methods random --budgets 10 "
                                          "--seeds 0-1 --out")
                               .split(QLatin1Char(' '))
            + QStringList {dir.filePath(QStringLiteral("out"))};
        args += options; // a repeated option: QCommandLineParser takes the last value
        const Result r = run(args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out/results.csv"))));
    }

    // dnas factors: the JSON object scripts read, both shipped NB-201
    // controllers, and the HTML report with its embedded plots.
    void factors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("default") << QStringList {};
        QTest::newRow("beta 0, relative") << QStringList {
            QStringLiteral("--beta"), QStringLiteral("0"), QStringLiteral("--relative")};
    }
    void factors()
    {
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("report.html"));
        const Result r = run(QStringList {QStringLiteral("factors"), QStringLiteral("--bench"),
                                          QStringLiteral("nb201-cifar10"), QStringLiteral("--seed"),
                                          QStringLiteral("2"), QStringLiteral("--cells"),
                                          QStringLiteral("30"), QStringLiteral("--json"),
                                          QStringLiteral("--out"), html}
                                 + extra,
                             300000);
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o.value(QStringLiteral("score")).isDouble(), qPrintable(r.out));
        QVERIFY(o.value(QStringLiteral("mig")).toDouble() >= 0);
        QCOMPARE(o.value(QStringLiteral("factors")).toArray().size(), 6); // NB-201's edges
        const QJsonArray dims = o.value(QStringLiteral("dims")).toArray();
        QCOMPARE(dims.size(), 16);
        for (const QJsonValue &v : dims) {
            const QJsonObject d = v.toObject();
            for (const char *key : {"dim", "label", "purity", "activity", "rho_acc", "rho_flops"})
                QVERIFY2(d.contains(QLatin1String(key)), key);
            QVERIFY(d.value(QStringLiteral("purity")).toDouble() >= 0);
            QVERIFY(d.value(QStringLiteral("purity")).toDouble() <= 1);
            QVERIFY(std::abs(d.value(QStringLiteral("rho_acc")).toDouble()) <= 1);
        }
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        QVERIFY(page.contains("Disentanglement score"));
        QVERIFY(page.count("<img") >= 2); // both factor grids, plus traversal strips
        QVERIFY(page.contains("data:image/png;base64,"));
    }

    void factorsBadInput()
    {
        for (const QStringList &args :
             {QStringList {QStringLiteral("--cells"), QStringLiteral("0")},
              QStringList {QStringLiteral("--beta"), QStringLiteral("-1")},
              QStringList {QStringLiteral("--controller"),
                           QStringLiteral("/nonexistent.dnasctl")}}) {
            const Result r = run(QStringList {QStringLiteral("factors"), QStringLiteral("--bench"),
                                              QStringLiteral("nb201-cifar10")}
                                 + args);
            QVERIFY2(r.status == 2 || r.status == 1, qPrintable(r.err));
            QVERIFY2(!r.err.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        }
    }

    void help_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"info", "query", "verify", "import-tfrecord", "pack-bench",
                              "load-time", "controller-pretrain", "controller-eval", "compare",
                              "factors", "ui-timing", "search"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void help()
    {
        QFETCH(QString, command);
        const Result r = run({command, QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage: dnas ") + command), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
