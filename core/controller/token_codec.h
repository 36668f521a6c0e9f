#pragma once

#include "../space/cell.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace dnas {

/** The two search spaces the controller can model. */
enum class SpaceKind { Nb101, Nb201 };

/**
 * Cells as fixed-length token sequences, for the controller's LSTMs.
 *
 * NB-101 (27 tokens): for each vertex j = 1..6 of the 7-vertex form
 * (Nb101Cell::padded(): output at vertex 6, unused vertices isolated), the j
 * entries of column j above the diagonal (edge i→j for i < j: tokens NoEdge /
 * Edge), then vertex j's op token (conv3x3, conv1x1, maxpool3x3; Output for
 * j = 6). An unused vertex reads as no edges and conv3x3, so every pruned
 * cell has exactly one sequence.
 *
 * NB-201 (6 tokens): the six edge ops in string order.
 *
 * One vocabulary serves both spaces; each position allows only the tokens of
 * its kind (allowedTokens), which is what constrained decoding uses.
 */
class TokenCodec
{
public:
    enum Token : int {
        NoEdge = 0,
        Edge = 1,
        OpConv3x3 = 2,
        OpConv1x1 = 3,
        OpMaxPool = 4,
        OpOutput = 5,
        Nb201First = 6, ///< NB-201 op k is token Nb201First + k (k = 0..4)
        VocabularySize = Nb201First + kNb201OpCount
    };

    explicit TokenCodec(SpaceKind space);

    SpaceKind space() const { return m_space; }
    int length() const { return int(m_allowed.size()); }
    static int vocabularySize() { return VocabularySize; }
    /** The tokens allowed at a position (ascending). */
    const std::vector<int> &allowedTokens(int position) const
    {
        return m_allowed[std::size_t(position)];
    }

    /** Tokens of a cell of this codec's space; NB-101 cells are pruned first.
     *  Returns an empty vector for an invalid cell or one of the other space. */
    std::vector<std::int64_t> encode(const Cell &cell) const;
    /** The cell a token sequence spells (pruned for NB-101), or nullopt when
     *  a token is not allowed at its position or the NB-101 cell is invalid
     *  after pruning. */
    std::optional<Cell> decode(const std::vector<std::int64_t> &tokens) const;

private:
    SpaceKind m_space;
    std::vector<std::vector<int>> m_allowed;
};

} // namespace dnas
