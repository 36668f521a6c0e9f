#include "regions.h"

#include "../util/error.h"
#include "../util/rng.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace dnas {

bool operator==(const LatentInterval &a, const LatentInterval &b)
{
    return a.dim == b.dim && a.lo == b.lo && a.hi == b.hi && a.weight == b.weight
        && a.user == b.user;
}

bool operator==(const LatentBox &a, const LatentBox &b)
{
    return a.dimX == b.dimX && a.dimY == b.dimY && a.x0 == b.x0 && a.x1 == b.x1 && a.y0 == b.y0
        && a.y1 == b.y1 && a.weight == b.weight && a.user == b.user;
}

bool operator==(const RegionSet &a, const RegionSet &b)
{
    return a.intervals == b.intervals && a.boxes == b.boxes;
}

RegionSet RegionSet::filtered(bool user) const
{
    RegionSet out;
    for (const LatentInterval &i : intervals)
        if (i.user == user)
            out.intervals.push_back(i);
    for (const LatentBox &b : boxes)
        if (b.user == user)
            out.boxes.push_back(b);
    return out;
}

QJsonObject RegionSet::toJson() const
{
    QJsonArray iv;
    for (const LatentInterval &i : intervals) {
        iv.append(QJsonObject {{QStringLiteral("dim"), i.dim},
                               {QStringLiteral("lo"), i.lo},
                               {QStringLiteral("hi"), i.hi},
                               {QStringLiteral("weight"), i.weight},
                               {QStringLiteral("user"), i.user}});
    }
    QJsonArray bx;
    for (const LatentBox &b : boxes) {
        bx.append(QJsonObject {{QStringLiteral("dim_x"), b.dimX},
                               {QStringLiteral("dim_y"), b.dimY},
                               {QStringLiteral("x0"), b.x0},
                               {QStringLiteral("x1"), b.x1},
                               {QStringLiteral("y0"), b.y0},
                               {QStringLiteral("y1"), b.y1},
                               {QStringLiteral("weight"), b.weight},
                               {QStringLiteral("user"), b.user}});
    }
    return QJsonObject {{QStringLiteral("intervals"), iv}, {QStringLiteral("boxes"), bx}};
}

namespace {
double number(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        throw Error(
            QStringLiteral("%1: '%2' must be a finite number").arg(where, QLatin1String(key)));
    return v.toDouble();
}

int integer(const QJsonObject &o, const char *key, const QString &where)
{
    const double v = number(o, key, where);
    // Range first: converting a double outside int's range is undefined.
    if (v != std::floor(v) || v < -2147483648.0 || v > 2147483647.0)
        throw Error(QStringLiteral("%1: '%2' must be an integer").arg(where, QLatin1String(key)));
    return int(v);
}

bool flag(const QJsonObject &o, const char *key, bool fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : fallback;
}
} // namespace

RegionSet RegionSet::fromJson(const QJsonObject &json, int latentSize)
{
    RegionSet set;
    const QJsonArray iv = json.value(QStringLiteral("intervals")).toArray();
    for (int k = 0; k < iv.size(); ++k) {
        const QString where = QStringLiteral("intervals[%1]").arg(k);
        const QJsonObject o = iv.at(k).toObject();
        LatentInterval i;
        i.dim = integer(o, "dim", where);
        i.lo = number(o, "lo", where);
        i.hi = number(o, "hi", where);
        i.weight = o.contains(QStringLiteral("weight")) ? number(o, "weight", where) : 1.0;
        i.user = flag(o, "user", true);
        set.intervals.push_back(i);
    }
    const QJsonArray bx = json.value(QStringLiteral("boxes")).toArray();
    for (int k = 0; k < bx.size(); ++k) {
        const QString where = QStringLiteral("boxes[%1]").arg(k);
        const QJsonObject o = bx.at(k).toObject();
        LatentBox b;
        b.dimX = integer(o, "dim_x", where);
        b.dimY = integer(o, "dim_y", where);
        b.x0 = number(o, "x0", where);
        b.x1 = number(o, "x1", where);
        b.y0 = number(o, "y0", where);
        b.y1 = number(o, "y1", where);
        b.weight = o.contains(QStringLiteral("weight")) ? number(o, "weight", where) : 1.0;
        b.user = flag(o, "user", true);
        set.boxes.push_back(b);
    }
    const QString problem = set.problem(latentSize);
    if (!problem.isEmpty())
        throw Error(problem);
    return set;
}

QString RegionSet::problem(int latentSize) const
{
    const auto badDim = [latentSize](int d) {
        return d < 0 || d >= latentSize;
    };
    for (std::size_t k = 0; k < intervals.size(); ++k) {
        const LatentInterval &i = intervals[k];
        const QString where = QStringLiteral("intervals[%1]").arg(k);
        if (badDim(i.dim))
            return QStringLiteral("%1: dimension %2 is outside 0..%3")
                .arg(where)
                .arg(i.dim)
                .arg(latentSize - 1);
        if (!(i.lo < i.hi))
            return QStringLiteral("%1: lo must be below hi").arg(where);
        if (!(i.weight > 0))
            return QStringLiteral("%1: weight must be positive").arg(where);
    }
    for (std::size_t k = 0; k < boxes.size(); ++k) {
        const LatentBox &b = boxes[k];
        const QString where = QStringLiteral("boxes[%1]").arg(k);
        if (badDim(b.dimX) || badDim(b.dimY) || b.dimX == b.dimY)
            return QStringLiteral("%1: needs two different dimensions in 0..%2")
                .arg(where)
                .arg(latentSize - 1);
        if (!(b.x0 < b.x1) || !(b.y0 < b.y1))
            return QStringLiteral("%1: x0 < x1 and y0 < y1 are needed").arg(where);
        if (!(b.weight > 0))
            return QStringLiteral("%1: weight must be positive").arg(where);
    }
    return {};
}

std::vector<LatentInterval> promisingIntervals(const std::vector<std::vector<float>> &topCodes,
                                               double sigma)
{
    std::vector<LatentInterval> out;
    if (topCodes.empty())
        return out;
    const int dims = int(topCodes.front().size());
    for (int d = 0; d < dims; ++d) {
        std::vector<std::pair<double, double>> spans;
        for (const auto &z : topCodes)
            spans.emplace_back(double(z[std::size_t(d)]) - sigma,
                               double(z[std::size_t(d)]) + sigma);
        std::sort(spans.begin(), spans.end());
        std::pair<double, double> cur = spans.front();
        for (std::size_t k = 1; k <= spans.size(); ++k) {
            if (k < spans.size() && spans[k].first <= cur.second) {
                cur.second = std::max(cur.second, spans[k].second);
                continue;
            }
            out.push_back(LatentInterval {d, cur.first, cur.second, 1.0, false});
            if (k < spans.size())
                cur = spans[k];
        }
    }
    return out;
}

RegionSampler::RegionSampler(int latentSize, RegionSet regions)
    : m_latent(latentSize)
    , m_auto(std::size_t(latentSize))
{
    for (const LatentInterval &i : regions.intervals) {
        if (i.dim < 0 || i.dim >= latentSize || !(i.lo < i.hi))
            continue;
        (i.user ? m_userIntervals : m_auto[std::size_t(i.dim)]).push_back(i);
    }
    for (const LatentBox &b : regions.boxes) {
        if (b.dimX >= 0 && b.dimX < latentSize && b.dimY >= 0 && b.dimY < latentSize)
            m_userBoxes.push_back(b);
    }
}

namespace {
double uniformIn(double lo, double hi, Rng &rng)
{
    return lo + (hi - lo) * rng.uniform();
}
} // namespace

std::vector<float> RegionSampler::drawAutomatic(Rng &rng) const
{
    std::vector<float> z(static_cast<std::size_t>(m_latent));
    for (int d = 0; d < m_latent; ++d) {
        const auto &spans = m_auto[std::size_t(d)];
        if (spans.empty()) {
            z[std::size_t(d)] = float(rng.normal());
            continue;
        }
        double total = 0;
        for (const auto &s : spans)
            total += s.hi - s.lo;
        double pick = rng.uniform() * total;
        const LatentInterval *chosen = &spans.back();
        for (const auto &s : spans) {
            if (pick < s.hi - s.lo) {
                chosen = &s;
                break;
            }
            pick -= s.hi - s.lo;
        }
        z[std::size_t(d)] = float(uniformIn(chosen->lo, chosen->hi, rng));
    }
    return z;
}

std::optional<std::vector<float>> RegionSampler::drawUser(Rng &rng) const
{
    if (!hasUserRegions())
        return std::nullopt;
    double total = 0;
    for (const auto &i : m_userIntervals)
        total += i.weight;
    for (const auto &b : m_userBoxes)
        total += b.weight;
    double pick = rng.uniform() * total;
    std::vector<float> z = drawAutomatic(rng);
    for (const auto &i : m_userIntervals) {
        if (pick < i.weight) {
            z[std::size_t(i.dim)] = float(uniformIn(i.lo, i.hi, rng));
            return z;
        }
        pick -= i.weight;
    }
    if (m_userBoxes.empty()) { // rounding left pick past the last interval
        const LatentInterval &i = m_userIntervals.back();
        z[std::size_t(i.dim)] = float(uniformIn(i.lo, i.hi, rng));
        return z;
    }
    const LatentBox *b = &m_userBoxes.back();
    for (const auto &box : m_userBoxes) {
        if (pick < box.weight) {
            b = &box;
            break;
        }
        pick -= box.weight;
    }
    z[std::size_t(b->dimX)] = float(uniformIn(b->x0, b->x1, rng));
    z[std::size_t(b->dimY)] = float(uniformIn(b->y0, b->y1, rng));
    return z;
}

} // namespace dnas
