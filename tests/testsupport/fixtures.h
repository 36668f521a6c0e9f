#pragma once

#include "bench/benchmark.h"
#include "search/search_config.h"
#include "space/nb101_cell.h"

#include <QMetaType>

#include <memory>
#include <vector>

namespace dnas::test {

/** NB-101 cell from a square 0/1 matrix and op names (input/output included);
 *  fails the running test (QFAIL-style via qFatal) when they do not parse. */
Nb101Cell nb101Cell(const std::vector<std::vector<int>> &matrix, const QStringList &ops);

/** Op names of the NB-101 JSON form, for building test cells. */
extern const QString kIn;
extern const QString kOut;
extern const QString kConv3;
extern const QString kConv1;
extern const QString kPool;

/** The Inception-like example of the NAS-Bench-101 README (2,694,282 params). */
Nb101Cell readmeInceptionCell();

/** Row 0 of the bundled NB-101 table: the smallest hash of the space
 *  (00005c14…), 8,555,530 parameters. */
Nb101Cell smallestHashCell();

/** Input → two parallel branches (conv1x1 and maxpool) → output; swapped
 *  lists the branches the other way round (an isomorphic cell). */
Nb101Cell twoBranchCell(bool swapped = false);

/** A DNAS run on NB-201 CIFAR-10 small enough for a GUI test (seed 3, 10
 *  initial cells, 3 iterations of a 300-cell pool); every region sample from
 *  the user's regions when there are some. */
SearchConfig smallNb201Dnas(int budget);

/** The bundled tables, loaded once per test program. */
std::shared_ptr<const Benchmark> bundled(BenchmarkId id);

} // namespace dnas::test

// Cells as Qt Test data columns.
Q_DECLARE_METATYPE(dnas::Nb101Cell)
