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

namespace {
std::vector<double> ranks(const std::vector<double> &v)
{
    std::vector<std::size_t> order(v.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&v](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]])
            ++j;
        const double mean = (double(i) + double(j)) / 2 + 1;
        for (std::size_t k = i; k <= j; ++k)
            r[order[k]] = mean;
        i = j + 1;
    }
    return r;
}
} // namespace

double spearmanRho(const std::vector<double> &x, const std::vector<double> &y)
{
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2)
        return 0;
    const std::vector<double> rx = ranks(std::vector<double>(x.begin(), x.begin() + long(n)));
    const std::vector<double> ry = ranks(std::vector<double>(y.begin(), y.begin() + long(n)));
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += rx[i];
        my += ry[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (rx[i] - mx) * (ry[i] - my);
        sxx += (rx[i] - mx) * (rx[i] - mx);
        syy += (ry[i] - my) * (ry[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
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

double mean(const std::vector<double> &values)
{
    double s = 0;
    for (const double x : values)
        s += x;
    return values.empty() ? std::nan("") : s / double(values.size());
}

double sampleStd(const std::vector<double> &values)
{
    if (values.size() < 2)
        return std::nan("");
    const double m = mean(values);
    double s = 0;
    for (const double x : values)
        s += (x - m) * (x - m);
    return std::sqrt(s / double(values.size() - 1));
}

} // namespace dnas
