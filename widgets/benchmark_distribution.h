#pragma once

#include "histogram.h"

#include "bench/benchmark_summary.h"

namespace dnas::widgets {

/**
 * How the cells of a benchmark spread over reported accuracy and FLOPS, as
 * the summary view plots them. Accuracies are fractions, like core's.
 */
struct BenchmarkDistribution
{
    /** Reported accuracy of every row, over accuracyRange(). */
    Histogram1D accuracy;
    /** x: log10 of MFLOPs (minFlops..maxFlops), y: reported accuracy over the
     *  same range and with the same bins as `accuracy`. */
    Histogram2D accuracyVsLogMFlops;
};

/** Default number of accuracy bins. */
constexpr int kAccuracyBins = 100;
/** Default number of FLOPS bins (columns of the density). */
constexpr int kFlopsBins = 120;

/**
 * The accuracy axis for a table: from median − 2.5 × (best − median) rounded
 * down to a multiple of 5 points, to the best rounded up to a whole point
 * (NB-101: 0.80–0.95). Led by the median, not by the lowest values, so the
 * tail of failed trainings (NB-201: cells at chance level) does not flatten
 * the plot; the view says how many cells lie below.
 */
void accuracyRange(double best, double median, double *lower, double *upper);

/** Scans every row of `benchmark` once (NB-101: about 10 ms). Reads only
 *  immutable data, so it may run on any thread. */
BenchmarkDistribution distributionOf(const Benchmark &benchmark, const BenchmarkSummary &summary,
                                     int accuracyBins = kAccuracyBins, int flopsBins = kFlopsBins);

} // namespace dnas::widgets
