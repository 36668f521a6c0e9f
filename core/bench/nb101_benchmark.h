#pragma once

#include "benchmark.h"
#include "table_file.h"

#include "../space/hash128.h"

#include <cmath>
#include <vector>

namespace dnas {

/**
 * NAS-Bench-101 from a table file: rows sorted by module hash, an O(1) hash
 * index, the exact costs and the measured accuracies.
 *
 * Two kinds of table are understood. The bundled one (made by `dnas
 * pack-bench`) holds one measured 108-epoch test accuracy per cell, used as
 * both search and reported metric. One imported from the official tfrecord
 * (`dnas import-tfrecord`) holds the three runs (a missing one is NaN): the
 * search metric is the validation accuracy of a random run among those
 * present, the reported metric the mean test accuracy of those present.
 */
class Nb101Benchmark final : public Benchmark
{
public:
    /** Throws Error when the file is missing, corrupt or lacks a column. */
    explicit Nb101Benchmark(const TableFile &table);

    BenchmarkId id() const override { return BenchmarkId::Nb101; }
    int size() const override { return int(m_hashHi.size()); }
    Cell cell(int row) const override { return nb101Cell(row); }
    int rowOf(const Cell &cell) const override;
    CellMetrics metrics(int row, Rng *rng = nullptr) const override;
    QJsonObject provenance() const override { return m_meta; }

    Hash128 hash(int row) const { return {m_hashHi[row], m_hashLo[row]}; }
    Nb101Cell nb101Cell(int row) const;
    std::uint32_t cellCode(int row) const { return m_code[row]; }
    std::int64_t params(int row) const { return std::int64_t(m_params[row]); }
    /** Exact multiply-adds (nb101Costs), as stored by the packer. */
    std::int64_t flops(int row) const { return std::int64_t(m_flops[row]); }
    /** FLOPs counted by thop on a PyTorch port (bundled table only; NaN otherwise). */
    double flopsThop(int row) const
    {
        return m_flopsThop.empty() ? std::nan("") : m_flopsThop[row];
    }
    /** True when the table holds the three official runs per cell. */
    bool hasRuns() const { return !m_valRuns[0].empty(); }

    /** The row of a module hash, or −1. O(1). */
    int find(const Hash128 &hash) const;

private:
    std::vector<std::uint64_t> m_hashHi;
    std::vector<std::uint64_t> m_hashLo;
    std::vector<std::uint32_t> m_code;
    std::vector<std::uint64_t> m_params;
    std::vector<std::uint64_t> m_flops;
    std::vector<double> m_flopsThop;
    std::vector<double> m_test; // one run, or the mean of three
    std::vector<double> m_valRuns[3]; // tfrecord tables only
    std::vector<std::int32_t> m_slots; // open-addressing hash index
    QJsonObject m_meta;
};

} // namespace dnas
