#pragma once

#include "nb101_cell.h"

#include <array>
#include <cstdint>

namespace dnas {

/** Trainable parameters and multiply-adds of one NAS-Bench-101 network. */
struct Nb101Costs
{
    std::int64_t params = 0;
    std::int64_t flops = 0;
    /** Output elements of all BN layers (R²·b summed over the convs): thop
     *  counts 2 FLOPs per BN element, which is all that separates its count
     *  from flops. */
    std::int64_t batchNormOutputs = 0;
};

/**
 * Exact cost model of the NAS-Bench-101 network built around a pruned cell
 * (the benchmark's model_builder.py):
 *
 *   stem   conv3x3 3→128 + BN + ReLU on 32×32
 *   stack s = 0,1,2 at resolution R_s = 32/2^s (2×2 max-pool between stacks)
 *          with C_s = 128·2^s channels: 3 cells, the first taking C_{s−1}
 *          (C_0 for s = 0) input channels, the others C_s
 *   head   global average pool, dense 512→10 with bias
 *
 * Inside a cell with input channels c_in and output channels c_out, vertex
 * channels follow compute_vertex_channels: the k vertices feeding the output
 * get ⌊c_out/k⌋ channels, the first (c_out mod k) of them one more; every
 * other inner vertex gets the largest channel count among its successors.
 * Each inner vertex v with an edge from the input gets a 1×1 projection
 * c_in→ch_v; conv3x3/conv1x1 vertices are conv ch_v→ch_v; max-pool has no
 * weights; an input→output edge adds a 1×1 projection c_in→c_out. Inputs
 * from inner vertices are truncated (sliced), which has no weights.
 *
 * Every conv has no bias and is followed by BN with trainable γ and β:
 *   params(conv k×k, a→b) = k²·a·b + 2b,  flops = R²·k²·a·b
 * The dense layer has 512·10 + 10 params and 512·10 flops. FLOPS count the
 * multiply-adds of convolutions and the dense layer only (no BN, ReLU,
 * pooling or additions).
 */
Nb101Costs nb101Costs(const Nb101Cell &prunedCell);

/** Channel count of every vertex of a cell given c_in and c_out (the
 *  benchmark's compute_vertex_channels); unused entries are 0. */
std::array<int, Nb101Cell::kMaxVertices> nb101VertexChannels(const Nb101Cell &cell, int inChannels,
                                                             int outChannels);

} // namespace dnas
