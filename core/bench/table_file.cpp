#include "table_file.h"

#include "../util/error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace dnas {

namespace {
const QByteArray kMagic("DNASTAB1");
constexpr int kFormatVersion = 1;

std::uint64_t allOnes(int width)
{
    return width >= 8 ? TableFile::kMissing : (std::uint64_t(1) << (8 * width)) - 1;
}

const char *encodingName(TableFile::Encoding e)
{
    switch (e) {
    case TableFile::Encoding::Plain:
        return "plain";
    case TableFile::Encoding::Delta:
        return "delta";
    case TableFile::Encoding::Dictionary:
        return "dictionary";
    }
    return "plain";
}

const char *typeName(TableFile::Type t)
{
    switch (t) {
    case TableFile::Type::UInt:
        return "uint";
    case TableFile::Type::Decimal:
        return "decimal";
    case TableFile::Type::Float64:
        return "float64";
    }
    return "uint";
}

// Appends `values` as `width` byte planes to out.
void appendPlanes(QByteArray &out, const std::vector<std::uint64_t> &values, int width)
{
    const std::size_t n = values.size();
    const auto start = std::size_t(out.size());
    out.resize(qsizetype(start + n * std::size_t(width)));
    auto *p = reinterpret_cast<std::uint8_t *>(out.data()) + start;
    for (int b = 0; b < width; ++b) {
        for (std::size_t i = 0; i < n; ++i)
            p[std::size_t(b) * n + i] = std::uint8_t(values[i] >> (8 * b));
    }
}

// Reads n values of `width` byte planes from p.
std::vector<std::uint64_t> readPlanes(const std::uint8_t *p, std::size_t n, int width)
{
    std::vector<std::uint64_t> values(n, 0);
    for (int b = 0; b < width; ++b) {
        const std::uint8_t *plane = p + std::size_t(b) * n;
        const int shift = 8 * b;
        for (std::size_t i = 0; i < n; ++i)
            values[i] |= std::uint64_t(plane[i]) << shift;
    }
    return values;
}

struct Dictionary
{
    std::vector<std::uint64_t> values; // distinct, ascending
    std::vector<std::uint64_t> index; // per row
};

Dictionary makeDictionary(const std::vector<std::uint64_t> &column)
{
    Dictionary d;
    d.values = column;
    std::sort(d.values.begin(), d.values.end());
    d.values.erase(std::unique(d.values.begin(), d.values.end()), d.values.end());
    d.index.reserve(column.size());
    for (const std::uint64_t v : column)
        d.index.push_back(std::uint64_t(std::lower_bound(d.values.begin(), d.values.end(), v)
                                        - d.values.begin()));
    return d;
}

int indexWidth(std::size_t dictionarySize)
{
    return dictionarySize <= 65536 ? 2 : 4;
}

QByteArray deflate(const QByteArray &raw)
{
    uLongf size = compressBound(uLong(raw.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                  reinterpret_cast<const Bytef *>(raw.constData()), uLong(raw.size()), 9)
        != Z_OK)
        throw Error(QStringLiteral("zlib could not compress a column"));
    out.resize(qsizetype(size));
    return out;
}
} // namespace

TableFile::TableFile(QString name, std::size_t rows)
    : m_name(std::move(name))
    , m_rows(rows)
{ }

void TableFile::addColumn(Column column)
{
    if (column.values.size() != m_rows)
        throw Error(QStringLiteral("column %1 has %2 values for %3 rows")
                        .arg(column.name)
                        .arg(column.values.size())
                        .arg(m_rows));
    if (column.width < 1 || column.width > 8)
        throw Error(
            QStringLiteral("column %1: width %2 is not 1..8").arg(column.name).arg(column.width));
    m_columns.push_back(std::move(column));
}

bool TableFile::hasColumn(const QString &name) const
{
    return std::any_of(m_columns.begin(), m_columns.end(),
                       [&name](const Column &c) { return c.name == name; });
}

const TableFile::Column &TableFile::column(const QString &name) const
{
    for (const Column &c : m_columns) {
        if (c.name == name)
            return c;
    }
    throw Error(QStringLiteral("%1: table \"%2\" has no column \"%3\"")
                    .arg(m_path.isEmpty() ? QStringLiteral("(table)") : m_path, m_name, name));
}

std::vector<double> TableFile::numbers(const QString &name) const
{
    const Column &c = column(name);
    std::vector<double> out(c.values.size());
    const double divisor = std::pow(10.0, c.scale);
    for (std::size_t i = 0; i < c.values.size(); ++i) {
        const std::uint64_t raw = c.values[i];
        if (raw == kMissing) {
            out[i] = std::nan("");
            continue;
        }
        switch (c.type) {
        case Type::UInt:
            out[i] = double(raw);
            break;
        case Type::Decimal:
            // Correctly rounded division: equals strtod of the decimal string.
            out[i] = double(raw) / divisor;
            break;
        case Type::Float64: {
            double d;
            static_assert(sizeof d == sizeof raw);
            std::memcpy(&d, &raw, sizeof d);
            out[i] = d;
            break;
        }
        }
    }
    return out;
}

void TableFile::save(const QString &path) const
{
    QJsonArray columnsJson;
    QByteArray payload;
    std::map<QString, Dictionary> dictionaries;
    for (const Column &c : m_columns) {
        const std::uint64_t ones = allOnes(c.width);
        std::vector<std::uint64_t> raw = c.values;
        for (std::uint64_t &v : raw) {
            if (v == kMissing)
                v = ones;
            else if (v >= ones)
                throw Error(QStringLiteral("column %1: value %2 does not fit in %3 bytes")
                                .arg(c.name)
                                .arg(v)
                                .arg(c.width));
        }
        QJsonObject cj;
        QByteArray block;
        switch (c.encoding) {
        case Encoding::Plain:
            appendPlanes(block, raw, c.width);
            break;
        case Encoding::Delta: {
            std::uint64_t previous = 0;
            for (std::uint64_t &v : raw) {
                const std::uint64_t d = v - previous;
                previous = v;
                v = d;
            }
            appendPlanes(block, raw, 8);
            break;
        }
        case Encoding::Dictionary: {
            if (c.shareIndexOf.isEmpty()) {
                Dictionary d = makeDictionary(raw);
                const int iw = indexWidth(d.values.size());
                appendPlanes(block, d.values, c.width);
                appendPlanes(block, d.index, iw);
                cj.insert(QLatin1String("dictionary_size"), qint64(d.values.size()));
                cj.insert(QLatin1String("index_width"), iw);
                dictionaries[c.name] = std::move(d);
            } else {
                const auto it = dictionaries.find(c.shareIndexOf);
                if (it == dictionaries.end())
                    throw Error(QStringLiteral("column %1 shares the index of %2, which is not an "
                                               "earlier dictionary column")
                                    .arg(c.name, c.shareIndexOf));
                const Dictionary &d = it->second;
                std::vector<std::uint64_t> aligned(d.values.size(), kMissing);
                for (std::size_t r = 0; r < raw.size(); ++r) {
                    std::uint64_t &slot = aligned[d.index[r]];
                    if (slot != kMissing && slot != raw[r])
                        throw Error(QStringLiteral("column %1 does not map one to one onto %2")
                                        .arg(c.name, c.shareIndexOf));
                    slot = raw[r];
                }
                appendPlanes(block, aligned, c.width);
                cj.insert(QLatin1String("share_index_of"), c.shareIndexOf);
                dictionaries[c.name] = Dictionary {aligned, d.index};
            }
            break;
        }
        }
        const QByteArray packed = deflate(block);
        cj.insert(QLatin1String("name"), c.name);
        cj.insert(QLatin1String("type"), QLatin1String(typeName(c.type)));
        if (c.type == Type::Decimal)
            cj.insert(QLatin1String("scale"), c.scale);
        cj.insert(QLatin1String("encoding"), QLatin1String(encodingName(c.encoding)));
        cj.insert(QLatin1String("width"), c.width);
        cj.insert(QLatin1String("offset"), qint64(payload.size()));
        cj.insert(QLatin1String("size"), qint64(packed.size()));
        cj.insert(QLatin1String("raw_size"), qint64(block.size()));
        columnsJson.append(cj);
        payload += packed;
    }
    QJsonObject header;
    header.insert(QLatin1String("format"), kFormatVersion);
    header.insert(QLatin1String("name"), m_name);
    header.insert(QLatin1String("rows"), qint64(m_rows));
    header.insert(QLatin1String("meta"), m_meta);
    header.insert(QLatin1String("columns"), columnsJson);
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Indented);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QByteArray lead = kMagic;
    const auto len = std::uint32_t(headerBytes.size());
    for (int i = 0; i < 4; ++i)
        lead.append(char(len >> (8 * i)));
    file.write(lead);
    file.write(headerBytes);
    file.write(payload);
    if (!file.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

TableFile TableFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto bad = [&path](const QString &why) {
        return Error(QStringLiteral("%1 is not a valid benchmark table: %2").arg(path, why));
    };
    // "DNASTAB" and another version digit: a table format this build does
    // not know, written by a newer DNAS Studio.
    if (bytes.size() >= 8 && bytes.startsWith(kMagic.left(7)) && bytes.at(7) != kMagic.at(7))
        throw Error(QStringLiteral("%1 is a benchmark table of format version %2, but this "
                                   "version of DNAS Studio reads version %3: update DNAS Studio "
                                   "or pack the table again with `dnas pack-bench`")
                        .arg(path, QString::fromLatin1(bytes.mid(7, 1)),
                             QString::fromLatin1(kMagic.mid(7, 1))));
    if (bytes.size() < 12 || !bytes.startsWith(kMagic))
        throw bad(QStringLiteral("it does not start with the DNASTAB1 signature"));
    std::uint32_t headerLen = 0;
    for (int i = 0; i < 4; ++i)
        headerLen |= std::uint32_t(std::uint8_t(bytes[8 + i])) << (8 * i);
    if (headerLen > std::uint32_t(bytes.size() - 12))
        throw bad(QStringLiteral("the header runs past the end of the file (truncated?)"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(12, headerLen), &parseError);
    if (!doc.isObject())
        throw bad(QStringLiteral("the header is not JSON (%1)").arg(parseError.errorString()));
    const QJsonObject header = doc.object();
    if (header.value(QLatin1String("format")).toInt() != kFormatVersion)
        throw bad(QStringLiteral("format version %1 is not supported (expected %2)")
                      .arg(header.value(QLatin1String("format")).toInt())
                      .arg(kFormatVersion));
    const qint64 rows = header.value(QLatin1String("rows")).toInteger(-1);
    if (rows < 0 || rows > 100'000'000)
        throw bad(QStringLiteral("bad row count"));

    TableFile table(header.value(QLatin1String("name")).toString(), std::size_t(rows));
    table.m_path = path;
    table.m_meta = header.value(QLatin1String("meta")).toObject();
    const qsizetype payloadStart = 12 + qsizetype(headerLen);
    const qint64 payloadSize = bytes.size() - payloadStart;
    std::map<QString, Dictionary> dictionaries;

    for (const QJsonValue &value : header.value(QLatin1String("columns")).toArray()) {
        const QJsonObject cj = value.toObject();
        Column c;
        c.name = cj.value(QLatin1String("name")).toString();
        const auto badColumn = [&](const QString &why) {
            return bad(QStringLiteral("column \"%1\": %2").arg(c.name, why));
        };
        const QString type = cj.value(QLatin1String("type")).toString();
        c.type = type == QLatin1String("decimal") ? Type::Decimal
            : type == QLatin1String("float64")    ? Type::Float64
                                                  : Type::UInt;
        c.scale = cj.value(QLatin1String("scale")).toInt(0);
        c.width = cj.value(QLatin1String("width")).toInt(0);
        if (c.width < 1 || c.width > 8 || c.scale < 0 || c.scale > 18)
            throw badColumn(QStringLiteral("bad width or scale"));
        const QString enc = cj.value(QLatin1String("encoding")).toString();
        const qint64 offset = cj.value(QLatin1String("offset")).toInteger(-1);
        const qint64 size = cj.value(QLatin1String("size")).toInteger(-1);
        const qint64 rawSize = cj.value(QLatin1String("raw_size")).toInteger(-1);
        if (offset < 0 || size < 0 || offset + size > payloadSize)
            throw badColumn(QStringLiteral("its data lies past the end of the file (truncated?)"));
        if (rawSize < 0 || rawSize > 8 * rows * 2 + 8 * 1'000'000)
            throw badColumn(QStringLiteral("bad size"));
        QByteArray raw(qsizetype(rawSize), Qt::Uninitialized);
        uLongf outLen = uLongf(rawSize);
        const int rc = uncompress(
            reinterpret_cast<Bytef *>(raw.data()), &outLen,
            reinterpret_cast<const Bytef *>(bytes.constData() + payloadStart + offset),
            uLong(size));
        if (rc != Z_OK || outLen != uLongf(rawSize))
            throw badColumn(
                QStringLiteral("its compressed data is corrupt (zlib error %1)").arg(rc));
        const auto *p = reinterpret_cast<const std::uint8_t *>(raw.constData());
        const std::size_t n = std::size_t(rows);

        if (enc == QLatin1String("plain") || enc == QLatin1String("delta")) {
            const bool delta = enc == QLatin1String("delta");
            const int w = delta ? 8 : c.width;
            if (std::size_t(rawSize) != n * std::size_t(w))
                throw badColumn(QStringLiteral("size does not match the row count"));
            c.encoding = delta ? Encoding::Delta : Encoding::Plain;
            c.values = readPlanes(p, n, w);
            if (delta) {
                std::uint64_t sum = 0;
                for (std::uint64_t &v : c.values)
                    v = (sum += v);
            }
        } else if (enc == QLatin1String("dictionary")) {
            c.encoding = Encoding::Dictionary;
            c.shareIndexOf = cj.value(QLatin1String("share_index_of")).toString();
            Dictionary d;
            if (c.shareIndexOf.isEmpty()) {
                const qint64 dsize = cj.value(QLatin1String("dictionary_size")).toInteger(-1);
                const int iw = cj.value(QLatin1String("index_width")).toInt(0);
                if (dsize < 0 || (iw != 2 && iw != 4)
                    || rawSize != dsize * c.width + qint64(n) * iw)
                    throw badColumn(QStringLiteral("bad dictionary sizes"));
                d.values = readPlanes(p, std::size_t(dsize), c.width);
                d.index = readPlanes(p + dsize * c.width, n, iw);
            } else {
                const auto it = dictionaries.find(c.shareIndexOf);
                if (it == dictionaries.end())
                    throw badColumn(QStringLiteral("shares the index of an unknown column"));
                const std::size_t dsize = it->second.values.size();
                if (std::size_t(rawSize) != dsize * std::size_t(c.width))
                    throw badColumn(QStringLiteral("bad dictionary size"));
                d.values = readPlanes(p, dsize, c.width);
                d.index = it->second.index;
            }
            c.values.resize(n);
            for (std::size_t r = 0; r < n; ++r) {
                if (d.index[r] >= d.values.size())
                    throw badColumn(
                        QStringLiteral("row %1 has a dictionary index out of range").arg(r));
                c.values[r] = d.values[d.index[r]];
            }
            dictionaries[c.name] = std::move(d);
        } else {
            throw badColumn(QStringLiteral("unknown encoding \"%1\"").arg(enc));
        }
        const std::uint64_t ones = allOnes(c.width);
        if (ones != kMissing) {
            for (std::uint64_t &v : c.values) {
                if (v == ones)
                    v = kMissing;
            }
        }
        table.m_columns.push_back(std::move(c));
    }
    return table;
}

} // namespace dnas
