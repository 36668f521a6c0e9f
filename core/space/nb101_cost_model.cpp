#include "nb101_cost_model.h"

#include <algorithm>

namespace dnas {

namespace {
constexpr int kStemChannels = 128;
constexpr int kStacks = 3;
constexpr int kCellsPerStack = 3;
constexpr int kImageSize = 32;
constexpr int kLabels = 10;

void addConvBn(Nb101Costs &c, int k, std::int64_t in, std::int64_t out, std::int64_t resolution)
{
    c.params += std::int64_t(k) * k * in * out + 2 * out;
    c.flops += resolution * resolution * k * k * in * out;
    c.batchNormOutputs += resolution * resolution * out;
}

void addCell(Nb101Costs &c, const Nb101Cell &cell, int in, int out, int resolution)
{
    const int n = cell.vertexCount();
    const auto ch = nb101VertexChannels(cell, in, out);
    for (int v = 1; v < n - 1; ++v) {
        if (cell.hasEdge(0, v))
            addConvBn(c, 1, in, ch[v], resolution);
        switch (cell.op(v)) {
        case Nb101Op::Conv3x3:
            addConvBn(c, 3, ch[v], ch[v], resolution);
            break;
        case Nb101Op::Conv1x1:
            addConvBn(c, 1, ch[v], ch[v], resolution);
            break;
        case Nb101Op::MaxPool3x3:
            break;
        }
    }
    if (cell.hasEdge(0, n - 1))
        addConvBn(c, 1, in, out, resolution);
}
} // namespace

std::array<int, Nb101Cell::kMaxVertices> nb101VertexChannels(const Nb101Cell &cell, int inChannels,
                                                             int outChannels)
{
    std::array<int, Nb101Cell::kMaxVertices> ch {};
    const int n = cell.vertexCount();
    ch[0] = inChannels;
    ch[n - 1] = outChannels;
    if (n == 2)
        return ch;
    int fanIn = 0;
    for (int v = 1; v < n - 1; ++v)
        fanIn += cell.hasEdge(v, n - 1) ? 1 : 0;
    if (fanIn == 0)
        return ch; // not a pruned cell; no inner vertex reaches the output
    const int base = outChannels / fanIn;
    int extra = outChannels % fanIn;
    for (int v = 1; v < n - 1; ++v) {
        if (cell.hasEdge(v, n - 1)) {
            ch[v] = base + (extra > 0 ? 1 : 0);
            extra = std::max(0, extra - 1);
        }
    }
    for (int v = n - 3; v > 0; --v) {
        if (cell.hasEdge(v, n - 1))
            continue;
        for (int d = v + 1; d < n - 1; ++d) {
            if (cell.hasEdge(v, d))
                ch[v] = std::max(ch[v], ch[d]);
        }
    }
    return ch;
}

Nb101Costs nb101Costs(const Nb101Cell &cell)
{
    Nb101Costs c;
    addConvBn(c, 3, 3, kStemChannels, kImageSize);
    int channels = kStemChannels;
    int resolution = kImageSize;
    for (int s = 0; s < kStacks; ++s) {
        int in = channels;
        if (s > 0) {
            channels *= 2;
            resolution /= 2;
        }
        for (int m = 0; m < kCellsPerStack; ++m) {
            addCell(c, cell, in, channels, resolution);
            in = channels;
        }
    }
    c.params += std::int64_t(channels) * kLabels + kLabels;
    c.flops += std::int64_t(channels) * kLabels;
    return c;
}

} // namespace dnas
