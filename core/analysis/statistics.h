#pragma once

#include <vector>

namespace dnas {

/** Kendall's τ-b of two equally long samples (ties handled as in
 *  scipy.stats.kendalltau); 0 when either sample is constant. O(n²). */
double kendallTau(const std::vector<double> &x, const std::vector<double> &y);

/** Spearman's ρ of two equally long samples (Pearson correlation of the
 *  ranks, ties given their mean rank); 0 when either sample is constant or
 *  shorter than 2. */
double spearmanRho(const std::vector<double> &x, const std::vector<double> &y);

/** Arithmetic mean; NaN when empty. */
double mean(const std::vector<double> &values);

/** Sample standard deviation (n − 1 in the denominator); NaN for fewer than
 *  two values. */
double sampleStd(const std::vector<double> &values);

/** Median of a sample (mean of the two middle values for even sizes); 0 when empty. */
double median(std::vector<double> values);

} // namespace dnas
