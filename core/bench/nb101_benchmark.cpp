#include "nb101_benchmark.h"

#include "../util/error.h"
#include "../util/rng.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace dnas {

Nb101Benchmark::Nb101Benchmark(const TableFile &table)
    : m_hashHi(table.column(QStringLiteral("hash_hi")).values)
    , m_hashLo(table.column(QStringLiteral("hash_lo")).values)
    , m_params(table.column(QStringLiteral("params")).values)
    , m_flops(table.column(QStringLiteral("flops")).values)
    , m_meta(table.meta())
{
    const auto &code = table.column(QStringLiteral("graph")).values;
    m_code.assign(code.begin(), code.end());
    if (table.hasColumn(QStringLiteral("flops_thop")))
        m_flopsThop = table.numbers(QStringLiteral("flops_thop"));
    if (table.hasColumn(QStringLiteral("val_acc_run0"))) {
        for (int r = 0; r < 3; ++r)
            m_valRuns[r] = table.numbers(QStringLiteral("val_acc_run%1").arg(r));
        m_test = table.numbers(QStringLiteral("test_acc_mean"));
    } else {
        m_test = table.numbers(QStringLiteral("test_acc_1run"));
    }

    // Open addressing on the low word of the (uniformly random) MD5 digest.
    std::size_t capacity = 1;
    while (capacity < 2 * m_hashLo.size())
        capacity <<= 1;
    m_slots.assign(capacity, -1);
    const std::size_t mask = capacity - 1;
    for (std::size_t r = 0; r < m_hashLo.size(); ++r) {
        std::size_t s = m_hashLo[r] & mask;
        while (m_slots[s] >= 0)
            s = (s + 1) & mask;
        m_slots[s] = std::int32_t(r);
    }
    m_reportedDescending = m_test;
    std::sort(m_reportedDescending.begin(), m_reportedDescending.end(), std::greater<>());
}

int Nb101Benchmark::find(const Hash128 &hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t s = hash.lo & mask;; s = (s + 1) & mask) {
        const std::int32_t r = m_slots[s];
        if (r < 0)
            return -1;
        if (m_hashLo[std::size_t(r)] == hash.lo && m_hashHi[std::size_t(r)] == hash.hi)
            return r;
    }
}

int Nb101Benchmark::rowOf(const Cell &cell) const
{
    const auto *c = std::get_if<Nb101Cell>(&cell);
    if (!c)
        return -1;
    const auto p = c->pruned();
    if (!p || p->edgeCount() > Nb101Cell::kMaxEdges)
        return -1;
    return find(p->moduleHash());
}

Nb101Cell Nb101Benchmark::nb101Cell(int row) const
{
    const auto c = Nb101Cell::fromCode(m_code[std::size_t(row)]);
    if (!c)
        throw Error(
            QStringLiteral("row %1 of the NAS-Bench-101 table holds no valid cell").arg(row));
    return *c;
}

CellMetrics Nb101Benchmark::metrics(int row, Rng *rng) const
{
    const auto r = std::size_t(row);
    CellMetrics m;
    m.row = row;
    m.params = std::int64_t(m_params[r]);
    m.flops = double(m_flops[r]);
    m.reportedAccuracy = m_test[r];
    if (hasRuns()) {
        // An imported cell may lack runs (NaN); pick among the present ones.
        int present[3];
        int count = 0;
        for (int k = 0; k < 3; ++k) {
            if (!std::isnan(m_valRuns[k][r]))
                present[count++] = k;
        }
        const int run = count == 0 ? 0 : present[rng ? int(rng->below(std::uint64_t(count))) : 0];
        m.searchAccuracy = m_valRuns[run][r];
    } else {
        m.searchAccuracy = m_test[r];
    }
    return m;
}

} // namespace dnas
