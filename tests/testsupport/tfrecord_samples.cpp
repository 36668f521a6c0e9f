#include "tfrecord_samples.h"

#include "space/nb101_cost_model.h"

#include <cstring>

namespace dnas::test {

// --- TFRecord framing ------------------------------------------------------

quint32 bitwiseCrc32c(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0x82F63B78u & (0u - (crc & 1u)));
    }
    return ~crc;
}

quint32 masked(quint32 crc)
{
    return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

void putLe(QByteArray &b, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b.append(char((v >> (8 * i)) & 0xFFu));
}

QByteArray frame(const QByteArray &data, quint64 length)
{
    QByteArray header;
    putLe(header, length, 8);
    QByteArray r = header;
    putLe(r, masked(bitwiseCrc32c(header)), 4);
    r += data;
    putLe(r, masked(bitwiseCrc32c(data)), 4);
    return r;
}

QByteArray frame(const QByteArray &data)
{
    return frame(data, quint64(data.size()));
}

// --- protobuf (proto2 wire format) -----------------------------------------

void varint(QByteArray &b, quint64 v)
{
    while (v >= 0x80) {
        b.append(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
    b.append(char(v));
}

void key(QByteArray &b, int field, int wire)
{
    varint(b, quint64(field) << 3 | quint64(wire));
}

void doubleField(QByteArray &b, int field, double v)
{
    key(b, field, 1);
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    putLe(b, bits, 8);
}

void bytesField(QByteArray &b, int field, const QByteArray &v)
{
    key(b, field, 2);
    varint(b, quint64(v.size()));
    b += v;
}

QByteArray evaluationData(double epoch, double validation, double test)
{
    QByteArray b;
    doubleField(b, 1, epoch);
    doubleField(b, 2, epoch * 10.5); // training_time
    doubleField(b, 3, 1.0); // train_accuracy
    doubleField(b, 4, validation);
    doubleField(b, 5, test);
    bytesField(b, 6, "gs://bucket/model.ckpt-" + QByteArray::number(epoch));
    return b;
}

// ModelMetrics with the start, halfway and final evaluations, plus fields of
// every skippable wire type the schema does not know.
QByteArray modelMetrics(qint64 params, double validation, double test)
{
    QByteArray b;
    bytesField(b, 1, evaluationData(0, 0.1, 0.1));
    bytesField(b, 1, evaluationData(54, validation - 0.05, test - 0.05));
    key(b, 9, 5); // unknown fixed32
    putLe(b, 0xDEADBEEF, 4);
    bytesField(b, 1, evaluationData(108, validation, test));
    key(b, 2, 0);
    varint(b, quint64(params));
    doubleField(b, 3, 1234.5); // total_time
    key(b, 10, 0); // unknown varint, ten bytes long
    varint(b, ~quint64(0));
    bytesField(b, 11, "unknown bytes");
    return b;
}

QByteArray recordJson(const QString &hash, int epochs, const QString &matrix, const QString &ops,
                      const QByteArray &metricsBase64)
{
    return QStringLiteral("[\"%1\", %2, \"%3\", \"%4\", \"%5\"]")
        .arg(hash)
        .arg(epochs)
        .arg(matrix, ops, QString::fromLatin1(metricsBase64))
        .toUtf8();
}

// --- the cells of the sample file -------------------------------------------

Nb101Cell cellOf(const QString &matrix, const QString &ops)
{
    QString error;
    const auto c = Nb101Cell::fromMatrixString(matrix.toLatin1(), ops.split(QLatin1Char(',')),
                                               &error);
    if (!c)
        qFatal("bad sample cell: %s", qPrintable(error));
    return *c;
}

// The NAS-Bench-101 README example, a chain, and a cell with a skip
// connection that has only two runs.
const SampleCell kReadme {QStringLiteral("0111010000000100000010000100000000100000010000000"),
                          QStringLiteral("input,conv1x1-bn-relu,conv3x3-bn-relu,conv3x3-bn-relu,"
                                         "conv3x3-bn-relu,maxpool3x3,output"),
                          2694282,
                          3,
                          {0.9415064156055450, 0.9431089758872986, 0.9387019276618958},
                          {0.9372996687889099, 0.9321914911270142, 0.9333934187889099}};
const SampleCell kChain {QStringLiteral("010001000"),
                         QStringLiteral("input,conv3x3-bn-relu,output"),
                         0,
                         3,
                         {0.81, 0.82, 0.83},
                         {0.80, 0.79, 0.78}};
const SampleCell kSkip {QStringLiteral("0111001000010000"),
                        QStringLiteral("input,conv1x1-bn-relu,maxpool3x3,output"),
                        0,
                        2,
                        {0.875, 0.8828125, 0},
                        {0.86, 0.87, 0}};

// The params a record states: the README's published count, else the cost model's.
SampleCell withParams(SampleCell s)
{
    if (!s.params)
        s.params = nb101Costs(*s.cell().pruned()).params;
    return s;
}

// The payloads of the sample file, runs of different cells interleaved and
// one 36-epoch record that must be skipped.
QList<QByteArray> samplePayloads()
{
    const SampleCell readme = kReadme;
    const SampleCell chain = withParams(kChain);
    const SampleCell skip = withParams(kSkip);
    return {readme.record(0), chain.record(0),     skip.record(0),
            readme.record(1), chain.record(1, 36), chain.record(1),
            skip.record(1),   readme.record(2),    chain.record(2)};
}

QByteArray frameAll(const QList<QByteArray> &payloads)
{
    QByteArray file;
    for (const QByteArray &p : payloads)
        file += frame(p);
    return file;
}

} // namespace dnas::test
