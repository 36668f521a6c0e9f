#pragma once

#include "nb101_cell.h"
#include "nb201_cell.h"

#include <variant>

namespace dnas {

/** A cell of either search space; the benchmark it is queried on decides
 *  which alternative it must hold. */
using Cell = std::variant<Nb101Cell, Nb201Cell>;

/** NB-101 JSON or the NB-201 string form. */
QString cellToText(const Cell &cell);

} // namespace dnas
