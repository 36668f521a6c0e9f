#pragma once

#include "cell.h"
#include "nb101_cell.h"
#include "nb201_cell.h"

namespace dnas {

class Rng;

/** A random valid NAS-Bench-101 cell, pruned, drawn as the NB-101 papers do
 *  (the benchmark's random_spec): a uniform random 7×7 upper-triangular 0/1
 *  matrix and uniform ops, redrawn until the pruned cell is valid. Uniform
 *  over matrices, not over cells: pruning makes small cells common (measured:
 *  about 9.6 % of draws are the 2-vertex cell, 0.3 % have 7 vertices, while
 *  85 % of the space's cells have 7). For draws uniform over the 423,624
 *  distinct cells use Benchmark::randomCell. */
Nb101Cell randomNb101Cell(Rng &rng);

/** Regularized evolution's mutation (NB-101 mutate_spec): on the 7-vertex form
 *  of the cell, flip each edge with probability rate/7 and resample each op
 *  with probability rate/5 (to a different op); redrawn until the result is
 *  valid and, when requireChange, its module hash differs from the parent's.
 *  Returns the pruned child. */
Nb101Cell mutateNb101Cell(const Nb101Cell &parent, Rng &rng, double rate = 1.0,
                          bool requireChange = true);

/** A uniformly drawn NAS-Bench-201 cell. */
Nb201Cell randomNb201Cell(Rng &rng);

/** One edge, chosen uniformly, gets a different op chosen uniformly. */
Nb201Cell mutateNb201Cell(const Nb201Cell &parent, Rng &rng);
/** The mutation of the parent's space (mutateNb101Cell at rate 1, or
 *  mutateNb201Cell). */
Cell mutateCell(const Cell &parent, Rng &rng);

} // namespace dnas
