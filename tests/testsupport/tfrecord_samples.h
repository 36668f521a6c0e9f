#pragma once

// Builders of NAS-Bench-101 TFRecord files, byte for byte in that format,
// with their own bitwise CRC-32C and protobuf encoder (not core's), for the
// importer's tests and the fuzzer's seed inputs.
#include "space/nb101_cell.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace dnas::test {

quint32 bitwiseCrc32c(const QByteArray &data);
quint32 masked(quint32 crc);
void putLe(QByteArray &b, quint64 v, int bytes);
/** One TFRecord: length, its masked CRC, the data, the data's masked CRC;
 *  `length` may lie (for corrupt-file tests). */
QByteArray frame(const QByteArray &data, quint64 length);
QByteArray frame(const QByteArray &data);

// protobuf (proto2 wire format)
void varint(QByteArray &b, quint64 v);
void key(QByteArray &b, int field, int wire);
void doubleField(QByteArray &b, int field, double v);
void bytesField(QByteArray &b, int field, const QByteArray &v);
QByteArray evaluationData(double epoch, double validation, double test);
/** ModelMetrics with the start, halfway and final evaluations, plus fields of
 *  every skippable wire type the schema does not know. */
QByteArray modelMetrics(qint64 params, double validation, double test);
/** The JSON list a record holds. */
QByteArray recordJson(const QString &hash, int epochs, const QString &matrix, const QString &ops,
                      const QByteArray &metricsBase64);

Nb101Cell cellOf(const QString &matrix, const QString &ops);

struct SampleCell
{
    QString matrix;
    QString ops;
    std::int64_t params;
    int runs;
    double validation[3];
    double test[3];

    Nb101Cell cell() const { return cellOf(matrix, ops); }
    QString hash() const { return cell().pruned()->moduleHash().toHex(); }
    QByteArray record(int run, int epochs = 108) const
    {
        return recordJson(hash(), epochs, matrix, ops,
                          modelMetrics(params, validation[run], test[run]).toBase64());
    }
};

/** The NAS-Bench-101 README example, a chain, and a cell with a skip
 *  connection that has only two runs. */
extern const SampleCell kReadme;
extern const SampleCell kChain;
extern const SampleCell kSkip;

/** The params a record states: the README's published count, else the cost model's. */
SampleCell withParams(SampleCell s);
/** The payloads of the sample file, runs of different cells interleaved and
 *  one 36-epoch record that must be skipped. */
QList<QByteArray> samplePayloads();
QByteArray frameAll(const QList<QByteArray> &payloads);

} // namespace dnas::test
