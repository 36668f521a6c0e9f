#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace dnas {

/** MD5 digest (RFC 1321) of a byte range. The NAS-Bench-101 module hash calls
 *  MD5 about fifty times per cell on short strings; this allocation-free
 *  version keeps hashing the whole 423,624-cell table to seconds. */
std::array<std::uint8_t, 16> md5(const void *data, std::size_t size);

/** The digest as 32 lower-case hex characters written to out (no NUL). */
void md5Hex(const void *data, std::size_t size, char out[32]);

} // namespace dnas
