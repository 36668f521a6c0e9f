#pragma once

#include "search_strategy.h"

#include <deque>

namespace dnas {

/** `random`: uniform valid cells of the table, ten per step. */
class RandomSearch : public SearchStrategy
{
public:
    bool step(SearchContext &ctx) override;
    QJsonObject state() const override { return {}; }
    void restore(const QJsonObject &, const QByteArray &, SearchContext &) override { }
};

/**
 * `re`: regularized evolution (Real et al. 2019, as in the NB-101 paper): a
 * population of random cells; each child is the mutation (NB-101
 * mutate_spec) of the best of a random tournament, joins the population and
 * the oldest member leaves. A child already labelled costs nothing and still
 * joins (as in the reference code). Ten children per step.
 */
class RegularizedEvolution : public SearchStrategy
{
public:
    bool step(SearchContext &ctx) override;
    QJsonObject state() const override;
    void restore(const QJsonObject &state, const QByteArray &, SearchContext &) override;

private:
    std::deque<int> m_population; // table rows, oldest first
};

/**
 * `ls`: local search over one-edit neighbours with restarts: from the current
 * cell (at first a random one) query all its unlabelled neighbours in random
 * order; move to the best of them when it beats the current cell, else
 * restart from a new random cell. One neighbourhood per step.
 */
class LocalSearch : public SearchStrategy
{
public:
    bool step(SearchContext &ctx) override;
    QJsonObject state() const override;
    void restore(const QJsonObject &state, const QByteArray &, SearchContext &) override;

private:
    int m_current = -1; // table row
};

/** Queries a uniformly drawn new cell (source); false when none was found
 *  in many draws (a nearly exhausted space) or the budget is spent. */
bool queryRandomNewCell(SearchContext &ctx, CellSource source, int iteration);

} // namespace dnas
