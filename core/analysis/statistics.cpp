#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace dnas {

double kendallTau(const std::vector<double> &x, const std::vector<double> &y)
{
    const std::size_t n = std::min(x.size(), y.size());
    long long concordant = 0;
    long long discordant = 0;
    long long tiesX = 0; // pairs tied in x only
    long long tiesY = 0; // pairs tied in y only
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = i + 1; j < n; ++j) {
            const double dx = x[i] - x[j];
            const double dy = y[i] - y[j];
            if (dx == 0 && dy == 0)
                continue;
            if (dx == 0)
                ++tiesX;
            else if (dy == 0)
                ++tiesY;
            else if ((dx > 0) == (dy > 0))
                ++concordant;
            else
                ++discordant;
        }
    }
    const double denom = std::sqrt(double(concordant + discordant + tiesX)
                                   * double(concordant + discordant + tiesY));
    return denom > 0 ? double(concordant - discordant) / denom : 0.0;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    // nth_element, not a sort: the summary takes the median of 423,624 rows.
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    if (v.size() % 2 == 1)
        return v[mid];
    const double upper = v[mid];
    const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2;
}

} // namespace dnas
