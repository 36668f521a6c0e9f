#pragma once

#include "table_file.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>

namespace dnas {

/** CRC-32C (Castagnoli, reflected polynomial 0x82F63B78, initial value and
 *  final xor 0xFFFFFFFF) of `size` bytes; crc32c("123456789") == 0xE3069283. */
std::uint32_t crc32c(const char *data, std::size_t size);
inline std::uint32_t crc32c(const QByteArray &data)
{
    return crc32c(data.constData(), std::size_t(data.size()));
}
/** TFRecord's masked form of a CRC: ((crc >> 15) | (crc << 17)) + 0xa282ead8. */
std::uint32_t maskCrc32c(std::uint32_t crc);

/**
 * Streams the records of a TFRecord file, one at a time. A record is
 *   u64 length (LE), u32 masked_crc32c(the 8 length bytes),
 *   `length` data bytes, u32 masked_crc32c(data)  (both CRCs LE).
 * Both CRCs are checked. A corrupt length is caught by its CRC, and a length
 * larger than what is left of the file is reported as truncation before any
 * buffer is allocated.
 */
class TfRecordReader
{
public:
    /** Opens the file; throws Error when it cannot be read. */
    explicit TfRecordReader(const QString &path);

    /** Reads the next record into *data. Returns false at the clean end of
     *  the file; throws Error naming the file, the record index (0-based) and
     *  its byte offset when the record is cut short or a CRC does not match. */
    bool next(QByteArray *data);

    /** Index and byte offset of the record next() returned last (−1 before). */
    qint64 recordIndex() const { return m_index; }
    qint64 recordOffset() const { return m_offset; }
    qint64 bytesRead() const { return m_pos; }
    qint64 size() const { return m_size; }

    /** "FILE: record I (byte offset O): " for messages about the last record. */
    QString where() const;

private:
    [[noreturn]] void fail(const QString &why) const;

    QFile m_file;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    qint64 m_index = -1;
    qint64 m_offset = -1;
};

/**
 * Imports the official NAS-Bench-101 file nasbench_only108.tfrecord.
 *
 * Each record's data is the JSON list [module_hash, epochs, raw_adjacency,
 * raw_operations, raw_metrics]; raw_metrics is the base64 of a ModelMetrics
 * protobuf, whose last evaluation_data entry holds the final validation and
 * test accuracy of one training run. Records with epochs != 108 are skipped
 * (and counted). Every other record is validated: its cell must be a valid
 * NAS-Bench-101 cell whose pruned module hash equals the record's hash.
 *
 * Records are grouped by hash; a cell needs 1 to 3 runs. A missing run is
 * stored as TableFile::kMissing, the means are over the runs present, and
 * Nb101Benchmark picks the search metric among the runs present. All runs of
 * a cell must agree on trainable_parameters.
 *
 * The result is the table "nb101" that Nb101Benchmark reads, rows sorted by
 * hash: hash_hi, hash_lo, graph (Nb101Cell::code of the pruned cell), params,
 * flops (nb101Costs), val_acc_run0..2, test_acc_run0..2, val_acc_mean,
 * test_acc_mean and halfway_val_acc_mean (Float64, the validation accuracy of
 * the middle of three evaluations, mean over runs that have it; only when
 * some run has three). meta holds source_file, source, records (all records
 * read), cells and skipped_non108.
 *
 * The file is streamed record by record; progress (may be empty) is called
 * now and then and once at the end. Throws Error naming the record (0-based)
 * and its byte offset on truncation, CRC mismatch, bad JSON, bad base64 or
 * protobuf, an invalid cell, a hash mismatch or disagreeing runs; and when
 * the file holds no 108-epoch record.
 */
TableFile
importNb101Tfrecord(const QString &path,
                    const std::function<void(qint64 bytesDone, qint64 bytesTotal)> &progress = {});

} // namespace dnas
