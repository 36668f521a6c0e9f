#pragma once

#include <QJsonObject>

#include <optional>
#include <vector>

namespace dnas {

class Rng;

/** A promising interval of one latent dimension. */
struct LatentInterval
{
    int dim = 0;
    double lo = 0;
    double hi = 0;
    double weight = 1; ///< relative chance of being sampled among user regions
    bool user = false; ///< drawn by the user (else automatic, Eqn 4)
    friend bool operator==(const LatentInterval &a, const LatentInterval &b);
};

/** A promising box on a pair of latent dimensions (drawn on a zᵢ–zⱼ plot). */
struct LatentBox
{
    int dimX = 0;
    int dimY = 1;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    double weight = 1;
    bool user = true;
    friend bool operator==(const LatentBox &a, const LatentBox &b);
};

/** A set of regions: what one sampling step uses, and what the user edits. */
struct RegionSet
{
    std::vector<LatentInterval> intervals;
    std::vector<LatentBox> boxes;

    bool isEmpty() const { return intervals.empty() && boxes.empty(); }
    /** The regions drawn by the user (user == true), in order. */
    RegionSet userOnly() const { return filtered(true); }
    /** The automatic (Eqn 4) regions, in order. */
    RegionSet automaticOnly() const { return filtered(false); }
    QJsonObject toJson() const;
    /** Throws Error naming the field when the JSON is not a region set or a
     *  region is empty, inverted or on a dimension outside [0, latentSize). */
    static RegionSet fromJson(const QJsonObject &json, int latentSize);
    /** Empty when every region is well formed for this latent size. */
    QString problem(int latentSize) const;
    friend bool operator==(const RegionSet &a, const RegionSet &b);

private:
    RegionSet filtered(bool user) const;
};

/**
 * Eqn 4: for every latent dimension i, the union over the top-k cells' codes
 * z of [zᵢ − σ, zᵢ + σ], merged into disjoint sorted intervals (automatic,
 * weight 1). The paper's example: zᵢ of −0.28, −0.16, −0.19 with σ = 0.05
 * give the single interval [−0.33, −0.11].
 */
std::vector<LatentInterval> promisingIntervals(const std::vector<std::vector<float>> &topCodes,
                                               double sigma);

/**
 * Draws latent points from regions. Every dimension is drawn uniformly from
 * the union of its automatic intervals (an interval picked with probability
 * proportional to its length); a dimension without one is drawn from
 * N(0, 1). drawUser() first picks one user region by weight and draws its
 * dimension(s) inside it, the rest as above.
 */
class RegionSampler
{
public:
    RegionSampler(int latentSize, RegionSet regions);
    std::vector<float> drawAutomatic(Rng &rng) const;
    /** nullopt when there is no user region. */
    std::optional<std::vector<float>> drawUser(Rng &rng) const;
    bool hasUserRegions() const { return !m_userIntervals.empty() || !m_userBoxes.empty(); }

private:
    int m_latent;
    std::vector<std::vector<LatentInterval>> m_auto; // per dimension
    std::vector<LatentInterval> m_userIntervals;
    std::vector<LatentBox> m_userBoxes;
};

} // namespace dnas
