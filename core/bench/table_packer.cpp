#include "table_packer.h"

#include "../space/nb101_cell.h"
#include "../space/nb101_cost_model.h"
#include "../space/nb201_cell.h"
#include "../util/error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <zlib.h>

#include <algorithm>

namespace dnas {

namespace {

struct Csv
{
    QString path;
    QList<QByteArray> header;
    std::vector<QList<QByteArray>> rows;

    int indexOf(const char *name) const
    {
        const int i = int(header.indexOf(QByteArray(name)));
        if (i < 0)
            throw Error(QStringLiteral("%1: no column \"%2\"").arg(path, QLatin1String(name)));
        return i;
    }
    [[noreturn]] void fail(std::size_t row, const QByteArray &column, const QString &why) const
    {
        throw Error(QStringLiteral("%1, line %2, column %3: %4")
                        .arg(path)
                        .arg(row + 2)
                        .arg(QString::fromLatin1(column), why));
    }
};

Csv readCsvGz(const QString &path)
{
    gzFile f = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!f)
        throw Error(QStringLiteral("cannot open %1").arg(path));
    QByteArray all;
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0)
        all.append(buf, n);
    int err = 0;
    const char *msg = gzerror(f, &err);
    const QString zmsg = QString::fromLatin1(msg ? msg : "");
    gzclose(f);
    if (n < 0 || (err != Z_OK && err != Z_STREAM_END))
        throw Error(QStringLiteral("%1 is not a readable gzip file: %2").arg(path, zmsg));
    Csv csv;
    csv.path = path;
    const QList<QByteArray> lines = all.split('\n');
    if (lines.isEmpty() || lines.first().isEmpty())
        throw Error(QStringLiteral("%1 is empty").arg(path));
    csv.header = lines.first().trimmed().split(',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QList<QByteArray> fields = line.split(',');
        if (fields.size() != csv.header.size())
            throw Error(QStringLiteral("%1, line %2: %3 fields, the header has %4")
                            .arg(path)
                            .arg(i + 1)
                            .arg(fields.size())
                            .arg(csv.header.size()));
        csv.rows.push_back(std::move(fields));
    }
    return csv;
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// An exact fixed-point column (or an unsigned integer one when no field has
// decimals) from the CSV's text.
TableFile::Column autoColumn(const Csv &csv, int col)
{
    const QByteArray &name = csv.header[col];
    int scale = 0;
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const QByteArray &f = csv.rows[r][col];
        const qsizetype dot = f.indexOf('.');
        if (dot >= 0)
            scale = std::max(scale, int(f.size() - dot - 1));
    }
    if (scale > 15)
        csv.fail(0, name, QStringLiteral("more than 15 decimals"));
    std::uint64_t pow10 = 1;
    for (int i = 0; i < scale; ++i)
        pow10 *= 10;
    TableFile::Column c;
    c.name = QString::fromLatin1(name);
    c.type = scale > 0 ? TableFile::Type::Decimal : TableFile::Type::UInt;
    c.scale = scale;
    c.values.reserve(csv.rows.size());
    std::uint64_t maxRaw = 0;
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const QByteArray &f = csv.rows[r][col];
        if (f.isEmpty()) {
            c.values.push_back(TableFile::kMissing);
            continue;
        }
        const qsizetype dot = f.indexOf('.');
        const QByteArray whole = dot >= 0 ? f.left(dot) : f;
        QByteArray frac = dot >= 0 ? f.mid(dot + 1) : QByteArray();
        bool okWhole = true;
        bool okFrac = true;
        const std::uint64_t w = whole.isEmpty() ? 0 : whole.toULongLong(&okWhole);
        frac.append(QByteArray(scale - frac.size(), '0'));
        const std::uint64_t fr = frac.isEmpty() ? 0 : frac.toULongLong(&okFrac);
        const bool digitsOnly = std::all_of(
            f.begin(), f.end(), [](char ch) { return (ch >= '0' && ch <= '9') || ch == '.'; });
        if (!okWhole || !okFrac || !digitsOnly || f.count('.') > 1)
            csv.fail(r, name,
                     QStringLiteral("\"%1\" is not a non-negative decimal number")
                         .arg(QString::fromLatin1(f)));
        const std::uint64_t raw = w * pow10 + fr;
        maxRaw = std::max(maxRaw, raw);
        c.values.push_back(raw);
    }
    c.width = 1;
    while (c.width < 8 && maxRaw >= (std::uint64_t(1) << (8 * c.width)) - 1)
        ++c.width;
    return c;
}

void requireRowIndex(const Csv &csv, const char *column)
{
    const int idx = csv.indexOf(column);
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        if (csv.rows[r][idx].toULongLong() != r)
            csv.fail(r, column, QStringLiteral("rows must be in index order"));
    }
}

QJsonObject sourceMeta(const QString &path, const QJsonObject &provenance)
{
    QJsonObject meta = provenance;
    meta.insert(QLatin1String("source_file"), QFileInfo(path).fileName());
    meta.insert(QLatin1String("source_sha256"), sha256Of(path));
    return meta;
}

} // namespace

TableFile packNb101Csv(const QString &csvGzPath, const QJsonObject &provenance)
{
    const Csv csv = readCsvGz(csvGzPath);
    requireRowIndex(csv, "idx");
    const int cHash = csv.indexOf("hash");
    const int cNv = csv.indexOf("nv");
    const int cAdj = csv.indexOf("adj");
    const int cOps = csv.indexOf("ops");
    const int cAdj7 = csv.indexOf("adj7");
    const int cOps7 = csv.indexOf("ops7");
    const int cParams = csv.indexOf("params");
    const std::size_t n = csv.rows.size();

    TableFile::Column hi {
        QStringLiteral("hash_hi"), TableFile::Type::UInt, 0, TableFile::Encoding::Delta, 8, {}, {}};
    TableFile::Column lo {
        QStringLiteral("hash_lo"), TableFile::Type::UInt, 0, TableFile::Encoding::Plain, 8, {}, {}};
    TableFile::Column graph {
        QStringLiteral("graph"), TableFile::Type::UInt, 0, TableFile::Encoding::Plain, 4, {}, {}};
    TableFile::Column flops {QStringLiteral("flops"),
                             TableFile::Type::UInt,
                             0,
                             TableFile::Encoding::Dictionary,
                             8,
                             QStringLiteral("params"),
                             {}};
    for (std::size_t r = 0; r < n; ++r) {
        const auto &row = csv.rows[r];
        Hash128 h;
        if (!Hash128::fromHex(QString::fromLatin1(row[cHash]), &h))
            csv.fail(r, "hash", QStringLiteral("not 32 hex digits"));
        if (r > 0 && !(Hash128 {hi.values.back(), lo.values.back()} < h))
            csv.fail(r, "hash", QStringLiteral("rows must be sorted by hash, without repeats"));
        hi.values.push_back(h.hi);
        lo.values.push_back(h.lo);

        // The graph as the benchmark stores it (nv vertices, upper triangle).
        const int nv = row[cNv].toInt();
        const QByteArray &adj = row[cAdj];
        const QByteArray &ops = row[cOps];
        if (nv < 2 || nv > 7 || adj.size() != nv * (nv - 1) / 2 || ops.size() != nv - 2)
            csv.fail(r, "adj", QStringLiteral("graph fields do not fit nv = %1").arg(nv));
        Nb101Cell cell(nv);
        int k = 0;
        for (int u = 0; u < nv; ++u) {
            for (int v = u + 1; v < nv; ++v, ++k)
                cell.setEdge(u, v, adj[k] == '1');
        }
        for (int v = 1; v < nv - 1; ++v) {
            const int op = ops[v - 1] - '0';
            if (op < 0 || op >= kNb101OpCount)
                csv.fail(r, "ops", QStringLiteral("bad op digit"));
            cell.setOp(v, static_cast<Nb101Op>(op));
        }
        const std::uint32_t code = cell.code();
        // The CSV's own 7-vertex form must agree.
        std::uint32_t code7 = std::uint32_t(row[cAdj7].toULong());
        for (int v = 0; v < 5; ++v) {
            const char ch = row[cOps7].at(v);
            code7 |= std::uint32_t(ch == '-' ? 3 : ch - '0') << (21 + 2 * v);
        }
        if (code7 != code)
            csv.fail(r, "adj7", QStringLiteral("disagrees with nv/adj/ops"));
        graph.values.push_back(code);
        flops.values.push_back(std::uint64_t(nb101Costs(cell).flops));
    }

    TableFile table(QStringLiteral("nb101"), n);
    table.meta() = sourceMeta(csvGzPath, provenance);
    table.addColumn(std::move(hi));
    table.addColumn(std::move(lo));
    table.addColumn(std::move(graph));
    TableFile::Column params = autoColumn(csv, cParams);
    params.encoding = TableFile::Encoding::Dictionary;
    params.width = 4;
    table.addColumn(std::move(params));
    table.addColumn(std::move(flops));
    const QByteArray skip[] = {"idx", "hash", "nv", "ne", "adj", "ops", "adj7", "ops7", "params"};
    for (int col = 0; col < csv.header.size(); ++col) {
        if (std::find(std::begin(skip), std::end(skip), csv.header[col]) != std::end(skip))
            continue;
        TableFile::Column c = autoColumn(csv, col);
        if (c.name == QLatin1String("flops_thop")) {
            c.encoding = TableFile::Encoding::Dictionary;
            c.shareIndexOf = QStringLiteral("params");
            c.width = 8;
        }
        table.addColumn(std::move(c));
    }
    return table;
}

TableFile packNb201Csv(const QString &csvGzPath, const QJsonObject &provenance)
{
    const Csv csv = readCsvGz(csvGzPath);
    requireRowIndex(csv, "idx");
    const int cArch = csv.indexOf("arch");
    const int cOps = csv.indexOf("ops");
    TableFile::Column cells {
        QStringLiteral("cell"), TableFile::Type::UInt, 0, TableFile::Encoding::Plain, 2, {}, {}};
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const QByteArray &ops = csv.rows[r][cOps];
        if (ops.size() != Nb201Cell::kEdges)
            csv.fail(r, "ops", QStringLiteral("needs 6 digits"));
        std::array<Nb201Op, Nb201Cell::kEdges> a {};
        for (int e = 0; e < Nb201Cell::kEdges; ++e) {
            const int op = ops[e] - '0';
            if (op < 0 || op >= kNb201OpCount)
                csv.fail(r, "ops", QStringLiteral("bad op digit"));
            a[std::size_t(e)] = static_cast<Nb201Op>(op);
        }
        const Nb201Cell cell(a);
        if (cell.toString() != QString::fromLatin1(csv.rows[r][cArch]))
            csv.fail(r, "arch", QStringLiteral("disagrees with ops"));
        cells.values.push_back(std::uint64_t(cell.code()));
    }
    TableFile table(QStringLiteral("nb201"), csv.rows.size());
    table.meta() = sourceMeta(csvGzPath, provenance);
    table.addColumn(std::move(cells));
    for (int col = 0; col < csv.header.size(); ++col) {
        const QByteArray &name = csv.header[col];
        if (name == "idx" || name == "arch" || name == "ops")
            continue;
        table.addColumn(autoColumn(csv, col));
    }
    return table;
}

} // namespace dnas
