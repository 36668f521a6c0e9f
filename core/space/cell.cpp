#include "cell.h"

namespace dnas {

QString cellToText(const Cell &cell)
{
    if (const auto *a = std::get_if<Nb101Cell>(&cell))
        return QString::fromUtf8(a->toJson());
    return std::get<Nb201Cell>(cell).toString();
}

} // namespace dnas
