#pragma once

#include "search_events.h"

#include "../util/rng.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace dnas {

class SearchControl;

/**
 * What a search method sees of the engine: the table (for free FLOPS and
 * uniform cells, never for accuracies), the labelled set, the run's random
 * generator and the one way to spend budget, query().
 */
class SearchContext
{
public:
    virtual ~SearchContext() = default;
    virtual const Benchmark &benchmark() const = 0;
    virtual const SearchConfig &config() const = 0;
    /** The run's generator; its state is checkpointed after every step. */
    virtual Rng &rng() = 0;
    /** The labelled set D′ in query order. */
    virtual const std::vector<QueryRecord> &labelled() const = 0;
    virtual int budgetLeft() const = 0;
    /** The labelled record of a table row, nullptr when not queried. O(1). */
    virtual const QueryRecord *labelledRow(int row) const = 0;
    /** True when the table row was queried in this run. */
    bool isLabelled(int row) const { return labelledRow(row) != nullptr; }
    /**
     * Spends one query on a cell not labelled yet and records it (store,
     * observers, best so far). nullopt, costing nothing, when the cell is not
     * in the table, already labelled, or the budget is spent.
     */
    virtual std::optional<QueryRecord> query(const Cell &cell, CellSource source, int iteration,
                                             std::optional<Prediction> predicted = {}) = 0;
    /** Pauses here while paused; true when the run must stop (cancelled). */
    virtual bool checkpoint() = 0;
    virtual const std::atomic<bool> *cancelFlag() const = 0;
    virtual RegionSet userRegions() const = 0;
    virtual void phase(SearchPhase phase, int iteration) = 0;
    /** Exact FLOPS of a cell (free: the cost model / the table). −1 when the
     *  cell is not in the table. */
    double flopsOf(const Cell &cell) const;
    /** A uniformly drawn cell of the table (free: no metric is read). */
    Cell randomCell() { return benchmark().randomCell(rng()); }
    /** Within the FLOPS limit (always true without one). */
    bool withinLimit(double flops, double slack = 0) const;
    /** The best labelled record by search accuracy among those within the
     *  limit (the first to reach it); nullptr when none. */
    const QueryRecord *bestLabelled() const;
};

/**
 * One search method. The engine calls step() until the budget is spent or
 * step() returns false, and saves state() (plus the context's generator)
 * after every step, so that restore() + further steps reproduce an
 * uninterrupted run exactly.
 */
class SearchStrategy
{
public:
    virtual ~SearchStrategy() = default;
    /** Makes some queries; false when the method cannot go on (e.g. the
     *  space is exhausted). Returns early when ctx.checkpoint() says stop. */
    virtual bool step(SearchContext &ctx) = 0;
    virtual QJsonObject state() const = 0;
    /** controller: the blob saved with the state (empty for baselines). */
    virtual void restore(const QJsonObject &state, const QByteArray &controller,
                         SearchContext &ctx) = 0;
    /** The controller to checkpoint with this step (DNAS), else empty. */
    virtual QByteArray controllerBytes() const { return {}; }
    /** The record of the iteration the last step completed (DNAS), if any. */
    virtual std::optional<IterationRecord> takeIteration() { return std::nullopt; }
};

/** The strategy of config.method. Throws Error when a resource (the shipped
 *  controller) is missing. */
std::unique_ptr<SearchStrategy> makeSearchStrategy(const SearchConfig &config);

} // namespace dnas
