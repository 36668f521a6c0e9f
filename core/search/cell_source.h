#pragma once

#include <QString>

#include <optional>

namespace dnas {

/** Which part of a search proposed a queried cell (kept for every query, so a
 *  run can say what its queries came from). */
enum class CellSource {
    Initial, ///< the random labelled start set
    Region, ///< decoded from an automatic promising region (Eqn 4)
    UserRegion, ///< decoded from a region the user drew
    FlopsEdge, ///< decoded near the FLOPS limit
    WholeSpace, ///< drawn from the whole space (uniform cell or latent point)
    GradientStep, ///< decoded after a gradient step in z (Eqn 7)
    Mutation, ///< a mutation of a good cell (evolution, DNAS candidates)
    Neighbour, ///< a one-edit neighbour (local search)
    User, ///< asked for by the user ("query this cell")
};

/** "initial", "region", "user-region", "flops-edge", "whole-space",
 *  "gradient-step", "mutation", "neighbour", "user". */
QString cellSourceKey(CellSource source);
std::optional<CellSource> cellSourceFromKey(const QString &key);
constexpr int kCellSourceCount = 9;

} // namespace dnas
