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
/** The inverse of cellToText: NB-101 JSON when nb101, else the NB-201 string;
 *  throws Error with the reason when the text is not a cell. */
Cell cellFromText(bool nb101, const QString &text);

} // namespace dnas
