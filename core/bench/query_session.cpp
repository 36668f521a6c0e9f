#include "query_session.h"

#include "../util/error.h"

namespace dnas {

QuerySession::QuerySession(std::shared_ptr<const Benchmark> benchmark, std::uint64_t seed)
    : m_benchmark(std::move(benchmark))
    , m_rng(seed)
{ }

CellMetrics QuerySession::query(const Cell &cell)
{
    const int row = m_benchmark->rowOf(cell);
    if (row < 0) {
        // Say why: parse-level problems first, then absence from the table.
        if (const auto *c = std::get_if<Nb101Cell>(&cell)) {
            if (!isNb101(m_benchmark->id()))
                throw Error(QStringLiteral("a NAS-Bench-101 cell cannot be queried on %1")
                                .arg(benchmarkTitle(m_benchmark->id())));
            const QString problem = c->problem();
            if (!problem.isEmpty())
                throw Error(QStringLiteral("invalid NAS-Bench-101 cell: %1").arg(problem));
        } else if (isNb101(m_benchmark->id())) {
            throw Error(QStringLiteral("a NAS-Bench-201 cell cannot be queried on NAS-Bench-101"));
        }
        throw Error(QStringLiteral("the cell is not in the %1 table")
                        .arg(benchmarkTitle(m_benchmark->id())));
    }
    const auto it = m_cache.find(row);
    if (it != m_cache.end())
        return it->second;
    const CellMetrics m = m_benchmark->metrics(row, &m_rng);
    m_cache.emplace(row, m);
    return m;
}

CellMetrics QuerySession::peek(int row) const
{
    const auto it = m_cache.find(row);
    return it != m_cache.end() ? it->second : m_benchmark->metrics(row, nullptr);
}

} // namespace dnas
