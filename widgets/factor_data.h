#pragma once

#include "controller/controller.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace dnas::widgets {

/** What the y axis of a dimension plot shows. */
enum class FactorMetric {
    Accuracy, ///< accuracy in percent, linear axis
    Flops, ///< MFLOPs, logarithmic axis
};

/**
 * The points of the latent factor plots (the paper's Figures 4 and 5): one
 * latent code per cell with its accuracy (a fraction, shown in percent), its
 * FLOPS (a count, shown as MFLOPs on a log axis) and, optionally, a category
 * per point (e.g. a CellSource as int; -1: none) that the plots can
 * highlight. accuracy, flops and sources are either empty or as long as
 * latents. Points whose accuracy is not finite are not drawn; in FLOPS plots
 * neither are points without a positive FLOPS count.
 */
struct FactorData
{
    std::vector<Latent> latents;
    std::vector<double> accuracy;
    std::vector<double> flops;
    std::vector<int> sources;

    int size() const { return int(latents.size()); }
    bool isEmpty() const { return latents.empty(); }
    /** The length of the first code (0 when there is none). */
    int latentSize() const { return latents.empty() ? 0 : int(latents.front().size()); }

    /** True when every code has latentSize() entries and the other vectors
     *  are empty or as long as latents. */
    bool isConsistent() const
    {
        const size_t n = latents.size();
        const size_t d = size_t(latentSize());
        const auto sized = [n](size_t m) {
            return m == 0 || m == n;
        };
        return sized(accuracy.size()) && sized(flops.size()) && sized(sources.size())
            && std::all_of(latents.begin(), latents.end(),
                           [d](const Latent &z) { return z.size() == d; });
    }

    /** Component `dim` of every code. */
    std::vector<float> column(int dim) const
    {
        std::vector<float> c;
        c.reserve(latents.size());
        for (const Latent &z : latents)
            c.push_back(dim >= 0 && dim < int(z.size()) ? z[size_t(dim)]
                                                        : std::numeric_limits<float>::quiet_NaN());
        return c;
    }
};

} // namespace dnas::widgets
