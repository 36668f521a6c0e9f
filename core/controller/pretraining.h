#pragma once

#include "controller.h"

#include "../bench/benchmark.h"

#include <functional>
#include <memory>
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

/**
 * Pretrains a new controller of `config` as the shipped ones are made: the
 * autoencoder and FLOPS head on `cells` random cells of the pretraining
 * split (drawn with config.seed), then the FLOPS head refitted on the fixed
 * encoder over up to 50,000 of them. No accuracy is used.
 */
std::unique_ptr<Controller>
pretrainController(const Benchmark &benchmark, const ControllerConfig &config,
                   const TrainOptions &options, int cells,
                   const std::function<void(const EpochLosses &)> &onEpoch = {},
                   TrainReport *report = nullptr, TrainReport *flopsRefit = nullptr);
/** The options the shipped controllers were pretrained with: `steps` Adam
 *  steps of 100 cells, learning rate 0.01 decaying to 0.0005. */
TrainOptions pretrainingOptions(int steps = 12000);
constexpr int kPretrainingCells = 300000;

/** The space of a benchmark. */
SpaceKind spaceOf(BenchmarkId id);

/** Where the shipped pretrained controller of a space lives
 *  (resources/controllers/nb101.dnasctl or nb201.dnasctl, found like the
 *  bundled tables). */
QString bundledControllerPath(SpaceKind space);
/** The shipped controller pretrained with β = 0 (the entangled control of
 *  factor analysis): resources/controllers/nb101-beta0.dnasctl etc. */
QString bundledBeta0ControllerPath(SpaceKind space);

} // namespace dnas
