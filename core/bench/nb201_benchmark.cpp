#include "nb201_benchmark.h"

#include "../util/error.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace dnas {

QString Nb201Benchmark::datasetPrefix(BenchmarkId id)
{
    switch (id) {
    case BenchmarkId::Nb201Cifar10:
        return QStringLiteral("c10");
    case BenchmarkId::Nb201Cifar100:
        return QStringLiteral("c100");
    case BenchmarkId::Nb201ImageNet16:
        return QStringLiteral("in16");
    case BenchmarkId::Nb101:
        break;
    }
    throw Error(QStringLiteral("NAS-Bench-201 has no data set for this benchmark"));
}

Nb201Benchmark::Nb201Benchmark(const TableFile &table, BenchmarkId id)
    : m_id(id)
    , m_meta(table.meta())
{
    const QString p = datasetPrefix(id) + QLatin1Char('_');
    const auto &codes = table.column(QStringLiteral("cell")).values;
    m_rowOfCode.fill(-1);
    m_code.reserve(codes.size());
    for (std::size_t r = 0; r < codes.size(); ++r) {
        if (codes[r] >= std::uint64_t(Nb201Cell::kCellCount) || m_rowOfCode[codes[r]] >= 0)
            throw Error(
                QStringLiteral("the NAS-Bench-201 table has a bad or repeated cell in row %1")
                    .arg(r));
        m_rowOfCode[codes[r]] = int(r);
        m_code.push_back(int(codes[r]));
    }
    m_params = table.numbers(p + QStringLiteral("params"));
    m_flops = table.numbers(p + QStringLiteral("flops_conv_m"));
    for (double &f : m_flops)
        f = std::round(f * 1e6);
    m_val = table.numbers(p + QStringLiteral("val200"));
    m_test = table.numbers(p + QStringLiteral("test200"));
    for (auto *v : {&m_val, &m_test}) {
        for (double &a : *v)
            a /= 100.0;
    }
    m_reportedDescending = m_test;
    std::sort(m_reportedDescending.begin(), m_reportedDescending.end(), std::greater<>());
}

int Nb201Benchmark::rowOf(const Cell &cell) const
{
    const auto *c = std::get_if<Nb201Cell>(&cell);
    return c ? m_rowOfCode[std::size_t(c->code())] : -1;
}

CellMetrics Nb201Benchmark::metrics(int row, Rng *) const
{
    const auto r = std::size_t(row);
    CellMetrics m;
    m.row = row;
    m.searchAccuracy = m_val[r];
    m.reportedAccuracy = m_test[r];
    m.flops = m_flops[r];
    m.params = std::int64_t(m_params[r]);
    return m;
}

} // namespace dnas
