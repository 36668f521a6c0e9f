#pragma once

#include "benchmark.h"

namespace dnas {

/** Figures that describe a whole benchmark table (for `dnas info` and the
 *  main window). Accuracies are fractions. */
struct BenchmarkSummary
{
    BenchmarkId id = BenchmarkId::Nb101;
    int rows = 0;
    double bestSearch = 0;
    double medianSearch = 0;
    double bestReported = 0;
    double medianReported = 0;
    int bestReportedRow = -1;
    double minFlops = 0;
    double maxFlops = 0;
    double minParams = 0;
    double maxParams = 0;
};

/** Scans every row once (the first training run on multi-run tables). */
BenchmarkSummary summarize(const Benchmark &benchmark);

} // namespace dnas
