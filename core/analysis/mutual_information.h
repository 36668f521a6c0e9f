#pragma once

#include "controller/controller.h"
#include "space/cell.h"

#include <QString>

#include <vector>

namespace dnas {

/** Discrete ground-truth factors of cells: names[k] and values[k][cell]. */
struct CellFactors
{
    std::vector<QString> names;
    std::vector<std::vector<int>> values;
};

/**
 * The factors a cell is made of, named like the concepts of factor
 * analysis. NB-101: "number of vertices", "number of edges", "skip
 * connection" (0/1) and "op of vertex v" for v = 1…5 (the op, or absent when
 * the cell has no interior vertex v). NB-201: "op of edge i→j" for the six
 * edges. All cells must be of one space.
 */
CellFactors cellFactors(const std::vector<Cell> &cells);

/** One factor's share in the mutual-information gap. */
struct FactorInformation
{
    QString factor;
    double entropy = 0; ///< H(v) in nats
    int bestDim = -1; ///< the dimension with the most information about it
    double bestInformation = 0; ///< I(z_best; v) / H(v)
    double gap = 0; ///< (I(z_best; v) − I(z_second; v)) / H(v)
};

/**
 * The mutual-information gap (Chen et al., 2018): for every factor v with
 * H(v) > 0, the normalised difference between the two largest I(z_j; v) over
 * the latent dimensions j; MIG is their mean (0–1; 1 when each factor is
 * captured by one dimension alone). z_j is binned into `bins` equal-width
 * bins between its 1st and 99th percentile (clamped).
 */
double mutualInformationGap(const std::vector<Latent> &codes, const CellFactors &factors,
                            std::vector<FactorInformation> *perFactor = nullptr, int bins = 20);

} // namespace dnas
