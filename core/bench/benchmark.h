#pragma once

#include "../space/cell.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>

namespace dnas {

class Rng;

/** The benchmarks a search can run on. */
enum class BenchmarkId { Nb101, Nb201Cifar10, Nb201Cifar100, Nb201ImageNet16 };

/** "nb101", "nb201-cifar10", "nb201-cifar100", "nb201-imagenet16". */
QString benchmarkKey(BenchmarkId id);
std::optional<BenchmarkId> benchmarkFromKey(const QString &key);
QStringList benchmarkKeys();
/** A title for people: "NAS-Bench-101 (CIFAR-10)". */
QString benchmarkTitle(BenchmarkId id);
bool isNb101(BenchmarkId id);

/** What one query of a cell returns. Accuracies are fractions in [0, 1]. */
struct CellMetrics
{
    int row = -1;
    /** The metric a search may look at (NB-101: the measured test accuracy,
     *  or with the official tfrecord a random run's validation accuracy;
     *  NB-201: 200-epoch validation accuracy). */
    double searchAccuracy = 0;
    /** The metric results are reported in (NB-101: the same, or the mean test
     *  accuracy of three runs; NB-201: 200-epoch test accuracy). */
    double reportedAccuracy = 0;
    /** Multiply-adds of convolutions and dense layers of the whole network. */
    double flops = 0;
    std::int64_t params = 0;
};

/**
 * A benchmark table: a finite set of cells, each with measured metrics.
 * Immutable once loaded, so one instance may be shared by every thread.
 */
class Benchmark
{
public:
    virtual ~Benchmark() = default;

    virtual BenchmarkId id() const = 0;
    virtual int size() const = 0;
    /** The cell stored in a row (pruned, for NB-101). */
    virtual Cell cell(int row) const = 0;
    /** The row holding this cell or an isomorphic one, or −1 (invalid cell,
     *  wrong space or not in the table). O(1). */
    virtual int rowOf(const Cell &cell) const = 0;
    /** Metrics of a row. rng picks the training run whose validation accuracy
     *  is the search metric when the table holds several runs; may be null
     *  (then the first run). */
    virtual CellMetrics metrics(int row, Rng *rng = nullptr) const = 0;
    /** Provenance and licence notes carried over from the source tables. */
    virtual QJsonObject provenance() const = 0;

    /** Parses NB-101 JSON or an NB-201 string for this benchmark's space;
     *  throws Error with a clear reason when the text is not a valid cell. */
    Cell parseCell(const QString &text) const;
    /** A cell drawn uniformly from the table's rows: uniform over distinct
     *  cells (isomorphism classes), unlike randomNb101Cell. */
    Cell randomCell(Rng &rng) const;
    /** The rank (1 = best) of a reported accuracy among all rows. */
    int rankOfReported(double reportedAccuracy) const;
    /** The best reported accuracy of the table. */
    double bestReported() const;

protected:
    /** Sorted reported accuracies, descending; filled by subclasses at load. */
    std::vector<double> m_reportedDescending;
};

/** Default folder of the bundled tables: $DNAS_DATA_DIR/benchmarks when set,
 *  else the installed share folder next to the executable, else the source
 *  tree's resources/benchmarks. */
QString bundledBenchmarkDir();
/** File of a bundled table: nb101.dnastab or nb201.dnastab in that folder. */
QString bundledBenchmarkPath(BenchmarkId id);
/** Loads a benchmark from `path` (empty: the bundled file); throws Error. */
std::shared_ptr<const Benchmark> loadBenchmark(BenchmarkId id, const QString &path = {});

} // namespace dnas
