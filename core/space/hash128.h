#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace dnas {

/** A 128-bit cell key: the NAS-Bench-101 module hash (MD5) or, for spaces
 *  without one, any canonical 128-bit identity. hi holds the first 8 bytes
 *  of the digest, big-endian, so ordering by (hi, lo) is the order of the
 *  32-hex strings. */
struct Hash128
{
    std::uint64_t hi = 0;
    std::uint64_t lo = 0;

    friend bool operator==(const Hash128 &a, const Hash128 &b)
    {
        return a.hi == b.hi && a.lo == b.lo;
    }
    friend bool operator!=(const Hash128 &a, const Hash128 &b) { return !(a == b); }
    friend bool operator<(const Hash128 &a, const Hash128 &b)
    {
        return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo;
    }

    /** 32 lower-case hex characters. */
    QString toHex() const;
    /** Parses 32 hex characters; returns false (and leaves out alone) otherwise. */
    static bool fromHex(const QString &hex, Hash128 *out);
    /** From the 16 raw digest bytes. */
    static Hash128 fromBytes(const std::uint8_t bytes[16]);
};

} // namespace dnas

template<>
struct std::hash<dnas::Hash128>
{
    std::size_t operator()(const dnas::Hash128 &h) const noexcept
    {
        return static_cast<std::size_t>(h.lo ^ (h.hi * 0x9e3779b97f4a7c15ULL));
    }
};
