#include "search_engine.h"

#include "search_strategy.h"

#include "../bench/query_session.h"
#include "../store/run_store.h"
#include "../util/error.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <unordered_map>

namespace dnas {

namespace {
QJsonArray rngToJson(const Rng::State &s)
{
    QJsonArray a;
    for (const std::uint64_t v : s)
        a.append(QString::number(v, 16));
    return a;
}

Rng::State rngFromJson(const QJsonArray &a)
{
    if (a.size() != 6)
        throw Error(QStringLiteral("the run's checkpoint has no random generator state"));
    Rng::State s {};
    for (int i = 0; i < 6; ++i) {
        bool ok = false;
        s[std::size_t(i)] = a.at(i).toString().toULongLong(&ok, 16);
        if (!ok)
            throw Error(
                QStringLiteral("the run's checkpoint has a corrupt random generator state"));
    }
    return s;
}
} // namespace

/** The engine's side of SearchContext: labelled set, accounting, store. */
class SearchEngine::Context : public SearchContext
{
public:
    Context(const SearchEngine &engine, const SearchConfig &config, qint64 runId)
        : m_engine(engine)
        , m_config(config)
        , m_runId(runId)
        , m_rng(config.seed)
        , m_session(engine.m_benchmark, config.seed)
    { }

    const Benchmark &benchmark() const override { return *m_engine.m_benchmark; }
    const SearchConfig &config() const override { return m_config; }
    Rng &rng() override { return m_rng; }
    const std::vector<QueryRecord> &labelled() const override { return m_labelled; }
    int budgetLeft() const override { return m_config.budget - int(m_labelled.size()); }
    const QueryRecord *labelledRow(int row) const override
    {
        const auto it = m_rows.find(row);
        return it == m_rows.end() ? nullptr : &m_labelled[std::size_t(it->second)];
    }

    std::optional<QueryRecord> query(const Cell &cell, CellSource source, int iteration,
                                     std::optional<Prediction> predicted) override
    {
        if (budgetLeft() <= 0)
            return std::nullopt;
        const int row = benchmark().rowOf(cell);
        if (row < 0 || isLabelled(row))
            return std::nullopt;
        QueryRecord q;
        q.order = int(m_labelled.size());
        if (q.order < int(m_replay.size())) {
            // Replaying the unfinished step of a resumed run: the stored query
            // stands (it was paid for); a deterministic engine asks for the
            // same cell here.
            q = m_replay[std::size_t(q.order)];
            if (q.metrics.row != row)
                throw Error(QStringLiteral("the resumed run diverged from its stored queries at "
                                           "query %1 (was the table or the thread count changed?)")
                                .arg(q.order + 1));
        } else {
            q.cell = benchmark().cell(row);
            q.metrics = m_session.query(q.cell);
            q.source = source;
            q.iteration = iteration;
            q.predicted = predicted;
            if (m_engine.m_store)
                m_engine.m_store->appendQuery(m_runId, q);
        }
        add(q);
        if (m_engine.m_observer) {
            m_engine.m_observer->queryMade(q);
            if (m_best && m_best->order == q.order)
                m_engine.m_observer->bestImproved(q);
        }
        return q;
    }

    bool checkpoint() override
    {
        SearchControl *control = m_engine.m_control;
        if (!control)
            return false;
        if (control->isPaused()) {
            phase(SearchPhase::Paused, m_phaseIteration);
            control->waitWhilePaused();
            if (!control->isCancelled())
                phase(m_phase, m_phaseIteration);
        }
        return control->isCancelled();
    }

    const std::atomic<bool> *cancelFlag() const override
    {
        return m_engine.m_control ? m_engine.m_control->cancelFlag() : nullptr;
    }

    RegionSet userRegions() const override
    {
        return m_engine.m_control ? m_engine.m_control->userRegions() : RegionSet {};
    }

    void phase(SearchPhase phase, int iteration) override
    {
        if (phase != SearchPhase::Paused) {
            m_phase = phase;
            m_phaseIteration = iteration;
        }
        if (m_engine.m_observer)
            m_engine.m_observer->phaseChanged(phase, iteration);
    }

    /** Restores a stored query into the labelled set without events. */
    void add(const QueryRecord &q)
    {
        m_rows.emplace(q.metrics.row, int(m_labelled.size()));
        m_labelled.push_back(q);
        if (withinLimit(q.metrics.flops)
            && (!m_best || q.metrics.searchAccuracy > m_best->metrics.searchAccuracy))
            m_best = q;
    }

    void setReplay(std::vector<QueryRecord> replay) { m_replay = std::move(replay); }
    const std::optional<QueryRecord> &best() const { return m_best; }
    qint64 runId() const { return m_runId; }

private:
    const SearchEngine &m_engine;
    SearchConfig m_config;
    qint64 m_runId;
    Rng m_rng;
    QuerySession m_session;
    std::vector<QueryRecord> m_labelled;
    std::unordered_map<int, int> m_rows; // table row → index in m_labelled
    std::vector<QueryRecord> m_replay;
    std::optional<QueryRecord> m_best;
    SearchPhase m_phase = SearchPhase::Starting;
    int m_phaseIteration = 0;
};

SearchEngine::SearchEngine(std::shared_ptr<const Benchmark> benchmark, RunStore *store,
                           SearchObserver *observer, SearchControl *control)
    : m_benchmark(std::move(benchmark))
    , m_store(store)
    , m_observer(observer)
    , m_control(control)
{ }

SearchEngine::~SearchEngine() = default;

SearchResult SearchEngine::run(const SearchConfig &config)
{
    const QString problem = config.problem();
    if (!problem.isEmpty())
        throw Error(problem);
    if (config.benchmark != m_benchmark->id())
        throw Error(QStringLiteral("the config is for %1 but the loaded table is %2")
                        .arg(benchmarkKey(config.benchmark), benchmarkKey(m_benchmark->id())));
    const qint64 runId = m_store ? m_store->createRun(config) : 0;
    return execute(config, runId, false);
}

SearchResult SearchEngine::resume(qint64 runId)
{
    if (!m_store)
        throw Error(QStringLiteral("resuming a run needs a run database"));
    const StoredRun stored = m_store->run(runId);
    if (stored.config.benchmark != m_benchmark->id())
        throw Error(
            QStringLiteral("run %1 searched %2, not %3")
                .arg(runId)
                .arg(benchmarkKey(stored.config.benchmark), benchmarkKey(m_benchmark->id())));
    if (stored.status == RunStatus::Finished)
        throw Error(QStringLiteral("run %1 is finished; there is nothing to resume").arg(runId));
    return execute(stored.config, runId, true);
}

std::optional<StepRecord> SearchEngine::intactStep(qint64 runId, int storedQueries) const
{
    // The engine is deterministic, so going on from an earlier step (or the
    // start) and replaying the stored queries after it ends exactly where
    // the damaged step would have.
    QStringList damaged;
    std::optional<StepRecord> step = m_store->newestLoadableStep(runId, &damaged);
    if (!damaged.isEmpty() && m_observer) {
        const int from = step ? step->queries : 0;
        m_observer->notice(
            QStringLiteral("%1: run %2: the controller checkpoint of %3 is damaged; resuming "
                           "from %4 and replaying the %5 stored queries after it")
                .arg(m_store->path())
                .arg(runId)
                .arg(damaged.join(QStringLiteral(", ")),
                     step ? QStringLiteral("step %1").arg(step->step) : QStringLiteral("the start"))
                .arg(storedQueries - from));
    }
    return step;
}

SearchResult SearchEngine::execute(const SearchConfig &config, qint64 runId, bool resumed)
{
    QElapsedTimer clock;
    clock.start();
    SearchResult result;
    result.runId = runId;
    Context ctx(*this, config, runId);
    if (m_observer)
        m_observer->runStarted(runId, config, resumed);
    int steps = 0;
    // Until a resumed run's state is restored, a failure leaves the stored
    // run exactly as it was (status included): nothing of it is lost, and
    // it can be resumed again once the cause is fixed.
    bool restored = !resumed;
    try {
        std::unique_ptr<SearchStrategy> strategy = makeSearchStrategy(config);
        if (resumed) {
            const std::vector<QueryRecord> stored = m_store->queries(runId);
            const std::optional<StepRecord> last = intactStep(runId, int(stored.size()));
            const int done = last ? last->queries : 0;
            if (done > int(stored.size()))
                throw Error(
                    QStringLiteral("run %1's checkpoint counts %2 queries but %3 are stored")
                        .arg(runId)
                        .arg(done)
                        .arg(stored.size()));
            for (int i = 0; i < done; ++i)
                ctx.add(stored[std::size_t(i)]);
            ctx.setReplay(stored);
            if (last) {
                steps = last->step;
                ctx.rng().setState(rngFromJson(last->state.value(QStringLiteral("rng")).toArray()));
                try {
                    strategy->restore(last->state.value(QStringLiteral("method")).toObject(),
                                      last->controller, ctx);
                } catch (const Error &e) {
                    throw Error(QStringLiteral("%1: the checkpoint of run %2, step %3: %4")
                                    .arg(m_store->path())
                                    .arg(runId)
                                    .arg(last->step)
                                    .arg(e.message()));
                }
            }
            m_store->setStatus(runId, RunStatus::Running);
            restored = true;
        }
        bool cancelled = false;
        while (ctx.budgetLeft() > 0) {
            if (m_control) {
                for (const Cell &cell : m_control->takeQueryRequests())
                    ctx.query(cell, CellSource::User, steps, std::nullopt);
            }
            if (ctx.checkpoint()) {
                cancelled = true;
                break;
            }
            const bool more = strategy->step(ctx);
            if (m_control && m_control->isCancelled()) {
                cancelled = true; // the unfinished step is replayed on resume
                break;
            }
            ++steps;
            std::optional<IterationRecord> iteration = strategy->takeIteration();
            if (m_store) {
                StepRecord step;
                step.step = steps;
                step.queries = int(ctx.labelled().size());
                step.state = QJsonObject {{QStringLiteral("rng"), rngToJson(ctx.rng().state())},
                                          {QStringLiteral("method"), strategy->state()}};
                step.controller = strategy->controllerBytes();
                step.iteration = iteration;
                m_store->saveStep(runId, step, config.keepAllCheckpoints);
            }
            if (iteration && m_observer)
                m_observer->iterationFinished(*iteration);
            if (!more)
                break;
        }
        result.status = cancelled ? RunStatus::Cancelled : RunStatus::Finished;
    } catch (const std::exception &e) {
        result.status = RunStatus::Failed;
        result.error = errorMessage(e);
        if (!restored)
            result.error += QStringLiteral(" (run %1 is left as it was)").arg(runId);
    }
    result.best = ctx.best();
    result.queries = int(ctx.labelled().size());
    result.rank = result.best ? m_benchmark->rankOfReported(result.best->metrics.reportedAccuracy)
                              : 0;
    result.seconds = clock.elapsed() / 1000.0;
    if (m_store && restored) {
        try {
            m_store->setStatus(runId, result.status, result.toJson(isNb101(config.benchmark)),
                               result.error);
        } catch (const Error &e) {
            if (result.error.isEmpty())
                result.error = e.message();
        }
    }
    ctx.phase(SearchPhase::Done, 0);
    if (m_observer)
        m_observer->runEnded(result);
    return result;
}

} // namespace dnas
