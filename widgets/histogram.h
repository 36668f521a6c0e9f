#pragma once

#include <vector>

namespace dnas::widgets {

/**
 * Counts of values in equal-width bins over [lower, upper]. The last bin
 * includes `upper`; values below `lower` (and NaN) are counted in below(),
 * values above `upper` in above(), so below() + inRange() + above() is the
 * number of values added. A plain value type: safe to fill on any thread.
 */
class Histogram1D
{
public:
    Histogram1D() = default;
    /** bins ≥ 1 and lower < upper. */
    Histogram1D(double lower, double upper, int bins);

    void add(double value);

    double lower() const { return m_lower; }
    double upper() const { return m_upper; }
    int binCount() const { return int(m_counts.size()); }
    double binWidth() const;
    /** Centre of bin i. */
    double binCentre(int i) const;
    int count(int i) const { return m_counts[std::size_t(i)]; }
    const std::vector<int> &counts() const { return m_counts; }
    int below() const { return m_below; }
    int above() const { return m_above; }
    int inRange() const;
    int maxCount() const;

private:
    double m_lower = 0;
    double m_upper = 1;
    std::vector<int> m_counts;
    int m_below = 0;
    int m_above = 0;
};

/**
 * Counts of (x, y) points on an nx × ny grid of equal cells over
 * [xLower, xUpper] × [yLower, yUpper], upper edges included. Points outside
 * the rectangle (or with a NaN coordinate) are counted in outside().
 */
class Histogram2D
{
public:
    Histogram2D() = default;
    Histogram2D(double xLower, double xUpper, int nx, double yLower, double yUpper, int ny);

    void add(double x, double y);

    double xLower() const { return m_xLower; }
    double xUpper() const { return m_xUpper; }
    double yLower() const { return m_yLower; }
    double yUpper() const { return m_yUpper; }
    int nx() const { return m_nx; }
    int ny() const { return m_ny; }
    int count(int ix, int iy) const
    {
        return m_counts[std::size_t(iy) * std::size_t(m_nx) + std::size_t(ix)];
    }
    int outside() const { return m_outside; }
    int maxCount() const;

private:
    double m_xLower = 0;
    double m_xUpper = 1;
    double m_yLower = 0;
    double m_yUpper = 1;
    int m_nx = 0;
    int m_ny = 0;
    std::vector<int> m_counts; // row-major, iy * nx + ix
    int m_outside = 0;
};

} // namespace dnas::widgets
