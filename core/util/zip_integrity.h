#pragma once

#include <QString>

#include <cstddef>

namespace dnas {

/**
 * Checks a zip archive of stored (uncompressed) entries, the format LibTorch
 * writes checkpoints in, before LibTorch reads it: the end record and the
 * central directory lie inside the data, every entry's local header and data
 * lie inside the data, and every entry's data matches its CRC-32.
 *
 * LibTorch builds its zip reader without CRC checks and its unpickler trusts
 * the lengths it reads, so one damaged byte can make it allocate gigabytes
 * or crash; this check turns any such damage into a clear refusal.
 *
 * Returns an empty string when the archive is intact, else what is wrong.
 */
QString zipIntegrityProblem(const char *data, std::size_t size);

} // namespace dnas
