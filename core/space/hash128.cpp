#include "hash128.h"

namespace dnas {

QString Hash128::toHex() const
{
    return QStringLiteral("%1%2")
        .arg(hi, 16, 16, QLatin1Char('0'))
        .arg(lo, 16, 16, QLatin1Char('0'));
}

bool Hash128::fromHex(const QString &hex, Hash128 *out)
{
    if (hex.size() != 32)
        return false;
    for (const QChar c : hex) {
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            && !(c >= QLatin1Char('A') && c <= QLatin1Char('F')))
            return false;
    }
    bool okHi = false;
    bool okLo = false;
    const std::uint64_t h = hex.left(16).toULongLong(&okHi, 16);
    const std::uint64_t l = hex.mid(16).toULongLong(&okLo, 16);
    if (!okHi || !okLo)
        return false;
    out->hi = h;
    out->lo = l;
    return true;
}

Hash128 Hash128::fromBytes(const std::uint8_t bytes[16])
{
    Hash128 h;
    for (int i = 0; i < 8; ++i) {
        h.hi = (h.hi << 8) | bytes[i];
        h.lo = (h.lo << 8) | bytes[8 + i];
    }
    return h;
}

} // namespace dnas
