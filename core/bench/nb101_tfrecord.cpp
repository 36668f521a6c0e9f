#include "nb101_tfrecord.h"

#include "../space/hash128.h"
#include "../space/nb101_cell.h"
#include "../space/nb101_cost_model.h"
#include "../util/error.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <vector>

namespace dnas {

namespace {

// Byte-at-a-time table of the reflected Castagnoli polynomial: entry i is the
// CRC register after shifting the byte i through it. Small (1 KiB) and fast
// enough: the 500 MB official file is read from disk slower than this runs.
constexpr std::array<std::uint32_t, 256> makeCrc32cTable()
{
    std::array<std::uint32_t, 256> table {};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1u) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr std::array<std::uint32_t, 256> kCrc32cTable = makeCrc32cTable();

std::uint64_t readLe(const char *p, int bytes)
{
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

} // namespace

std::uint32_t crc32c(const char *data, std::size_t size)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i)
        crc = kCrc32cTable[(crc ^ static_cast<unsigned char>(data[i])) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

std::uint32_t maskCrc32c(std::uint32_t crc)
{
    return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

// ---------------------------------------------------------------------------

TfRecordReader::TfRecordReader(const QString &path)
    : m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot read %1: %2").arg(path, m_file.errorString()));
    m_size = m_file.size();
}

QString TfRecordReader::where() const
{
    return QStringLiteral("%1: record %2 (byte offset %3): ")
        .arg(m_file.fileName())
        .arg(m_index)
        .arg(m_offset);
}

void TfRecordReader::fail(const QString &why) const
{
    throw Error(where() + why);
}

bool TfRecordReader::next(QByteArray *data)
{
    if (m_pos >= m_size)
        return false;
    ++m_index;
    m_offset = m_pos;
    const auto readExactly = [this](char *to, qint64 n) {
        if (m_file.read(to, n) != n)
            fail(QStringLiteral("read error: %1").arg(m_file.errorString()));
        m_pos += n;
    };

    char header[12];
    if (m_size - m_pos < qint64(sizeof header))
        fail(QStringLiteral("the file is truncated in the length header (%1 of 12 bytes)")
                 .arg(m_size - m_pos));
    readExactly(header, sizeof header);
    // The length CRC first: a corrupt length must not be mistaken for truncation.
    if (maskCrc32c(crc32c(header, 8)) != std::uint32_t(readLe(header + 8, 4)))
        fail(QStringLiteral("length CRC mismatch (corrupt length field)"));
    const std::uint64_t length = readLe(header, 8);
    const qint64 left = m_size - m_pos;
    // Checked against the file before allocating anything.
    if (length > std::uint64_t(left))
        fail(QStringLiteral("the file is truncated in the data (%1 bytes announced, %2 left)")
                 .arg(length)
                 .arg(left));
    if (qint64(length) + 4 > left)
        fail(QStringLiteral("the file is truncated in the data CRC"));
    data->resize(qsizetype(length));
    readExactly(data->data(), qint64(length));
    char crc[4];
    readExactly(crc, sizeof crc);
    if (maskCrc32c(crc32c(*data)) != std::uint32_t(readLe(crc, 4)))
        fail(QStringLiteral("data CRC mismatch"));
    return true;
}

// ---------------------------------------------------------------------------

namespace {

// Thrown by the record parsers with the reason only; the import loop adds
// the file, record index and offset.
struct BadRecord
{
    QString why;
};

// Hand-written proto2 wire-format reader: just enough for ModelMetrics.
class ProtoReader
{
public:
    explicit ProtoReader(const QByteArray &bytes)
        : m_p(reinterpret_cast<const unsigned char *>(bytes.constData()))
        , m_end(m_p + bytes.size())
    { }
    ProtoReader(const unsigned char *begin, const unsigned char *end)
        : m_p(begin)
        , m_end(end)
    { }

    bool atEnd() const { return m_p == m_end; }

    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end)
                throw BadRecord {QStringLiteral("protobuf truncated in a varint")};
            const unsigned char b = *m_p++;
            // The tenth byte may only carry the top bit of the 64.
            if (shift == 63 && b > 1)
                throw BadRecord {QStringLiteral("protobuf varint longer than 64 bits")};
            v |= std::uint64_t(b & 0x7Fu) << shift;
            if (!(b & 0x80u))
                return v;
        }
        throw BadRecord {QStringLiteral("protobuf varint longer than 64 bits")};
    }

    std::uint64_t fixed(int bytes)
    {
        if (m_end - m_p < bytes)
            throw BadRecord {QStringLiteral("protobuf truncated in a fixed-width field")};
        const std::uint64_t v = readLe(reinterpret_cast<const char *>(m_p), bytes);
        m_p += bytes;
        return v;
    }

    double fixedDouble()
    {
        const std::uint64_t bits = fixed(8);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }

    ProtoReader delimited()
    {
        const std::uint64_t n = varint();
        if (n > std::uint64_t(m_end - m_p))
            throw BadRecord {QStringLiteral("protobuf truncated in a length-delimited field")};
        ProtoReader sub(m_p, m_p + n);
        m_p += n;
        return sub;
    }

    /** Reads a key; returns the field number and sets *wireType. */
    std::uint32_t key(int *wireType)
    {
        const std::uint64_t k = varint();
        *wireType = int(k & 7u);
        const std::uint64_t field = k >> 3;
        if (field == 0 || field > 0x1FFFFFFFu)
            throw BadRecord {QStringLiteral("protobuf field number %1 is invalid").arg(field)};
        return std::uint32_t(field);
    }

    /** Skips a field of any wire type proto2 still writes (groups are refused). */
    void skip(int wireType)
    {
        switch (wireType) {
        case 0:
            varint();
            return;
        case 1:
            fixed(8);
            return;
        case 2:
            delimited();
            return;
        case 5:
            fixed(4);
            return;
        default:
            throw BadRecord {
                QStringLiteral("protobuf wire type %1 is not supported").arg(wireType)};
        }
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

struct Evaluation
{
    double validation = std::nan("");
    double test = std::nan("");
};

struct ModelMetrics
{
    std::vector<Evaluation> evaluations;
    bool hasParams = false;
    std::int64_t params = 0;
};

// A known field with an unexpected wire type is skipped like an unknown one,
// as protobuf's own parsers do.
Evaluation decodeEvaluation(ProtoReader r)
{
    Evaluation e;
    while (!r.atEnd()) {
        int wire = 0;
        const std::uint32_t field = r.key(&wire);
        if (field == 4 && wire == 1)
            e.validation = r.fixedDouble();
        else if (field == 5 && wire == 1)
            e.test = r.fixedDouble();
        else
            r.skip(wire);
    }
    return e;
}

ModelMetrics decodeModelMetrics(const QByteArray &bytes)
{
    ModelMetrics m;
    ProtoReader r(bytes);
    while (!r.atEnd()) {
        int wire = 0;
        const std::uint32_t field = r.key(&wire);
        if (field == 1 && wire == 2) {
            m.evaluations.push_back(decodeEvaluation(r.delimited()));
        } else if (field == 2 && wire == 0) {
            m.params = std::int32_t(std::uint32_t(r.varint())); // int32: the low 32 bits
            m.hasParams = true;
        } else {
            r.skip(wire);
        }
    }
    return m;
}

struct Record
{
    Hash128 hash;
    int epochs = 0;
    QString adjacency;
    QString operations;
    QString metrics;
};

Record parseJson(const QByteArray &data)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &e);
    if (doc.isNull())
        throw BadRecord {QStringLiteral("bad JSON: %1").arg(e.errorString())};
    const QJsonArray a = doc.array();
    if (!doc.isArray() || a.size() != 5 || !a[0].isString() || !a[1].isDouble() || !a[2].isString()
        || !a[3].isString() || !a[4].isString())
        throw BadRecord {
            QStringLiteral("bad JSON: expected [hash, epochs, adjacency, operations, metrics]")};
    Record rec;
    const QString hex = a[0].toString();
    if (hex.size() != 32 || !Hash128::fromHex(hex, &rec.hash))
        throw BadRecord {
            QStringLiteral("module hash \"%1\" is not 32 hex digits").arg(hex.left(40))};
    const double epochs = a[1].toDouble();
    if (epochs != std::floor(epochs) || epochs < 0 || epochs > 1e6)
        throw BadRecord {QStringLiteral("epochs %1 is not a count").arg(epochs)};
    rec.epochs = int(epochs);
    rec.adjacency = a[2].toString();
    rec.operations = a[3].toString();
    rec.metrics = a[4].toString();
    return rec;
}

struct Run
{
    double validation = 0;
    double test = 0;
    double halfway = std::nan(""); // validation at the middle evaluation
};

struct CellRuns
{
    Nb101Cell graph; // as in the first record, whose hash was checked
    std::uint32_t code = 0;
    std::int64_t params = 0;
    std::int64_t flops = 0;
    int count = 0;
    std::array<Run, 3> runs {};
};

bool isAccuracy(double a)
{
    return a >= 0.0 && a <= 1.0; // false for NaN
}

// Validates a 108-epoch record and adds its run to the cell.
void addRun(const Record &rec, std::unordered_map<Hash128, CellRuns> *cells)
{
    QString why;
    const auto cell = Nb101Cell::fromMatrixString(rec.adjacency.toLatin1(),
                                                  rec.operations.split(QLatin1Char(',')), &why);
    if (!cell)
        throw BadRecord {QStringLiteral("bad cell: %1").arg(why)};
    why = cell->problem();
    if (!why.isEmpty())
        throw BadRecord {QStringLiteral("invalid cell: %1").arg(why)};
    CellRuns &c = (*cells)[rec.hash];
    // The runs of a cell repeat its graph, so it is hashed once: MD5 is most
    // of the import's time.
    if (c.count == 0 || *cell != c.graph) {
        const Hash128 actual = cell->pruned()->moduleHash();
        if (actual != rec.hash)
            throw BadRecord {
                QStringLiteral("hash %1 does not match the graph (whose module hash is %2)")
                    .arg(rec.hash.toHex(), actual.toHex())};
    }

    const auto decoded = QByteArray::fromBase64Encoding(rec.metrics.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    // Python's b64encode always pads; an unpadded string is as corrupt as a bad character.
    if (!decoded || rec.metrics.size() % 4 != 0)
        throw BadRecord {QStringLiteral("raw_metrics is not valid base64")};
    const ModelMetrics m = decodeModelMetrics(decoded.decoded);
    if (m.evaluations.empty())
        throw BadRecord {QStringLiteral("the metrics hold no evaluation_data")};
    if (!m.hasParams || m.params < 0)
        throw BadRecord {QStringLiteral("the metrics lack a trainable_parameters count")};
    const Evaluation &last = m.evaluations.back();
    if (!isAccuracy(last.validation) || !isAccuracy(last.test))
        throw BadRecord {
            QStringLiteral("the final evaluation lacks a validation or test accuracy in [0, 1]")};

    if (c.count == 0) {
        const Nb101Cell pruned = *cell->pruned();
        c.graph = *cell;
        c.code = pruned.code();
        c.params = m.params;
        c.flops = nb101Costs(pruned).flops;
    } else if (c.count == 3) {
        throw BadRecord {QStringLiteral("cell %1 has more than 3 runs").arg(rec.hash.toHex())};
    } else if (c.params != m.params) {
        throw BadRecord {
            QStringLiteral("cell %1: trainable_parameters %2 differs from the %3 of an earlier run")
                .arg(rec.hash.toHex())
                .arg(m.params)
                .arg(c.params)};
    }
    Run &run = c.runs[std::size_t(c.count++)];
    run.validation = last.validation;
    run.test = last.test;
    if (m.evaluations.size() == 3 && isAccuracy(m.evaluations[1].validation))
        run.halfway = m.evaluations[1].validation;
}

std::uint64_t bitsOf(double d)
{
    if (std::isnan(d))
        return TableFile::kMissing;
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return bits;
}

TableFile::Column column(const QString &name, TableFile::Type type, TableFile::Encoding encoding,
                         int width)
{
    TableFile::Column c;
    c.name = name;
    c.type = type;
    c.encoding = encoding;
    c.width = width;
    return c;
}

TableFile::Column floatColumn(const QString &name)
{
    return column(name, TableFile::Type::Float64, TableFile::Encoding::Plain, 8);
}

double meanOf(const CellRuns &c, double Run::*field)
{
    double sum = 0;
    int n = 0;
    for (int k = 0; k < c.count; ++k) {
        const double v = c.runs[std::size_t(k)].*field;
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    return n ? sum / n : std::nan("");
}

} // namespace

TableFile importNb101Tfrecord(const QString &path,
                              const std::function<void(qint64, qint64)> &progress)
{
    TfRecordReader reader(path);
    std::unordered_map<Hash128, CellRuns> cells;
    qint64 skipped = 0;
    qint64 lastReport = -1;
    QByteArray data;
    while (reader.next(&data)) {
        try {
            const Record rec = parseJson(data);
            if (rec.epochs != 108)
                ++skipped;
            else
                addRun(rec, &cells);
        } catch (const BadRecord &e) {
            throw Error(reader.where() + e.why);
        }
        if (progress && reader.bytesRead() - lastReport >= (qint64(1) << 22)) {
            lastReport = reader.bytesRead();
            progress(reader.bytesRead(), reader.size());
        }
    }
    if (progress)
        progress(reader.bytesRead(), reader.size());
    const qint64 records = reader.recordIndex() + 1;
    if (records == 0)
        throw Error(QStringLiteral("%1: no records (empty file)").arg(path));
    if (cells.empty())
        throw Error(
            QStringLiteral("%1: no records with 108 epochs among %2").arg(path).arg(records));

    std::vector<Hash128> keys;
    keys.reserve(cells.size());
    for (const auto &kv : cells)
        keys.push_back(kv.first);
    std::sort(keys.begin(), keys.end());

    using Type = TableFile::Type;
    using Enc = TableFile::Encoding;
    TableFile::Column hi = column(QStringLiteral("hash_hi"), Type::UInt, Enc::Delta, 8);
    TableFile::Column lo = column(QStringLiteral("hash_lo"), Type::UInt, Enc::Plain, 8);
    TableFile::Column graph = column(QStringLiteral("graph"), Type::UInt, Enc::Plain, 4);
    TableFile::Column params = column(QStringLiteral("params"), Type::UInt, Enc::Dictionary, 4);
    TableFile::Column flops = column(QStringLiteral("flops"), Type::UInt, Enc::Dictionary, 8);
    std::array<TableFile::Column, 3> val;
    std::array<TableFile::Column, 3> test;
    for (int k = 0; k < 3; ++k) {
        val[std::size_t(k)] = floatColumn(QStringLiteral("val_acc_run%1").arg(k));
        test[std::size_t(k)] = floatColumn(QStringLiteral("test_acc_run%1").arg(k));
    }
    TableFile::Column valMean = floatColumn(QStringLiteral("val_acc_mean"));
    TableFile::Column testMean = floatColumn(QStringLiteral("test_acc_mean"));
    TableFile::Column halfway = floatColumn(QStringLiteral("halfway_val_acc_mean"));
    bool anyHalfway = false;
    // FLOPS can share the params dictionary's index only when params decide them.
    std::unordered_map<std::int64_t, std::int64_t> flopsOfParams;
    bool flopsFollowParams = true;
    for (const Hash128 &h : keys) {
        const CellRuns &c = cells.at(h);
        hi.values.push_back(h.hi);
        lo.values.push_back(h.lo);
        graph.values.push_back(c.code);
        params.values.push_back(std::uint64_t(c.params));
        flops.values.push_back(std::uint64_t(c.flops));
        const auto known = flopsOfParams.emplace(c.params, c.flops);
        flopsFollowParams = flopsFollowParams && known.first->second == c.flops;
        for (std::size_t k = 0; k < 3; ++k) {
            const bool present = int(k) < c.count;
            val[k].values.push_back(present ? bitsOf(c.runs[k].validation) : TableFile::kMissing);
            test[k].values.push_back(present ? bitsOf(c.runs[k].test) : TableFile::kMissing);
        }
        valMean.values.push_back(bitsOf(meanOf(c, &Run::validation)));
        testMean.values.push_back(bitsOf(meanOf(c, &Run::test)));
        const double half = meanOf(c, &Run::halfway);
        anyHalfway = anyHalfway || !std::isnan(half);
        halfway.values.push_back(bitsOf(half));
    }
    if (flopsFollowParams)
        flops.shareIndexOf = params.name;

    TableFile table(QStringLiteral("nb101"), keys.size());
    QJsonObject &meta = table.meta();
    meta.insert(QLatin1String("source_file"), QFileInfo(path).fileName());
    meta.insert(QLatin1String("source"), QStringLiteral("official nasbench_only108.tfrecord"));
    meta.insert(QLatin1String("records"), records);
    meta.insert(QLatin1String("cells"), qint64(keys.size()));
    meta.insert(QLatin1String("skipped_non108"), skipped);
    table.addColumn(std::move(hi));
    table.addColumn(std::move(lo));
    table.addColumn(std::move(graph));
    table.addColumn(std::move(params));
    table.addColumn(std::move(flops));
    for (auto &c : val)
        table.addColumn(std::move(c));
    for (auto &c : test)
        table.addColumn(std::move(c));
    table.addColumn(std::move(valMean));
    table.addColumn(std::move(testMean));
    if (anyHalfway)
        table.addColumn(std::move(halfway));
    return table;
}

} // namespace dnas
