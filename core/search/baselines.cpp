#include "baselines.h"

#include "../space/neighbours.h"
#include "../space/sampling.h"

#include <QJsonArray>

#include <algorithm>

namespace dnas {

namespace {
constexpr int kPerStep = 10;
constexpr int kDrawsPerQuery = 10000; // give up on a (nearly) exhausted space

double searchAccuracyOf(const SearchContext &ctx, int row)
{
    const QueryRecord *q = ctx.labelledRow(row);
    return q ? q->metrics.searchAccuracy : -1;
}

std::vector<Cell> neighboursOf(const Cell &cell)
{
    std::vector<Cell> out;
    if (const auto *c = std::get_if<Nb101Cell>(&cell)) {
        for (const auto &n : nb101Neighbours(*c))
            out.emplace_back(n);
    } else {
        for (const auto &n : nb201Neighbours(std::get<Nb201Cell>(cell)))
            out.emplace_back(n);
    }
    return out;
}

QJsonArray rowsToJson(const std::deque<int> &rows)
{
    QJsonArray a;
    for (const int r : rows)
        a.append(r);
    return a;
}
} // namespace

bool queryRandomNewCell(SearchContext &ctx, CellSource source, int iteration)
{
    for (int draw = 0; draw < kDrawsPerQuery && ctx.budgetLeft() > 0; ++draw) {
        if (ctx.query(ctx.randomCell(), source, iteration))
            return true;
    }
    return false;
}

bool RandomSearch::step(SearchContext &ctx)
{
    const int iteration = int(ctx.labelled().size());
    for (int i = 0; i < kPerStep && ctx.budgetLeft() > 0; ++i) {
        if (ctx.checkpoint())
            return true;
        if (!queryRandomNewCell(ctx, CellSource::WholeSpace, iteration))
            return false;
    }
    return true;
}

bool RegularizedEvolution::step(SearchContext &ctx)
{
    const SearchConfig &c = ctx.config();
    const int iteration = int(ctx.labelled().size());
    for (int i = 0; i < kPerStep && ctx.budgetLeft() > 0; ++i) {
        if (ctx.checkpoint())
            return true;
        if (int(m_population.size()) < c.population) {
            if (!queryRandomNewCell(ctx, CellSource::Initial, iteration))
                return false;
            m_population.push_back(ctx.labelled().back().metrics.row);
            continue;
        }
        bool queried = false;
        for (int tries = 0; tries < kDrawsPerQuery && !queried; ++tries) {
            // Tournament: `tournament` distinct members drawn uniformly.
            std::vector<int> idx(m_population.size());
            for (std::size_t k = 0; k < idx.size(); ++k)
                idx[k] = int(k);
            int parent = -1;
            double parentAcc = -1;
            for (int t = 0; t < c.tournament; ++t) {
                const std::size_t pick = t + ctx.rng().below(idx.size() - std::size_t(t));
                std::swap(idx[std::size_t(t)], idx[pick]);
                const int row = m_population[std::size_t(idx[std::size_t(t)])];
                const double acc = searchAccuracyOf(ctx, row);
                if (acc > parentAcc) {
                    parentAcc = acc;
                    parent = row;
                }
            }
            const Cell child = mutateCell(ctx.benchmark().cell(parent), ctx.rng());
            const int row = ctx.benchmark().rowOf(child);
            if (row < 0)
                continue;
            queried = ctx.isLabelled(row) ? false
                                          : bool(ctx.query(child, CellSource::Mutation, iteration));
            m_population.push_back(row);
            m_population.pop_front();
        }
        if (!queried)
            return false;
    }
    return true;
}

QJsonObject RegularizedEvolution::state() const
{
    return {{QStringLiteral("population"), rowsToJson(m_population)}};
}

void RegularizedEvolution::restore(const QJsonObject &state, const QByteArray &, SearchContext &)
{
    m_population.clear();
    for (const auto &v : state.value(QStringLiteral("population")).toArray())
        m_population.push_back(v.toInt());
}

bool LocalSearch::step(SearchContext &ctx)
{
    const int iteration = int(ctx.labelled().size());
    if (m_current < 0) {
        if (!queryRandomNewCell(ctx, CellSource::Initial, iteration))
            return false;
        m_current = ctx.labelled().back().metrics.row;
        return true;
    }
    std::vector<Cell> around = neighboursOf(ctx.benchmark().cell(m_current));
    for (std::size_t i = around.size(); i > 1; --i)
        std::swap(around[i - 1], around[ctx.rng().below(i)]);
    int bestRow = m_current;
    double bestAcc = searchAccuracyOf(ctx, m_current);
    for (const Cell &n : around) {
        if (ctx.budgetLeft() <= 0 || ctx.checkpoint())
            return true;
        const auto q = ctx.query(n, CellSource::Neighbour, iteration);
        if (q && q->metrics.searchAccuracy > bestAcc) {
            bestAcc = q->metrics.searchAccuracy;
            bestRow = q->metrics.row;
        }
    }
    // Neighbours labelled earlier count too: the move is to the best of all.
    for (const Cell &n : around) {
        const int row = ctx.benchmark().rowOf(n);
        if (row >= 0 && ctx.isLabelled(row) && searchAccuracyOf(ctx, row) > bestAcc) {
            bestAcc = searchAccuracyOf(ctx, row);
            bestRow = row;
        }
    }
    if (bestRow != m_current) {
        m_current = bestRow;
        return true;
    }
    // A local optimum: restart.
    if (!queryRandomNewCell(ctx, CellSource::WholeSpace, iteration))
        return false;
    m_current = ctx.labelled().back().metrics.row;
    return true;
}

QJsonObject LocalSearch::state() const
{
    return {{QStringLiteral("current"), m_current}};
}

void LocalSearch::restore(const QJsonObject &state, const QByteArray &, SearchContext &)
{
    m_current = state.value(QStringLiteral("current")).toInt(-1);
}

} // namespace dnas
