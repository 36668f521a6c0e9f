// dnas search: one run of DNAS or a baseline, stored in a run database.
#include "cli_common.h"

#include "controller/controller.h"
#include "search/search_engine.h"
#include "store/run_store.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

namespace dnas::cli {

namespace {
/** What a search tells the terminal, on stderr: notices always, and with
 *  `bar` a one-line progress bar redrawn at most every 100 ms. */
class ProgressBar : public SearchObserver
{
public:
    ProgressBar(int budget, bool bar)
        : m_budget(budget)
        , m_bar(bar)
    { }
    void notice(const QString &message) override
    {
        err(QStringLiteral("%1dnas search: note: %2\n")
                .arg(m_bar ? QStringLiteral("\n") : QString(), message));
    }
    void phaseChanged(SearchPhase phase, int iteration) override
    {
        m_phase = searchPhaseKey(phase);
        m_iteration = iteration;
        draw(true);
    }
    void queryMade(const QueryRecord &q) override
    {
        m_queries = q.order + 1;
        draw(false);
    }
    void bestImproved(const QueryRecord &best) override { m_best = best.metrics.reportedAccuracy; }
    void runEnded(const SearchResult &) override
    {
        if (m_bar)
            err(QStringLiteral("\n"));
    }

private:
    void draw(bool force)
    {
        if (!m_bar)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!force && now - m_last < 100)
            return;
        m_last = now;
        constexpr int width = 30;
        const int filled = m_budget > 0 ? width * m_queries / m_budget : 0;
        err(QStringLiteral("\r[%1%2] %3/%4 queries  best %5%  iteration %6  %7   ")
                .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
                .arg(m_queries)
                .arg(m_budget)
                .arg(m_best * 100, 0, 'f', 2)
                .arg(m_iteration)
                .arg(m_phase, -9));
    }

    int m_budget;
    bool m_bar;
    int m_queries = 0;
    int m_iteration = 0;
    double m_best = 0;
    QString m_phase;
    qint64 m_last = 0;
};

QJsonObject readConfigFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw BadInput(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        throw BadInput(QStringLiteral("%1 is not JSON: %2 at offset %3")
                           .arg(path, error.errorString())
                           .arg(error.offset));
    if (!doc.isObject())
        throw BadInput(QStringLiteral("%1 must hold one JSON object of settings").arg(path));
    return doc.object();
}
/** The printed JSON line: the run's result and what it was run on. */
QJsonObject resultLine(QJsonObject result, const SearchConfig &config, const QString &dbPath)
{
    result.insert(QStringLiteral("bench"), benchmarkKey(config.benchmark));
    result.insert(QStringLiteral("method"), searchMethodKey(config.method));
    result.insert(QStringLiteral("seed"), QString::number(config.seed));
    result.insert(QStringLiteral("budget"), config.budget);
    result.insert(QStringLiteral("db"), dbPath);
    return result;
}
} // namespace

int runSearch(const QStringList &args)
{
    QCommandLineParser p;
    addBenchOptions(p);
    p.addOption(
        {QStringLiteral("method"),
         QStringLiteral("Search method: %1.").arg(searchMethodKeys().join(QStringLiteral(", "))),
         QStringLiteral("M")});
    p.addOption({QStringLiteral("budget"),
                 QStringLiteral("Queries (distinct cells evaluated); default 300."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 0)."),
                 QStringLiteral("S"), QStringLiteral("0")});
    p.addOption(
        {QStringLiteral("flops-max"),
         QStringLiteral("FLOPS limit F (a count, e.g. 1.5e8); the best cell stays within it."),
         QStringLiteral("F")});
    p.addOption({QStringLiteral("db"),
                 QStringLiteral("Run database (default: %1).").arg(RunStore::defaultPath()),
                 QStringLiteral("FILE")});
    p.addOption(
        {QStringLiteral("config"),
         QStringLiteral("JSON settings (keys as in the stored config, e.g. {\"pool\": 5000})."),
         QStringLiteral("FILE.json")});
    p.addOption({QStringLiteral("preset"),
                 QStringLiteral("DNAS settings: default, or paper (Algorithm 1 taken literally)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("resume"),
                 QStringLiteral("Continue the unfinished run ID of the database."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("reuse"),
                 QStringLiteral("When the database holds a run of exactly this configuration: "
                                "print its result if it finished, else resume it (for re-running "
                                "a killed batch; no other process may be running that run).")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default 1)."),
                 QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("quiet"), QStringLiteral("No progress bar.")});
    int status = ExitOk;
    if (!parseCommand(
            p, args,
            QStringLiteral("Run a search on a benchmark table and print its result as one "
                           "JSON line."),
            &status))
        return status;
    const BenchmarkId id = benchFromOption(p);
    setTorchThreads(intOption(p, QStringLiteral("threads"), 1, 64));

    SearchConfig config;
    bool resuming = p.isSet(QStringLiteral("resume"));
    if (!resuming) {
        const QJsonObject file = p.isSet(QStringLiteral("config"))
            ? readConfigFile(p.value(QStringLiteral("config")))
            : QJsonObject {};
        QString methodKey = p.value(QStringLiteral("method"));
        if (methodKey.isEmpty())
            methodKey = file.value(QStringLiteral("method")).toString();
        if (methodKey.isEmpty())
            throw BadInput(QStringLiteral("--method is required (one of %1)")
                               .arg(searchMethodKeys().join(QStringLiteral(", "))));
        const auto method = searchMethodFromKey(methodKey);
        if (!method)
            throw BadInput(QStringLiteral("unknown method '%1' (one of %2)")
                               .arg(methodKey, searchMethodKeys().join(QStringLiteral(", "))));
        int budget = file.value(QStringLiteral("budget")).toInt(300);
        if (p.isSet(QStringLiteral("budget")))
            budget = intOption(p, QStringLiteral("budget"), 1, 1000000);
        QString preset = file.value(QStringLiteral("preset")).toString(QStringLiteral("default"));
        if (p.isSet(QStringLiteral("preset")))
            preset = p.value(QStringLiteral("preset"));
        if (preset != QLatin1String("default") && preset != QLatin1String("paper"))
            throw BadInput(QStringLiteral("--preset must be default or paper"));
        try {
            config = SearchConfig::fromJson(file,
                                            SearchConfig::defaults(id, *method, budget, preset));
        } catch (const Error &e) {
            throw BadInput(e.message());
        }
        config.benchmark = id;
        config.method = *method;
        config.budget = budget;
        config.seed = seedOption(p);
        if (p.isSet(QStringLiteral("flops-max")))
            config.flopsMax = doubleOption(p, QStringLiteral("flops-max"), 1, 1e15);
        const QString problem = config.problem();
        if (!problem.isEmpty())
            throw BadInput(problem);
    }

    const auto bench = loadFromOptions(p);
    const QString dbPath = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db"))
                                                         : RunStore::defaultPath();
    RunStore store(dbPath);
    qint64 runId = 0;
    if (resuming) {
        bool ok = false;
        runId = p.value(QStringLiteral("resume")).toLongLong(&ok);
        if (!ok || runId <= 0)
            throw BadInput(QStringLiteral("--resume needs a run id (a positive integer)"));
        config = store.run(runId).config;
    } else if (p.isSet(QStringLiteral("reuse"))) {
        // The newest run of the same configuration: a finished one is the
        // answer; an unfinished one continues where it stopped.
        const QJsonObject wanted = config.toJson();
        const std::vector<StoredRun> runs = store.runs();
        for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
            if (it->config.toJson() != wanted)
                continue;
            if (it->status == RunStatus::Finished && !it->result.isEmpty()) {
                out(QString::fromUtf8(QJsonDocument(resultLine(it->result, config, store.path()))
                                          .toJson(QJsonDocument::Compact))
                    + QLatin1Char('\n'));
                return ExitOk;
            }
            if (it->status != RunStatus::Finished) {
                runId = it->id;
                resuming = true;
            }
            break;
        }
    }
    const bool bar = !p.isSet(QStringLiteral("quiet")) && isatty(fileno(stderr));
    ProgressBar progress(config.budget, bar);
    SearchEngine engine(bench, &store, &progress);
    const SearchResult result = resuming ? engine.resume(runId) : engine.run(config);
    const QJsonObject line = resultLine(result.toJson(isNb101(id)), config, store.path());
    out(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    if (result.status == RunStatus::Failed) {
        err(QStringLiteral("dnas search: error: %1\n").arg(result.error));
        if (result.runId > 0)
            err(QStringLiteral("dnas search: run %1 stays in %2 with every query stored before "
                               "the error; once the cause is fixed, continue it with: dnas "
                               "search --resume %1 --db %2 --bench %3\n")
                    .arg(result.runId)
                    .arg(store.path(), benchmarkKey(id)));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace dnas::cli
