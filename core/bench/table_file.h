#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace dnas {

/**
 * The compact column file the benchmark tables ship in (`*.dnastab`).
 *
 * Layout: the 8 bytes "DNASTAB1", a little-endian u32 header length, a JSON
 * header, then one zlib stream per column. The header names the table, its
 * row count, free-form metadata (provenance, licence) and, per column, its
 * encoding, width, value type and the offset/size of its stream.
 *
 * Every column holds one unsigned 64-bit raw value per row, written with
 * `width` bytes, byte planes transposed (all first bytes, then all second
 * bytes, …) before zlib, which is what makes slowly varying columns small.
 * Encodings:
 *  - Plain: the raw values;
 *  - Delta: differences of consecutive values (for sorted keys such as hashes);
 *  - Dictionary: the distinct values once, then a 2- or 4-byte index per row;
 *    a column may share the index of another dictionary column when the two
 *    map row for row (FLOPS and params of NAS-Bench-101).
 * Value types: UInt (the raw value), Decimal (raw / 10^scale, exact for the
 * CSV strings it was made from) and Float64 (the raw IEEE bits). A raw value
 * of all ones (kMissing) means "not available".
 */
class TableFile
{
public:
    enum class Encoding { Plain, Delta, Dictionary };
    enum class Type { UInt, Decimal, Float64 };
    static constexpr std::uint64_t kMissing = std::numeric_limits<std::uint64_t>::max();

    struct Column
    {
        QString name;
        Type type = Type::UInt;
        int scale = 0; ///< decimals, Type::Decimal only
        Encoding encoding = Encoding::Plain;
        int width = 8; ///< bytes per raw value, 1..8
        QString shareIndexOf; ///< Dictionary only: reuse that column's index
        std::vector<std::uint64_t> values;
    };

    TableFile() = default;
    TableFile(QString name, std::size_t rows);

    const QString &name() const { return m_name; }
    std::size_t rows() const { return m_rows; }
    QJsonObject &meta() { return m_meta; }
    const QJsonObject &meta() const { return m_meta; }

    /** Adds a column; its values.size() must equal rows(). */
    void addColumn(Column column);
    bool hasColumn(const QString &name) const;
    /** Throws Error naming the column and the file when it is absent. */
    const Column &column(const QString &name) const;
    const std::vector<Column> &columns() const { return m_columns; }
    /** The column as numbers: raw, raw/10^scale or the IEEE value; NaN for missing. */
    std::vector<double> numbers(const QString &name) const;

    /** Writes the file; throws Error when a value does not fit its width or
     *  the file cannot be written. */
    void save(const QString &path) const;
    /** Reads a file; throws Error with the path and the problem (not a table
     *  file, truncated, corrupt stream, bad header) — never crashes. */
    static TableFile load(const QString &path);

private:
    QString m_name;
    std::size_t m_rows = 0;
    QJsonObject m_meta;
    std::vector<Column> m_columns;
    QString m_path; // where it was loaded from, for error messages
};

} // namespace dnas
