#include "cell.h"

#include "../util/error.h"

namespace dnas {

QString cellToText(const Cell &cell)
{
    if (const auto *a = std::get_if<Nb101Cell>(&cell))
        return QString::fromUtf8(a->toJson());
    return std::get<Nb201Cell>(cell).toString();
}

Cell cellFromText(bool nb101, const QString &text)
{
    QString error;
    if (nb101) {
        if (auto c = Nb101Cell::fromJson(text.toUtf8(), &error))
            return *c;
    } else if (auto c = Nb201Cell::fromString(text, &error)) {
        return *c;
    }
    throw Error(error);
}

} // namespace dnas
