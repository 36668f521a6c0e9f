// dnas compare: every method × budget × seed as a `dnas search` child
// process, then a CSV of the results, a Markdown summary and the mean
// convergence curves (drawn offscreen with the GUI's ConvergencePlot).
#include "cli_common.h"

#include "analysis/statistics.h"
#include "search/search_config.h"
#include "store/run_store.h"

#include "convergence_figure.h"
#include "plot_style.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace dnas::cli {

namespace {

/** One search to run: a combination of method, budget and seed. */
struct Job
{
    QString method;
    int budget = 0;
    quint64 seed = 0;
};

/** What a finished child left: its JSON line, or why there is none. */
struct Outcome
{
    bool started = false;
    bool ok = false;
    int exitCode = -1; ///< -1: crashed or did not start
    QJsonObject json;
    QString error; ///< the child's stderr or the start error
    /** Best-so-far curve from the run database: after query i (0-based), the
     *  reported accuracy of the best cell by search accuracy. */
    std::vector<double> curve;
};

QStringList splitList(const QString &value)
{
    QStringList items;
    for (const QString &item : value.split(QLatin1Char(',')))
        if (!item.trimmed().isEmpty() && !items.contains(item.trimmed()))
            items << item.trimmed();
    return items;
}

QStringList methodsOption(const QCommandLineParser &p)
{
    const QStringList keys = searchMethodKeys();
    const QStringList methods = splitList(p.value(QStringLiteral("methods")));
    if (methods.isEmpty())
        throw BadInput(QStringLiteral("--methods is required: a comma-separated list of %1")
                           .arg(keys.join(QStringLiteral(", "))));
    for (const QString &m : methods) {
        if (!searchMethodFromKey(m))
            throw BadInput(QStringLiteral("unknown method '%1' in --methods (one of %2)")
                               .arg(m, keys.join(QStringLiteral(", "))));
    }
    return methods;
}

QList<int> budgetsOption(const QCommandLineParser &p)
{
    const QStringList items = splitList(p.value(QStringLiteral("budgets")));
    if (items.isEmpty())
        throw BadInput(
            QStringLiteral("--budgets is required: a comma-separated list of query budgets"));
    QList<int> budgets;
    for (const QString &item : items) {
        bool ok = false;
        const int b = item.toInt(&ok);
        if (!ok || b <= 0 || b > 1000000)
            throw BadInput(
                QStringLiteral("--budgets: '%1' is not a budget (an integer in 1..1000000)")
                    .arg(item));
        if (!budgets.contains(b))
            budgets << b;
    }
    return budgets;
}

/** "A-B" (A ≤ B) or one seed "A". */
std::pair<quint64, quint64> seedsOption(const QCommandLineParser &p)
{
    const QString text = p.value(QStringLiteral("seeds")).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:-(\\d+))?$"));
    const QRegularExpressionMatch m = pattern.match(text);
    bool okA = false;
    bool okB = false;
    const quint64 a = m.captured(1).toULongLong(&okA);
    const quint64 b = m.captured(2).isEmpty() ? a : m.captured(2).toULongLong(&okB);
    if (text.isEmpty() || !m.hasMatch() || !okA || (!m.captured(2).isEmpty() && !okB) || a > b)
        throw BadInput(QStringLiteral("--seeds must be A-B with A <= B, or one seed (e.g. 0-19 "
                                      "or 7); got '%1'")
                           .arg(text));
    return {a, b};
}

QString percent(double fraction, int decimals = 2)
{
    return QString::number(fraction * 100, 'f', decimals);
}

/** A FLOPS count as "150 MFLOPs". */
QString mflops(double flops)
{
    return QStringLiteral("%1 MFLOPs").arg(QString::number(flops / 1e6, 'g', 6));
}

/** Shortest text that reads back as the same double (no exponent). */
QString exact(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

/** "94.21 ± 0.13", or only the mean for one value. */
QString meanStd(const std::vector<double> &v, int decimals)
{
    if (v.empty())
        return QStringLiteral("—");
    const QString m = QString::number(mean(v), 'f', decimals);
    return v.size() < 2
        ? m
        : QStringLiteral("%1 ± %2").arg(m, QString::number(sampleStd(v), 'f', decimals));
}

QString seedsText(std::pair<quint64, quint64> seeds)
{
    return seeds.first == seeds.second ? QString::number(seeds.first)
                                       : QStringLiteral("%1–%2").arg(seeds.first).arg(seeds.second);
}

/**
 * Runs the jobs as `dnas search` children, at most `parallel` at once, in
 * the order given; reports each finished one on stderr. A child that rejects
 * its options (exit status 2) would be followed by others doing the same:
 * no new ones start then and *badInput is set.
 */
std::vector<Outcome> runJobs(const std::vector<Job> &jobs, const QStringList &commonArgs,
                             int parallel, bool *badInput)
{
    std::vector<Outcome> outcomes(jobs.size());
    const QString program = QCoreApplication::applicationFilePath();
    const int total = int(jobs.size());
    QEventLoop loop;
    std::size_t next = 0;
    int running = 0;
    int done = 0;
    bool stop = false;

    const auto label = [&](std::size_t i) {
        return QStringLiteral("[%1/%2] %3 budget %4 seed %5")
            .arg(done)
            .arg(total)
            .arg(jobs[i].method)
            .arg(jobs[i].budget)
            .arg(jobs[i].seed);
    };
    std::function<void()> launch;
    const auto finish = [&](std::size_t i, QProcess *process, int exitCode, bool crashed) {
        Outcome &o = outcomes[i];
        o.started = true;
        const QString stdoutText = QString::fromUtf8(process->readAllStandardOutput());
        const QString stderrText = QString::fromUtf8(process->readAllStandardError()).trimmed();
        o.exitCode = crashed ? -1 : exitCode;
        for (const QString &line : stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
            if (doc.isObject())
                o.json = doc.object();
        }
        // A finished run may have no best cell (none within a FLOPS limit).
        o.ok = o.exitCode == 0
            && o.json.value(QStringLiteral("status")).toString() == QLatin1String("finished");
        if (!o.ok) {
            o.error = stderrText;
            if (o.error.isEmpty() && process->error() == QProcess::FailedToStart)
                o.error = process->errorString();
        }
        process->deleteLater();
        --running;
        ++done;
        const double wall = o.json.value(QStringLiteral("wall_s")).toDouble();
        const QString seconds = QString::number(wall, 'f', wall < 10 ? 2 : 1);
        if (o.ok && o.json.contains(QStringLiteral("best_report"))) {
            err(QStringLiteral("%1: %2 % (rank %3) in %4 s\n")
                    .arg(label(i), percent(o.json.value(QStringLiteral("best_report")).toDouble()))
                    .arg(o.json.value(QStringLiteral("rank")).toInt())
                    .arg(seconds));
        } else if (o.ok) {
            err(QStringLiteral("%1: no cell within the FLOPS limit in %2 s\n")
                    .arg(label(i), seconds));
        } else {
            const QString why = crashed ? QStringLiteral("crashed")
                : exitCode == 0         ? QStringLiteral("no result line")
                                        : QStringLiteral("exit status %1").arg(exitCode);
            QString indented = o.error.isEmpty() ? QStringLiteral("(no error output)") : o.error;
            indented.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
            err(QStringLiteral("%1: FAILED (%2)\n    %3\n").arg(label(i), why, indented));
            if (!crashed && exitCode == ExitBadInput) {
                *badInput = true;
                stop = true;
            }
        }
        launch();
    };
    launch = [&]() {
        while (!stop && running < parallel && next < jobs.size()) {
            const std::size_t i = next++;
            const Job &job = jobs[i];
            auto *process = new QProcess(&loop);
            process->setProgram(program);
            process->setArguments(QStringList {QStringLiteral("search"), QStringLiteral("--method"),
                                               job.method, QStringLiteral("--budget"),
                                               QString::number(job.budget),
                                               QStringLiteral("--seed"), QString::number(job.seed),
                                               QStringLiteral("--quiet"), QStringLiteral("--reuse")}
                                  + commonArgs);
            QObject::connect(process, &QProcess::finished, &loop,
                             [&, i, process](int code, QProcess::ExitStatus status) {
                                 finish(i, process, code, status != QProcess::NormalExit);
                             });
            QObject::connect(process, &QProcess::errorOccurred, &loop,
                             [&, i, process](QProcess::ProcessError e) {
                                 // Only a failed start is not followed by finished().
                                 if (e == QProcess::FailedToStart)
                                     finish(i, process, -1, true);
                             });
            ++running;
            process->start();
        }
        if (running == 0)
            loop.quit();
    };
    launch();
    if (running > 0)
        loop.exec();
    return outcomes;
}

/** After each query: the reported accuracy of the best cell by search
 *  accuracy so far among those within the FLOPS limit (the first one reached
 *  on ties, as the engine picks it); NaN before the first such cell. */
std::vector<double> bestSoFar(const std::vector<QueryRecord> &queries,
                              std::optional<double> flopsMax)
{
    std::vector<double> curve;
    curve.reserve(queries.size());
    double bestSearch = -std::numeric_limits<double>::infinity();
    double reported = std::numeric_limits<double>::quiet_NaN();
    for (const QueryRecord &q : queries) {
        if ((!flopsMax || q.metrics.flops <= *flopsMax) && q.metrics.searchAccuracy > bestSearch) {
            bestSearch = q.metrics.searchAccuracy;
            reported = q.metrics.reportedAccuracy;
        }
        curve.push_back(reported);
    }
    return curve;
}

/** The 1-based query at which a curve first reaches `threshold`, or 0. */
int firstReaching(const std::vector<double> &curve, double threshold)
{
    for (std::size_t i = 0; i < curve.size(); ++i) {
        if (curve[i] >= threshold)
            return int(i) + 1;
    }
    return 0;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()
        || !f.flush())
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
}

} // namespace

int runCompare(const QStringList &args)
{
    QCommandLineParser p;
    addBenchOptions(p);
    p.addOption({QStringLiteral("methods"),
                 QStringLiteral("Comma-separated search methods (%1).")
                     .arg(searchMethodKeys().join(QStringLiteral(", "))),
                 QStringLiteral("LIST")});
    p.addOption({QStringLiteral("budgets"),
                 QStringLiteral("Comma-separated query budgets, e.g. 100,300."),
                 QStringLiteral("LIST")});
    p.addOption({QStringLiteral("seeds"),
                 QStringLiteral("Seeds A-B (inclusive), or one seed; e.g. 0-19."),
                 QStringLiteral("A-B")});
    p.addOption({QStringLiteral("out"),
                 QStringLiteral("Output folder (created): runs.sqlite, results.csv, summary.md, "
                                "curves.png, curves.pdf. Runs already in its runs.sqlite with "
                                "the same settings are reused (finished) or resumed (killed)."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("jobs"), QStringLiteral("Searches run at once (default 1)."),
                 QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("config"),
                 QStringLiteral("JSON settings passed to every search (see dnas search)."),
                 QStringLiteral("FILE.json")});
    p.addOption({QStringLiteral("flops-max"),
                 QStringLiteral("FLOPS limit F passed to every search."), QStringLiteral("F")});
    p.addOption({QStringLiteral("preset"),
                 QStringLiteral("DNAS settings passed to every search: default or paper."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("threads"),
                 QStringLiteral("LibTorch threads of each search (default 1)."),
                 QStringLiteral("N"), QStringLiteral("1")});
    int status = ExitOk;
    if (!parseCommand(p, args,
                      QStringLiteral("Run every combination of methods, budgets and seeds as a "
                                     "search (a child process each) and write results.csv, "
                                     "summary.md and curves.png/.pdf to --out. The summary is "
                                     "also printed; progress goes to stderr."),
                      &status))
        return status;

    // --- options, all checked before anything runs ----------------------------
    const BenchmarkId id = benchFromOption(p);
    const QStringList methods = methodsOption(p);
    const QList<int> budgets = budgetsOption(p);
    if (!p.isSet(QStringLiteral("seeds")))
        throw BadInput(QStringLiteral("--seeds is required (A-B, e.g. 0-19)"));
    const auto seeds = seedsOption(p);
    const int jobs = intOption(p, QStringLiteral("jobs"), 1, 256);
    const quint64 seedCount = seeds.second - seeds.first + 1;
    if (seedCount == 0 || seedCount > 100000
        || seedCount * quint64(methods.size()) * quint64(budgets.size()) > 100000)
        throw BadInput(QStringLiteral("--seeds %1 makes too many runs (at most 100000)")
                           .arg(seedsText(seeds)));

    QStringList common {QStringLiteral("--bench"), benchmarkKey(id)};
    if (p.isSet(QStringLiteral("table"))) {
        const QFileInfo table(p.value(QStringLiteral("table")));
        common << QStringLiteral("--table") << table.absoluteFilePath();
    }
    if (p.isSet(QStringLiteral("config"))) {
        const QFileInfo config(p.value(QStringLiteral("config")));
        if (!config.isFile() || !config.isReadable())
            throw BadInput(QStringLiteral("cannot read --config %1").arg(config.filePath()));
        common << QStringLiteral("--config") << config.absoluteFilePath();
    }
    std::optional<double> flopsMax;
    if (p.isSet(QStringLiteral("flops-max"))) {
        flopsMax = doubleOption(p, QStringLiteral("flops-max"), 1, 1e15);
        common << QStringLiteral("--flops-max") << p.value(QStringLiteral("flops-max"));
    }
    if (p.isSet(QStringLiteral("preset"))) {
        const QString preset = p.value(QStringLiteral("preset"));
        if (preset != QLatin1String("default") && preset != QLatin1String("paper"))
            throw BadInput(QStringLiteral("--preset must be default or paper"));
        common << QStringLiteral("--preset") << preset;
    }
    common << QStringLiteral("--threads")
           << QString::number(intOption(p, QStringLiteral("threads"), 1, 64));

    const QString outArg = p.value(QStringLiteral("out"));
    if (outArg.isEmpty())
        throw BadInput(QStringLiteral("--out is required (the folder the results go to)"));
    QDir outDir(outArg);
    if (!QDir().mkpath(outArg) || !QFileInfo(outArg).isDir() || !QFileInfo(outArg).isWritable())
        throw BadInput(QStringLiteral("--out: cannot create a writable folder %1").arg(outArg));
    outDir.makeAbsolute();
    const QString dbPath = outDir.filePath(QStringLiteral("runs.sqlite"));
    common << QStringLiteral("--db") << dbPath;

    // The table, for its optimum (and to fail before any child when missing).
    const auto bench = loadFromOptions(p);

    // --- the runs, method-major ------------------------------------------------
    std::vector<Job> jobList;
    for (const QString &m : methods)
        for (int b : budgets)
            for (quint64 s = seeds.first;; ++s) {
                jobList.push_back({m, b, s});
                if (s == seeds.second)
                    break;
            }
    err(QStringLiteral("dnas compare: %1 runs (%2 methods x %3 budgets x %4 seeds), %5 at once\n")
            .arg(jobList.size())
            .arg(methods.size())
            .arg(budgets.size())
            .arg(seedCount)
            .arg(jobs));
    bool badInput = false;
    std::vector<Outcome> outcomes = runJobs(jobList, common, jobs, &badInput);

    // --- best-so-far curves from the run database --------------------------------
    int failed = 0;
    int succeeded = 0;
    int notStarted = 0;
    for (const Outcome &o : outcomes)
        (!o.started ? notStarted : o.ok ? succeeded : failed) += 1;
    if (succeeded > 0) {
        RunStore store(dbPath);
        bool configRead = false;
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            Outcome &o = outcomes[i];
            if (!o.ok)
                continue;
            const qint64 runId = o.json.value(QStringLiteral("run")).toInteger();
            try {
                // The limit as the run used it (also when set by --config).
                const std::optional<double> limit = store.run(runId).config.flopsMax;
                if (!configRead) {
                    flopsMax = limit;
                    configRead = true;
                }
                o.curve = bestSoFar(store.queries(runId), limit);
                const double reported = o.json.value(QStringLiteral("best_report"))
                                            .toDouble(std::numeric_limits<double>::quiet_NaN());
                const double last = o.curve.empty() ? std::nan("") : o.curve.back();
                if (!(std::isnan(reported) && std::isnan(last))
                    && !(std::abs(reported - last) < 1e-12))
                    err(QStringLiteral("dnas compare: warning: the stored queries of run %1 end "
                                       "at %2, the search reported %3\n")
                            .arg(runId)
                            .arg(exact(last), exact(reported)));
            } catch (const Error &e) {
                err(QStringLiteral("dnas compare: cannot read run %1 of %2: %3\n")
                        .arg(runId)
                        .arg(dbPath, e.message()));
            }
        }
    }

    // The optimum the runs can reach: the table's best, within the FLOPS
    // limit (NaN when no row is).
    double optimum = bench->bestReported();
    if (flopsMax) {
        optimum = std::numeric_limits<double>::quiet_NaN();
        for (int row = 0; row < bench->size(); ++row) {
            const CellMetrics m = bench->metrics(row);
            if (m.flops <= *flopsMax && !(m.reportedAccuracy <= optimum))
                optimum = m.reportedAccuracy;
        }
    }

    // --- results.csv ---------------------------------------------------------------
    QByteArray csv("method,budget,seed,best_search,best_report,rank,queries,wall_s,found_at,flops,"
                   "run\n");
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const Outcome &o = outcomes[i];
        if (!o.ok)
            continue;
        // Empty fields where a run has no best cell.
        const auto field = [&o](const char *key) {
            const QJsonValue v = o.json.value(QLatin1String(key));
            return v.isDouble() ? exact(v.toDouble()) : QString();
        };
        csv += QStringList {jobList[i].method,
                            QString::number(jobList[i].budget),
                            QString::number(jobList[i].seed),
                            field("best_search"),
                            field("best_report"),
                            field("rank"),
                            field("queries"),
                            field("wall_s"),
                            field("found_at"),
                            field("flops"),
                            field("run")}
                   .join(QLatin1Char(','))
                   .toUtf8()
            + '\n';
    }
    writeFile(outDir.filePath(QStringLiteral("results.csv")), csv);

    // --- summary.md and the curves -------------------------------------------------
    const double thresholdsPp[] = {1.0, 0.5, 0.25};
    const bool haveOptimum = !std::isnan(optimum);
    QString md;
    md += QStringLiteral("# Search comparison on %1, seeds %2\n\n")
              .arg(benchmarkTitle(id), seedsText(seeds));
    QStringList budgetList;
    for (int b : budgets)
        budgetList << QString::number(b);
    md += QStringLiteral("Methods %1; budgets %2 queries; seeds %3 (%4 per method and budget).")
              .arg(methods.join(QStringLiteral(", ")), budgetList.join(QStringLiteral(", ")),
                   seedsText(seeds))
              .arg(seedCount);
    QStringList passed;
    for (const char *name : {"config", "flops-max", "preset", "threads", "table"}) {
        const QString key = QLatin1String(name);
        if (p.isSet(key))
            passed << QStringLiteral("`--%1 %2`").arg(key, p.value(key));
    }
    if (!passed.isEmpty())
        md += QStringLiteral(" Search options: %1.").arg(passed.join(QStringLiteral(", ")));
    md += QStringLiteral("\n\n");
    if (flopsMax && haveOptimum) {
        md += QStringLiteral("Best reported accuracy of the table within the FLOPS limit %1: "
                             "**%2 %** (whole table: %3 %).\n\n")
                  .arg(mflops(*flopsMax), percent(optimum), percent(bench->bestReported()));
    } else if (flopsMax) {
        md += QStringLiteral("No cell of the table is within the FLOPS limit %1 (best reported "
                             "accuracy of the whole table: %2 %).\n\n")
                  .arg(mflops(*flopsMax), percent(bench->bestReported()));
    } else {
        md += QStringLiteral("Best reported accuracy of the table: **%1 %**.\n\n")
                  .arg(percent(optimum));
    }
    md += QStringLiteral(
        "Accuracy is the reported accuracy of each run's best cell by search accuracy, in %; "
        "± is the sample standard deviation over seeds; rank 1 is the table's best cell. "
        "Wall time is the search's own (without starting the process).\n");
    if (failed > 0 || notStarted > 0)
        md += QStringLiteral("\n**%1 of %2 runs failed%3** and are left out (see the command's "
                             "error output).\n")
                  .arg(failed)
                  .arg(outcomes.size())
                  .arg(notStarted > 0 ? QStringLiteral(", %1 were not started").arg(notStarted)
                                      : QString());
    int withoutBest = 0;
    for (const Outcome &o : outcomes)
        withoutBest += o.ok && !o.json.contains(QStringLiteral("best_report"));
    if (withoutBest > 0)
        md += QStringLiteral("\nRuns that found no cell within the FLOPS limit: %1 (counted as "
                             "runs, without accuracy or rank).\n")
                  .arg(withoutBest);

    QList<widgets::ConvergencePanel> panels;
    const QStringList allMethods = searchMethodKeys();
    for (int budget : budgets) {
        md += QStringLiteral("\n## Budget %1 queries\n\n").arg(budget);
        md += QStringLiteral("| method | runs | reported accuracy (%) | rank | median wall (s) |\n"
                             "|:--|--:|--:|--:|--:|\n");
        QString reach = QStringLiteral("| method |");
        QString reachRule = QStringLiteral("|:--|");
        for (double pp : thresholdsPp) {
            reach += QStringLiteral(" ≥ %1 % (best − %2) |")
                         .arg(percent(optimum - pp / 100), QString::number(pp, 'f', 2));
            reachRule += QStringLiteral("--:|");
        }
        reach += QLatin1Char('\n') + reachRule + QLatin1Char('\n');

        widgets::ConvergencePanel panel;
        panel.title = QStringLiteral("%1: budget %2 queries, seeds %3")
                          .arg(benchmarkTitle(id))
                          .arg(budget)
                          .arg(seedsText(seeds));
        panel.accuracyLabel = QStringLiteral("Reported accuracy of best cell so far");
        panel.optimum = optimum;
        panel.optimumLabel = flopsMax
            ? QStringLiteral("Optimum within FLOPS limit %1 %").arg(percent(optimum))
            : QStringLiteral("Table optimum %1 %").arg(percent(optimum));

        for (const QString &method : methods) {
            int runs = 0;
            std::vector<double> accuracy;
            std::vector<double> ranks;
            std::vector<double> walls;
            std::vector<const std::vector<double> *> curves;
            for (std::size_t i = 0; i < outcomes.size(); ++i) {
                const Outcome &o = outcomes[i];
                if (!o.ok || jobList[i].method != method || jobList[i].budget != budget)
                    continue;
                ++runs;
                walls.push_back(o.json.value(QStringLiteral("wall_s")).toDouble());
                if (o.json.contains(QStringLiteral("best_report"))) {
                    accuracy.push_back(o.json.value(QStringLiteral("best_report")).toDouble()
                                       * 100);
                    ranks.push_back(o.json.value(QStringLiteral("rank")).toDouble());
                }
                if (!o.curve.empty())
                    curves.push_back(&o.curve);
            }
            const double meanRank = mean(ranks);
            const double medianWall = median(walls);
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(method)
                      .arg(runs)
                      .arg(meanStd(accuracy, 2),
                           meanStd(ranks, !std::isnan(meanRank) && meanRank >= 1000 ? 0 : 1),
                           walls.empty()
                               ? QStringLiteral("—")
                               : QString::number(medianWall, 'f', medianWall < 10 ? 2 : 1));

            reach += QStringLiteral("| %1 |").arg(method);
            for (double pp : thresholdsPp) {
                std::vector<double> needed;
                for (const auto *curve : curves) {
                    if (const int q = firstReaching(*curve, optimum - pp / 100))
                        needed.push_back(q);
                }
                reach += QStringLiteral(" %1 (%2/%3) |")
                             .arg(needed.empty() ? QStringLiteral("—")
                                                 : QString::number(mean(needed), 'f', 0))
                             .arg(needed.size())
                             .arg(curves.size());
            }
            reach += QLatin1Char('\n');

            // Mean ± 1 std over the runs, kept within the runs' own range;
            // with a FLOPS limit only from the query on where every run that
            // found a cell within it has one (no jumps as runs join the mean).
            std::vector<const std::vector<double> *> plotted;
            std::size_t length = 0;
            for (const auto *curve : curves) {
                if (!std::isnan(curve->back())) {
                    plotted.push_back(curve);
                    length = std::max(length, curve->size());
                }
            }
            if (length == 0)
                continue;
            widgets::ConvergenceCurve c;
            c.name = method;
            c.colour = widgets::seriesColor(int(allMethods.indexOf(method)));
            const bool band = plotted.size() >= 2;
            for (std::size_t q = 0; q < length; ++q) {
                std::vector<double> values;
                for (const auto *curve : plotted)
                    values.push_back((*curve)[std::min(q, curve->size() - 1)]);
                const bool complete = std::none_of(values.begin(), values.end(),
                                                   [](double v) { return std::isnan(v); });
                const double m = complete ? mean(values) : std::nan("");
                c.queries << double(q + 1);
                c.mean << m;
                if (band) {
                    const double s = complete ? sampleStd(values) : std::nan("");
                    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
                    c.lo << (complete ? std::max(m - s, *lo) : m);
                    c.hi << (complete ? std::min(m + s, *hi) : m);
                }
            }
            panel.curves << c;
        }
        if (haveOptimum)
            md += QStringLiteral("\nQueries needed to reach the table's best minus 1.0, 0.5 and "
                                 "0.25 points, from the best-so-far curves: mean over the runs "
                                 "that reached it (runs that reached it / runs).\n\n")
                + reach;
        panels << panel;
    }
    writeFile(outDir.filePath(QStringLiteral("summary.md")), md.toUtf8());

    // One panel per budget: up to three side by side, more in rows. Fonts a
    // little larger than on screen: the figure is meant for reports.
    // Numbers on the axes as in the summary, whatever the user's locale.
    QLocale::setDefault(QLocale::c());
    QFont font = QGuiApplication::font();
    font.setPointSizeF(std::max(10.0, font.pointSizeF()));
    QGuiApplication::setFont(font);
    const int n = int(panels.size());
    const int rows = (n + 2) / 3;
    const int columns = (n + rows - 1) / rows;
    const int height = rows == 1 ? 700 : 500 * rows;
    for (const char *name : {"curves.png", "curves.pdf"}) {
        QString error;
        const QString path = outDir.filePath(QLatin1String(name));
        if (!widgets::saveConvergenceFigure(panels, columns, path, 1200, height, &error))
            throw Error(error);
    }

    out(md);
    err(QStringLiteral("dnas compare: wrote %1/{results.csv,summary.md,curves.png,curves.pdf}; "
                       "runs in %2\n")
            .arg(outDir.path(), dbPath));
    if (failed > 0)
        err(QStringLiteral("dnas compare: error: %1 of %2 runs failed%3\n")
                .arg(failed)
                .arg(outcomes.size())
                .arg(notStarted > 0 ? QStringLiteral(" (%1 not started: the searches reject "
                                                     "these options)")
                                          .arg(notStarted)
                                    : QString()));
    if (badInput)
        return ExitBadInput;
    return failed > 0 ? ExitFailure : ExitOk;
}

} // namespace dnas::cli
