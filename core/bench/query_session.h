#pragma once

#include "benchmark.h"

#include "../util/rng.h"

#include <memory>
#include <unordered_map>

namespace dnas {

/**
 * The query accounting of one search: every distinct cell (isomorphic NB-101
 * cells count once) costs one query the first time it is evaluated; asking
 * again returns the same metrics for free. Not thread-safe: one per search.
 */
class QuerySession
{
public:
    /** seed drives the choice of training run on multi-run tables. */
    QuerySession(std::shared_ptr<const Benchmark> benchmark, std::uint64_t seed);

    /** Evaluates a cell. Throws Error when the cell is invalid, of the wrong
     *  space or not in the table; such calls cost nothing. */
    CellMetrics query(const Cell &cell);
    /** Metrics of a row without spending a query (for reports, not searches). */
    CellMetrics peek(int row) const;
    /** True when this row was queried already. */
    bool wasQueried(int row) const { return m_cache.count(row) > 0; }
    /** Unique cells evaluated so far. */
    int queries() const { return int(m_cache.size()); }

    const Benchmark &benchmark() const { return *m_benchmark; }

private:
    std::shared_ptr<const Benchmark> m_benchmark;
    Rng m_rng;
    std::unordered_map<int, CellMetrics> m_cache;
};

} // namespace dnas
