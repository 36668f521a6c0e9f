#include "token_codec.h"

#include <algorithm>

namespace dnas {

namespace {
constexpr int kN = Nb101Cell::kMaxVertices;
} // namespace

TokenCodec::TokenCodec(SpaceKind space)
    : m_space(space)
{
    if (space == SpaceKind::Nb101) {
        for (int j = 1; j < kN; ++j) {
            for (int i = 0; i < j; ++i)
                m_allowed.push_back({NoEdge, Edge});
            if (j == kN - 1)
                m_allowed.push_back({OpOutput});
            else
                m_allowed.push_back({OpConv3x3, OpConv1x1, OpMaxPool});
        }
    } else {
        std::vector<int> ops;
        for (int k = 0; k < kNb201OpCount; ++k)
            ops.push_back(Nb201First + k);
        m_allowed.assign(Nb201Cell::kEdges, ops);
    }
}

std::vector<std::int64_t> TokenCodec::encode(const Cell &cell) const
{
    std::vector<std::int64_t> tokens;
    if (m_space == SpaceKind::Nb201) {
        const auto *c = std::get_if<Nb201Cell>(&cell);
        if (!c)
            return tokens;
        for (int e = 0; e < Nb201Cell::kEdges; ++e)
            tokens.push_back(Nb201First + static_cast<int>(c->op(e)));
        return tokens;
    }
    const auto *c = std::get_if<Nb101Cell>(&cell);
    if (!c)
        return tokens;
    const auto pruned = c->pruned();
    if (!pruned || !pruned->isValid())
        return tokens;
    const Nb101Cell p = pruned->padded();
    const int used = pruned->vertexCount() - 1; // vertices 1..used-1 carry ops
    tokens.reserve(std::size_t(length()));
    for (int j = 1; j < kN; ++j) {
        for (int i = 0; i < j; ++i)
            tokens.push_back(p.hasEdge(i, j) ? Edge : NoEdge);
        if (j == kN - 1)
            tokens.push_back(OpOutput);
        else if (j >= used)
            tokens.push_back(OpConv3x3); // unused vertex: canonical filler
        else
            tokens.push_back(OpConv3x3 + static_cast<int>(p.op(j)));
    }
    return tokens;
}

std::optional<Cell> TokenCodec::decode(const std::vector<std::int64_t> &tokens) const
{
    if (int(tokens.size()) != length())
        return std::nullopt;
    for (int k = 0; k < length(); ++k) {
        const auto &allowed = m_allowed[std::size_t(k)];
        if (std::find(allowed.begin(), allowed.end(), int(tokens[std::size_t(k)])) == allowed.end())
            return std::nullopt;
    }
    if (m_space == SpaceKind::Nb201) {
        Nb201Cell c;
        for (int e = 0; e < Nb201Cell::kEdges; ++e)
            c.setOp(e, static_cast<Nb201Op>(tokens[std::size_t(e)] - Nb201First));
        return Cell(c);
    }
    Nb101Cell full(kN);
    std::size_t k = 0;
    for (int j = 1; j < kN; ++j) {
        for (int i = 0; i < j; ++i)
            full.setEdge(i, j, tokens[k++] == Edge);
        if (j < kN - 1)
            full.setOp(j, static_cast<Nb101Op>(tokens[k] - OpConv3x3));
        ++k;
    }
    const auto pruned = full.pruned();
    if (!pruned || !pruned->isValid())
        return std::nullopt;
    return Cell(*pruned);
}

} // namespace dnas
