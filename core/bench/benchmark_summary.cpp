#include "benchmark_summary.h"

#include "../analysis/statistics.h"

#include <algorithm>
#include <vector>

namespace dnas {

BenchmarkSummary summarize(const Benchmark &benchmark)
{
    BenchmarkSummary s;
    s.id = benchmark.id();
    s.rows = benchmark.size();
    if (s.rows == 0)
        return s;
    std::vector<double> search(std::size_t(s.rows));
    std::vector<double> reported(std::size_t(s.rows));
    const CellMetrics first = benchmark.metrics(0);
    s.minFlops = s.maxFlops = first.flops;
    s.minParams = s.maxParams = double(first.params);
    s.bestSearch = first.searchAccuracy;
    s.bestReported = first.reportedAccuracy;
    s.bestReportedRow = 0;
    for (int r = 0; r < s.rows; ++r) {
        const CellMetrics m = benchmark.metrics(r);
        search[std::size_t(r)] = m.searchAccuracy;
        reported[std::size_t(r)] = m.reportedAccuracy;
        s.bestSearch = std::max(s.bestSearch, m.searchAccuracy);
        if (m.reportedAccuracy > s.bestReported) {
            s.bestReported = m.reportedAccuracy;
            s.bestReportedRow = r;
        }
        s.minFlops = std::min(s.minFlops, m.flops);
        s.maxFlops = std::max(s.maxFlops, m.flops);
        s.minParams = std::min(s.minParams, double(m.params));
        s.maxParams = std::max(s.maxParams, double(m.params));
    }
    s.medianSearch = median(std::move(search));
    s.medianReported = median(std::move(reported));
    return s;
}

} // namespace dnas
