#include "dnas_strategy.h"

#include "baselines.h"

#include "../controller/pretraining.h"
#include "../space/sampling.h"
#include "../util/error.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace dnas {

namespace {
constexpr int kDecodeChunk = 1000; // decode in chunks: polls and bounded memory
constexpr int kMaxGradientTries = 10;
constexpr double kEdgeNoise = 0.25; // latent jitter around FLOPS-edge anchors
constexpr int kMutationParents = 10;

struct Candidate
{
    Cell cell;
    int row = -1;
    CellSource source = CellSource::WholeSpace;
    double flops = 0;
    Prediction predicted;
};

/** The iteration's pool: distinct table rows, none of them labelled. */
class Pool
{
public:
    explicit Pool(SearchContext &ctx)
        : m_ctx(ctx)
    { }
    bool add(const Cell &cell, CellSource source)
    {
        const int row = m_ctx.benchmark().rowOf(cell);
        if (row < 0 || m_ctx.isLabelled(row) || !m_rows.insert(row).second)
            return false;
        Candidate c;
        c.cell = m_ctx.benchmark().cell(row);
        c.row = row;
        c.source = source;
        c.flops = m_ctx.benchmark().metrics(row, nullptr).flops;
        m_items.push_back(std::move(c));
        ++m_counts[int(source)];
        return true;
    }
    bool contains(int row) const { return m_rows.count(row) > 0; }
    std::vector<Candidate> &items() { return m_items; }
    QJsonObject counts() const
    {
        QJsonObject o;
        for (int i = 0; i < kCellSourceCount; ++i) {
            if (m_counts[i] > 0)
                o.insert(cellSourceKey(CellSource(i)), m_counts[i]);
        }
        return o;
    }

private:
    SearchContext &m_ctx;
    std::unordered_set<int> m_rows;
    std::vector<Candidate> m_items;
    int m_counts[kCellSourceCount] = {};
};

std::vector<TrainingSample> labelledSamples(const SearchContext &ctx)
{
    std::vector<TrainingSample> out;
    for (const QueryRecord &q : ctx.labelled())
        out.push_back(TrainingSample {q.cell, q.metrics.searchAccuracy, q.metrics.flops});
    return out;
}

std::vector<Cell> cellsOf(const std::vector<Candidate> &items)
{
    std::vector<Cell> cells;
    cells.reserve(items.size());
    for (const Candidate &c : items)
        cells.push_back(c.cell);
    return cells;
}

/** Decodes latent points in chunks and adds the valid new cells. */
int decodeInto(const Controller &controller, const std::vector<Latent> &points, CellSource source,
               Pool &pool, SearchContext &ctx, const std::function<bool(double flops)> &accept = {})
{
    int valid = 0;
    for (std::size_t at = 0; at < points.size(); at += kDecodeChunk) {
        if (ctx.checkpoint())
            return valid;
        const std::vector<Latent> chunk(points.begin() + long(at),
                                        points.begin()
                                            + long(std::min(points.size(), at + kDecodeChunk)));
        for (const auto &cell : controller.decode(chunk)) {
            if (!cell)
                continue;
            ++valid;
            if (accept && !accept(ctx.flopsOf(*cell)))
                continue;
            pool.add(*cell, source);
        }
    }
    return valid;
}

std::vector<int> topLabelled(const SearchContext &ctx, int count)
{
    std::vector<int> idx;
    for (int i = 0; i < int(ctx.labelled().size()); ++i) {
        if (ctx.withinLimit(ctx.labelled()[std::size_t(i)].metrics.flops))
            idx.push_back(i);
    }
    std::stable_sort(idx.begin(), idx.end(), [&ctx](int a, int b) {
        return ctx.labelled()[std::size_t(a)].metrics.searchAccuracy
            > ctx.labelled()[std::size_t(b)].metrics.searchAccuracy;
    });
    if (int(idx.size()) > count)
        idx.resize(std::size_t(count));
    return idx;
}

void predictInto(const Controller &controller, std::vector<Candidate> &items)
{
    const auto predicted = controller.predict(controller.encode(cellsOf(items)));
    for (std::size_t i = 0; i < items.size(); ++i)
        items[i].predicted = predicted[i];
}
} // namespace

DnasStrategy::DnasStrategy(const SearchConfig &config)
    : m_controller(Controller::load(bundledControllerPath(spaceOf(config.benchmark))))
{
    m_controller->setTrainingSeed(config.seed);
}

DnasStrategy::~DnasStrategy() = default;

bool DnasStrategy::step(SearchContext &ctx)
{
    if (m_iteration > 0)
        return iterate(ctx);
    ctx.phase(SearchPhase::Querying, 0);
    const int initial = std::min(ctx.config().initial, ctx.config().budget);
    while (int(ctx.labelled().size()) < initial) {
        if (ctx.checkpoint())
            return true;
        if (!queryRandomNewCell(ctx, CellSource::Initial, 0))
            return false;
    }
    m_iteration = 1;
    return true;
}

bool DnasStrategy::iterate(SearchContext &ctx)
{
    const SearchConfig &c = ctx.config();
    const int it = m_iteration;
    const int itersLeft = std::max(1, c.iterations - it + 1);
    const int quota = (ctx.budgetLeft() + itersLeft - 1) / itersLeft;
    QElapsedTimer clock;
    clock.start();
    QJsonObject stats;
    IterationRecord record;
    record.iteration = it;
    const auto onEpoch = [&record, &ctx](const EpochLosses &e) {
        record.losses.push_back(e);
        ctx.checkpoint(); // pauses between epochs
    };

    // 1. Train on D′ and encode it.
    ctx.phase(SearchPhase::Training, it);
    const std::vector<TrainingSample> labelled = labelledSamples(ctx);
    m_controller->setLossWeights(c.alpha, c.lambda, c.mu, c.beta);
    TrainOptions options;
    options.epochs = c.epochs;
    options.batchSize = 100;
    options.learningRate = 1e-3;
    options.patience = 5;
    if (c.epochs > 0)
        m_controller->train(labelled, options, onEpoch, ctx.cancelFlag());
    else
        m_controller->normaliseAccuracy(labelled);
    if (ctx.checkpoint())
        return true;
    std::vector<Cell> labelledCells;
    for (const auto &s : labelled)
        labelledCells.push_back(s.cell);
    const std::vector<Latent> codes = m_controller->encode(labelledCells);
    stats.insert(QStringLiteral("train_s"), clock.elapsed() / 1000.0);

    // 2. Promising regions: top-k codes (Eqn 4) and the user's.
    const std::vector<int> top = topLabelled(ctx, c.topK);
    std::vector<Latent> topCodes;
    for (const int i : top)
        topCodes.push_back(codes[std::size_t(i)]);
    RegionSet regions;
    if (c.denseSampling)
        regions.intervals = promisingIntervals(topCodes, c.sigma);
    const RegionSet user = ctx.userRegions();
    if (user.problem(m_controller->latentSize()).isEmpty()) {
        for (LatentInterval i : user.intervals) {
            i.user = true;
            regions.intervals.push_back(i);
        }
        for (LatentBox b : user.boxes) {
            b.user = true;
            regions.boxes.push_back(b);
        }
    }
    const RegionSampler sampler(m_controller->latentSize(), regions);

    // 3. The pool.
    ctx.phase(SearchPhase::Sampling, it);
    Pool pool(ctx);
    Rng &rng = ctx.rng();
    const int n = c.pool;
    const bool edge = c.denseSampling && c.flopsMax.has_value();
    const int nRegion = (c.denseSampling || sampler.hasUserRegions()) ? int(std::lround(c.eps1 * n))
                                                                      : 0;
    const int nEdge = edge ? int(std::lround(c.eps2 * n)) : 0;
    const int nMutation = int(std::lround(c.mutationShare * n));
    const int nWhole = std::max(0, n - nRegion - nEdge - nMutation);
    {
        std::vector<Latent> auto_, userPoints;
        for (int i = 0; i < nRegion; ++i) {
            const bool fromUser = sampler.hasUserRegions() && (!c.denseSampling || rng.chance(0.5));
            if (fromUser)
                userPoints.push_back(*sampler.drawUser(rng));
            else
                auto_.push_back(sampler.drawAutomatic(rng));
        }
        const int validUser = decodeInto(*m_controller, userPoints, CellSource::UserRegion, pool,
                                         ctx);
        const int validRegion = decodeInto(*m_controller, auto_, CellSource::Region, pool, ctx);
        stats.insert(QStringLiteral("region_points"), int(auto_.size()));
        stats.insert(QStringLiteral("region_valid"), validRegion);
        stats.insert(QStringLiteral("user_points"), int(userPoints.size()));
        stats.insert(QStringLiteral("user_valid"), validUser);
    }
    if (nEdge > 0) {
        // Anchors: cells whose exact FLOPS lie in [F(1 − w), F]; labelled
        // ones first, else uniform cells found there (FLOPS are free).
        const double hi = *c.flopsMax;
        const double lo = hi * (1.0 - c.flopsEdge);
        const auto inEdge = [lo, hi](double f) {
            return f >= lo && f <= hi;
        };
        std::vector<Latent> anchors;
        for (std::size_t i = 0; i < labelled.size(); ++i) {
            if (inEdge(labelled[i].flops))
                anchors.push_back(codes[i]);
        }
        if (anchors.size() < 10) {
            std::vector<Cell> found;
            for (int draw = 0; draw < 5000 && found.size() < 50; ++draw) {
                const Cell cell = ctx.randomCell();
                if (inEdge(ctx.flopsOf(cell)))
                    found.push_back(cell);
            }
            for (const auto &z : m_controller->encode(found))
                anchors.push_back(z);
        }
        std::vector<Latent> points;
        for (int i = 0; i < nEdge && !anchors.empty(); ++i) {
            Latent z = anchors[std::size_t(rng.below(anchors.size()))];
            for (float &v : z)
                v += float(kEdgeNoise * rng.normal());
            points.push_back(std::move(z));
        }
        stats.insert(QStringLiteral("edge_valid"),
                     decodeInto(*m_controller, points, CellSource::FlopsEdge, pool, ctx, inEdge));
    }
    {
        const std::vector<int> parents = topLabelled(ctx, kMutationParents);
        for (int i = 0; i < nMutation && !parents.empty(); ++i) {
            const Cell &parent = ctx.labelled()[std::size_t(parents[rng.below(parents.size())])]
                                     .cell;
            pool.add(mutateCell(parent, rng), CellSource::Mutation);
        }
    }
    if (c.wholeSpace == QLatin1String("latent")) {
        std::vector<Latent> points(std::size_t(nWhole),
                                   Latent(std::size_t(m_controller->latentSize())));
        for (auto &z : points) {
            for (float &v : z)
                v = float(rng.normal());
        }
        decodeInto(*m_controller, points, CellSource::WholeSpace, pool, ctx);
    } else {
        for (int i = 0; i < nWhole; ++i)
            pool.add(ctx.randomCell(), CellSource::WholeSpace);
    }
    if (ctx.checkpoint())
        return true;
    stats.insert(QStringLiteral("pool"), pool.counts());
    stats.insert(QStringLiteral("sample_s"), clock.elapsed() / 1000.0);

    // 4. Predicted labels, semi-supervised retraining, predictor refit.
    ctx.phase(SearchPhase::Training, it);
    std::vector<Candidate> &items = pool.items();
    predictInto(*m_controller, items);
    stats.insert(QStringLiteral("label_s"), clock.elapsed() / 1000.0);
    bool changed = false;
    if (c.pseudoLabels > 0 && c.pseudoEpochs > 0 && !items.empty()) {
        std::vector<TrainingSample> mixed = labelled;
        std::vector<std::size_t> order(items.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        const std::size_t count = std::min(order.size(), std::size_t(c.pseudoLabels));
        for (std::size_t i = 0; i < count; ++i) {
            std::swap(order[i], order[i + rng.below(order.size() - i)]);
            const Candidate &cand = items[order[i]];
            mixed.push_back(TrainingSample {cand.cell, cand.predicted.accuracy, cand.flops});
        }
        TrainOptions second = options;
        second.epochs = c.pseudoEpochs;
        second.patience = 0;
        second.renormaliseAccuracy = false; // keep the labelled set's z-scoring
        m_controller->train(mixed, second, onEpoch, ctx.cancelFlag());
        changed = true;
        stats.insert(QStringLiteral("pseudo_s"), clock.elapsed() / 1000.0);
    }
    if (ctx.checkpoint())
        return true;
    if (c.refit) {
        // Accuracy head on the measured labels. Under a FLOPS limit the
        // FLOPS head (which steers Eqn 7) also sees pool cells, whose FLOPS
        // cost nothing; without one it is not used, and the refit's time
        // grows with the cells.
        std::vector<TrainingSample> refit = labelled;
        const std::size_t flopsCells = c.flopsMax ? 1000 : 0;
        for (std::size_t i = 0; i < items.size() && i < flopsCells; ++i)
            refit.push_back(TrainingSample {items[i].cell, std::nullopt, items[i].flops});
        m_controller->fitPredictors(refit, 500, 30, 1.0, ctx.cancelFlag());
        changed = true;
        stats.insert(QStringLiteral("refit_s"), clock.elapsed() / 1000.0);
    }
    if (ctx.checkpoint())
        return true;
    if (changed)
        predictInto(*m_controller, items);
    stats.insert(QStringLiteral("predict_s"), clock.elapsed() / 1000.0);

    // 5. Gradient steps (Eqn 7) from the top-P cells within F(1 + τ): the
    // labelled ones by measured accuracy, the pool by predicted accuracy.
    struct Seed
    {
        double score;
        Latent z;
    };
    std::vector<Seed> seeds;
    {
        const std::vector<Latent> labelledCodes = m_controller->encode(labelledCells);
        for (std::size_t i = 0; i < labelled.size(); ++i) {
            if (ctx.withinLimit(labelled[i].flops, c.flopsTolerance))
                seeds.push_back(Seed {*labelled[i].accuracy, labelledCodes[i]});
        }
        std::vector<std::size_t> byPrediction;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (ctx.withinLimit(items[i].flops, c.flopsTolerance))
                byPrediction.push_back(i);
        }
        std::sort(byPrediction.begin(), byPrediction.end(), [&items](std::size_t a, std::size_t b) {
            return items[a].predicted.accuracy > items[b].predicted.accuracy;
        });
        if (byPrediction.size() > std::size_t(c.topP))
            byPrediction.resize(std::size_t(c.topP));
        if (!byPrediction.empty()) {
            std::vector<Cell> cells;
            for (const std::size_t i : byPrediction)
                cells.push_back(items[i].cell);
            const auto z = m_controller->encode(cells);
            for (std::size_t k = 0; k < byPrediction.size(); ++k)
                seeds.push_back(Seed {items[byPrediction[k]].predicted.accuracy, z[k]});
        }
        std::stable_sort(seeds.begin(), seeds.end(),
                         [](const Seed &a, const Seed &b) { return a.score > b.score; });
        if (seeds.size() > std::size_t(c.topP))
            seeds.resize(std::size_t(c.topP));
    }
    std::vector<Candidate> stepped;
    {
        std::vector<Latent> direction(seeds.size());
        for (std::size_t i = 0; i < seeds.size(); ++i) {
            Latent ga, gf;
            m_controller->gradients(seeds[i].z, &ga, &gf);
            direction[i].resize(ga.size());
            for (std::size_t d = 0; d < ga.size(); ++d)
                direction[i][d] = float(c.eta1 * ga[d] - c.eta2 * gf[d]);
        }
        std::vector<bool> done(seeds.size(), false);
        std::unordered_set<int> taken;
        for (int k = 1; k <= kMaxGradientTries; ++k) {
            std::vector<std::size_t> which;
            std::vector<Latent> points;
            for (std::size_t i = 0; i < seeds.size(); ++i) {
                if (done[i])
                    continue;
                Latent z = seeds[i].z;
                for (std::size_t d = 0; d < z.size(); ++d)
                    z[d] += float(k) * direction[i][d];
                which.push_back(i);
                points.push_back(std::move(z));
            }
            if (points.empty())
                break;
            const auto decoded = m_controller->decode(points);
            for (std::size_t j = 0; j < which.size(); ++j) {
                if (!decoded[j])
                    continue;
                const int row = ctx.benchmark().rowOf(*decoded[j]);
                if (row < 0 || ctx.isLabelled(row) || !taken.insert(row).second)
                    continue;
                done[which[j]] = true;
                Candidate cand;
                cand.cell = ctx.benchmark().cell(row);
                cand.row = row;
                cand.source = CellSource::GradientStep;
                cand.flops = ctx.flopsOf(cand.cell);
                stepped.push_back(std::move(cand));
            }
        }
        predictInto(*m_controller, stepped);
        stats.insert(QStringLiteral("gradient_seeds"), int(seeds.size()));
        stats.insert(QStringLiteral("gradient_new"), int(stepped.size()));
    }
    if (ctx.checkpoint())
        return true;

    // 6. Query.
    ctx.phase(SearchPhase::Querying, it);
    std::vector<const Candidate *> order;
    const auto byPredicted = [](const Candidate *a, const Candidate *b) {
        return a->predicted.accuracy > b->predicted.accuracy;
    };
    if (c.selection == QLatin1String("gradient")) {
        for (const Candidate &cand : stepped)
            order.push_back(&cand);
        std::vector<const Candidate *> rest;
        for (const Candidate &cand : items)
            rest.push_back(&cand);
        std::stable_sort(rest.begin(), rest.end(), byPredicted);
        order.insert(order.end(), rest.begin(), rest.end());
    } else {
        for (const Candidate &cand : items)
            order.push_back(&cand);
        for (const Candidate &cand : stepped) {
            if (!pool.contains(cand.row))
                order.push_back(&cand);
        }
        std::stable_sort(order.begin(), order.end(), byPredicted);
    }
    int made = 0;
    for (const Candidate *cand : order) {
        if (made >= quota || ctx.budgetLeft() <= 0)
            break;
        if (!ctx.withinLimit(cand->flops))
            continue;
        if (ctx.checkpoint())
            return true;
        if (ctx.query(cand->cell, cand->source, it, cand->predicted))
            ++made;
    }
    // A pool without enough new cells (tiny spaces, strict limits): fill up
    // with uniform cells so the run always progresses.
    while (made < quota && ctx.budgetLeft() > 0) {
        if (ctx.checkpoint())
            return true;
        if (!queryRandomNewCell(ctx, CellSource::WholeSpace, it))
            return false;
        ++made;
    }
    stats.insert(QStringLiteral("queried"), made);
    stats.insert(QStringLiteral("iteration_s"), clock.elapsed() / 1000.0);

    std::vector<Cell> allCells;
    for (const QueryRecord &q : ctx.labelled())
        allCells.push_back(q.cell);
    record.queries = int(ctx.labelled().size());
    record.latents = m_controller->encode(allCells);
    record.regions = regions;
    record.stats = stats;
    record.controller = std::shared_ptr<const Controller>(m_controller->snapshot());
    m_record = std::move(record);
    ++m_iteration;
    return true;
}

QJsonObject DnasStrategy::state() const
{
    return {{QStringLiteral("iteration"), m_iteration}};
}

void DnasStrategy::restore(const QJsonObject &state, const QByteArray &controller, SearchContext &)
{
    m_iteration = state.value(QStringLiteral("iteration")).toInt(0);
    if (!controller.isEmpty())
        m_controller = Controller::fromBytes(controller);
    else if (m_iteration > 0)
        throw Error(QStringLiteral("the run's controller checkpoint is missing"));
}

QByteArray DnasStrategy::controllerBytes() const
{
    return m_controller->toBytes();
}

std::optional<IterationRecord> DnasStrategy::takeIteration()
{
    std::optional<IterationRecord> r;
    r.swap(m_record);
    return r;
}

} // namespace dnas
