#pragma once

#include "benchmark.h"
#include "table_file.h"

#include <array>
#include <vector>

namespace dnas {

/**
 * NAS-Bench-201 on one of its three data sets, from the bundled table: every
 * one of the 15,625 cells, searched by 200-epoch validation accuracy and
 * reported by 200-epoch test accuracy (both stored in percent, returned as
 * fractions); FLOPS are the multiply-adds of convolutions and the classifier.
 */
class Nb201Benchmark final : public Benchmark
{
public:
    /** id must be one of the NB-201 ids; throws Error on a bad table. */
    Nb201Benchmark(const TableFile &table, BenchmarkId id);

    BenchmarkId id() const override { return m_id; }
    int size() const override { return int(m_code.size()); }
    Cell cell(int row) const override { return Nb201Cell::fromCode(m_code[std::size_t(row)]); }
    int rowOf(const Cell &cell) const override;
    CellMetrics metrics(int row, Rng *rng = nullptr) const override;
    QJsonObject provenance() const override { return m_meta; }

    /** Column-name prefix of the data set: "c10", "c100" or "in16". */
    static QString datasetPrefix(BenchmarkId id);

private:
    BenchmarkId m_id;
    std::vector<int> m_code;
    std::array<int, Nb201Cell::kCellCount> m_rowOfCode {};
    std::vector<double> m_params;
    std::vector<double> m_flops; // millions in the table, plain count here
    std::vector<double> m_val;
    std::vector<double> m_test;
    QJsonObject m_meta;
};

} // namespace dnas
