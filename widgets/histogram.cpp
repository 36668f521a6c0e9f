#include "histogram.h"

#include <algorithm>
#include <cmath>

namespace dnas::widgets {

namespace {
// Bin of v in [lower, upper] with n bins; the upper edge falls in the last bin.
int binOf(double v, double lower, double upper, int n)
{
    const int i = int(std::floor((v - lower) / (upper - lower) * n));
    return std::min(i, n - 1);
}
} // namespace

Histogram1D::Histogram1D(double lower, double upper, int bins)
    : m_lower(lower)
    , m_upper(upper)
    , m_counts(std::size_t(std::max(bins, 1)), 0)
{ }

void Histogram1D::add(double value)
{
    // Written so that NaN fails the first test and lands in below().
    if (!(value >= m_lower))
        ++m_below;
    else if (value > m_upper)
        ++m_above;
    else
        ++m_counts[std::size_t(binOf(value, m_lower, m_upper, binCount()))];
}

double Histogram1D::binWidth() const
{
    return m_counts.empty() ? 0.0 : (m_upper - m_lower) / binCount();
}

double Histogram1D::binCentre(int i) const
{
    return m_lower + (i + 0.5) * binWidth();
}

int Histogram1D::inRange() const
{
    int n = 0;
    for (int c : m_counts)
        n += c;
    return n;
}

int Histogram1D::maxCount() const
{
    return m_counts.empty() ? 0 : *std::max_element(m_counts.begin(), m_counts.end());
}

Histogram2D::Histogram2D(double xLower, double xUpper, int nx, double yLower, double yUpper, int ny)
    : m_xLower(xLower)
    , m_xUpper(xUpper)
    , m_yLower(yLower)
    , m_yUpper(yUpper)
    , m_nx(std::max(nx, 1))
    , m_ny(std::max(ny, 1))
    , m_counts(std::size_t(m_nx) * std::size_t(m_ny), 0)
{ }

void Histogram2D::add(double x, double y)
{
    if (!(x >= m_xLower && x <= m_xUpper && y >= m_yLower && y <= m_yUpper)) {
        ++m_outside;
        return;
    }
    const int ix = binOf(x, m_xLower, m_xUpper, m_nx);
    const int iy = binOf(y, m_yLower, m_yUpper, m_ny);
    ++m_counts[std::size_t(iy) * std::size_t(m_nx) + std::size_t(ix)];
}

int Histogram2D::maxCount() const
{
    return m_counts.empty() ? 0 : *std::max_element(m_counts.begin(), m_counts.end());
}

} // namespace dnas::widgets
