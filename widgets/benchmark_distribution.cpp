#include "benchmark_distribution.h"

#include <algorithm>
#include <cmath>

namespace dnas::widgets {

void accuracyRange(double best, double median, double *lower, double *upper)
{
    *upper = std::clamp(std::ceil(best * 100 - 1e-9) / 100, 0.01, 1.0);
    const double spread = std::max(best - median, 0.0);
    *lower = std::max(0.0, std::floor((median - 2.5 * spread) * 20 + 1e-9) / 20);
    // A degenerate table (every cell equally good) still gets an axis.
    if (*upper - *lower < 0.05)
        *lower = std::max(0.0, *upper - 0.05);
}

BenchmarkDistribution distributionOf(const Benchmark &benchmark, const BenchmarkSummary &summary,
                                     int accuracyBins, int flopsBins)
{
    double lower = 0;
    double upper = 1;
    accuracyRange(summary.bestReported, summary.medianReported, &lower, &upper);
    double xLower = std::log10(std::max(summary.minFlops, 1.0) / 1e6);
    double xUpper = std::log10(std::max(summary.maxFlops, 1.0) / 1e6);
    if (xUpper <= xLower)
        xUpper = xLower + 1;

    BenchmarkDistribution d;
    d.accuracy = Histogram1D(lower, upper, accuracyBins);
    d.accuracyVsLogMFlops = Histogram2D(xLower, xUpper, flopsBins, lower, upper, accuracyBins);
    for (int r = 0; r < benchmark.size(); ++r) {
        const CellMetrics m = benchmark.metrics(r);
        d.accuracy.add(m.reportedAccuracy);
        d.accuracyVsLogMFlops.add(std::log10(std::max(m.flops, 1.0) / 1e6), m.reportedAccuracy);
    }
    return d;
}

} // namespace dnas::widgets
