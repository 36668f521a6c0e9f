#pragma once

#include "controller.h"

#include "../bench/benchmark.h"

#include <vector>

namespace dnas {

/**
 * The split between cells the shipped controllers may see in pretraining and
 * cells kept out for evaluation: row r is held out when mix(r) mod 10 ≥ 7
 * (mix = splitmix64), about 30 % of every table, fixed forever so that an
 * evaluation never scores cells the autoencoder was trained on.
 */
bool isHeldOutRow(int row);
std::vector<int> pretrainingRows(const Benchmark &benchmark);
std::vector<int> heldOutRows(const Benchmark &benchmark);

/** `count` distinct rows drawn uniformly (without replacement) from `rows`. */
std::vector<int> sampleRows(const std::vector<int> &rows, int count, Rng &rng);

/** Training samples of rows: cell and exact FLOPS always; the search
 *  accuracy when withAccuracy (labelled cells). */
std::vector<TrainingSample> samplesOfRows(const Benchmark &benchmark, const std::vector<int> &rows,
                                          bool withAccuracy);

/** The space of a benchmark. */
SpaceKind spaceOf(BenchmarkId id);

/** Where the shipped pretrained controller of a space lives
 *  (resources/controllers/nb101.dnasctl or nb201.dnasctl, found like the
 *  bundled tables). */
QString bundledControllerPath(SpaceKind space);

} // namespace dnas
