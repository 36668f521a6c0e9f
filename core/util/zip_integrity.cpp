#include "zip_integrity.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace dnas {

namespace {
constexpr std::uint32_t kEndSignature = 0x06054b50;
constexpr std::uint32_t kCentralSignature = 0x02014b50;
constexpr std::uint32_t kLocalSignature = 0x04034b50;
constexpr std::size_t kEndSize = 22;
constexpr std::size_t kCentralSize = 46;
constexpr std::size_t kLocalSize = 30;

std::uint32_t u16(const char *p)
{
    const auto *b = reinterpret_cast<const unsigned char *>(p);
    return std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8;
}

std::uint32_t u32(const char *p)
{
    return u16(p) | u16(p + 2) << 16;
}

std::uint32_t crc32Of(const char *data, std::size_t size)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    while (size > 0) {
        const uInt chunk = size > (1u << 30) ? (1u << 30) : uInt(size);
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), chunk);
        data += chunk;
        size -= chunk;
    }
    return std::uint32_t(crc);
}
// A deflated entry (LibTorch compresses its code files): it must inflate to
// exactly `unpacked` bytes with that CRC. Deflate expands at most ~1032:1,
// which bounds the buffer a damaged size could ask for.
bool inflatesTo(const char *data, std::size_t packed, std::size_t unpacked, std::uint32_t crc)
{
    if (unpacked > 1032 * packed + 1024 || unpacked > (std::size_t(1) << 28))
        return false;
    std::vector<unsigned char> out(unpacked + 1);
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(packed);
    z.next_out = out.data();
    z.avail_out = uInt(out.size());
    const int status = inflate(&z, Z_FINISH);
    const std::size_t produced = z.total_out;
    inflateEnd(&z);
    return status == Z_STREAM_END && produced == unpacked
        && crc32Of(reinterpret_cast<const char *>(out.data()), unpacked) == crc;
}
} // namespace

QString zipIntegrityProblem(const char *data, std::size_t size)
{
    if (size < kEndSize)
        return QStringLiteral("the archive is truncated");
    // The end record sits in the last 22 + 65535 (comment) bytes.
    std::size_t end = std::string::npos;
    const std::size_t lowest = size > kEndSize + 0xFFFF ? size - kEndSize - 0xFFFF : 0;
    for (std::size_t at = size - kEndSize + 1; at-- > lowest;) {
        if (u32(data + at) == kEndSignature) {
            end = at;
            break;
        }
    }
    if (end == std::string::npos)
        return QStringLiteral("the archive has no end record (truncated or damaged)");
    const std::uint32_t entries = u16(data + end + 10);
    const std::size_t dirSize = u32(data + end + 12);
    const std::size_t dirOffset = u32(data + end + 16);
    if (dirOffset > end || dirSize > end - dirOffset)
        return QStringLiteral("the archive's directory lies outside it");
    std::size_t at = dirOffset;
    for (std::uint32_t i = 0; i < entries; ++i) {
        if (at > end || end - at < kCentralSize || u32(data + at) != kCentralSignature)
            return QStringLiteral("entry %1 of the archive's directory is damaged").arg(i);
        const char *c = data + at;
        const std::uint32_t method = u16(c + 10);
        const std::uint32_t crc = u32(c + 16);
        const std::size_t packed = u32(c + 20);
        const std::size_t unpacked = u32(c + 24);
        const std::size_t nameLength = u16(c + 28);
        const std::size_t extraLength = u16(c + 30);
        const std::size_t commentLength = u16(c + 32);
        const std::size_t local = u32(c + 42);
        const QString name = QString::fromUtf8(
            c + kCentralSize, qsizetype(std::min(nameLength, end - at - kCentralSize)));
        if ((method != 0 && method != 8) || (method == 0 && packed != unpacked))
            return QStringLiteral("entry %1 (%2) has an unknown compression").arg(i).arg(name);
        if (local >= size || size - local < kLocalSize || u32(data + local) != kLocalSignature)
            return QStringLiteral("entry %1 (%2) has no valid header").arg(i).arg(name);
        const std::size_t start = local + kLocalSize + u16(data + local + 26)
            + u16(data + local + 28);
        if (start > size || size - start < packed)
            return QStringLiteral("entry %1 (%2) runs past the end of the archive")
                .arg(i)
                .arg(name);
        if (method == 8 && !inflatesTo(data + start, packed, unpacked, crc))
            return QStringLiteral("entry %1 (%2) does not inflate to its size and checksum")
                .arg(i)
                .arg(name);
        if (method == 0 && crc32Of(data + start, packed) != crc)
            return QStringLiteral("entry %1 (%2) does not match its checksum").arg(i).arg(name);
        at += kCentralSize + nameLength + extraLength + commentLength;
    }
    return {};
}

} // namespace dnas
