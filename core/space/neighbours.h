#pragma once

#include "nb101_cell.h"
#include "nb201_cell.h"

#include <vector>

namespace dnas {

/** Every distinct valid cell one edit away (local search's neighbourhood):
 *  on the 7-vertex form, one edge flipped or one op changed, then pruned;
 *  children equal (isomorphic) to the parent or to each other appear once. */
std::vector<Nb101Cell> nb101Neighbours(const Nb101Cell &cell);
/** The 24 cells with one edge's op changed. */
std::vector<Nb201Cell> nb201Neighbours(const Nb201Cell &cell);

} // namespace dnas
