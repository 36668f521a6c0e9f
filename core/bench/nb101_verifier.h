#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace dnas {

class Nb101Benchmark;

/** What `dnas verify --bench nb101` found. */
struct Nb101VerifyReport
{
    int rows = 0;
    int invalidCells = 0; ///< stored graph is no valid pruned cell
    int hashMismatches = 0; ///< module hash of the stored graph ≠ stored hash
    int paramsMismatches = 0; ///< cost-model params ≠ stored params
    int flopsMismatches = 0; ///< cost-model FLOPS ≠ stored exact FLOPS
    int firstHashMismatchRow = -1;
    int firstParamsMismatchRow = -1;
    /** Cost-model FLOPS against the table's thop column: largest and mean
     *  of |thop − ours| / ours, the row of the largest, and the ratio range. */
    double thopMaxRelDiff = 0;
    double thopMeanRelDiff = 0;
    int thopMaxRow = -1;
    double thopMinRatio = 0;
    double thopMaxRatio = 0;
    bool hasThop = false;
    /** Rows where thop = flops + 2 · BN output elements exactly. */
    int thopExplainedRows = 0;
    double seconds = 0;
};

/**
 * Recomputes, for every row, the module hash, the params and the FLOPS of
 * the stored graph and compares them with the stored values. Runs on all
 * cores (QtConcurrent); progress(done, total) is called from the calling
 * thread between chunks.
 */
Nb101VerifyReport verifyNb101(const Nb101Benchmark &benchmark,
                              const std::function<void(int, int)> &progress = {});

} // namespace dnas
