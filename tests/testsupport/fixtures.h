#pragma once

#include "bench/benchmark.h"
#include "space/nb101_cell.h"

#include <QMetaType>

#include <memory>
#include <vector>

namespace dnas::test {

/** NB-101 cell from a square 0/1 matrix and op names (input/output included);
 *  fails the running test (QFAIL-style via qFatal) when they do not parse. */
Nb101Cell nb101Cell(const std::vector<std::vector<int>> &matrix, const QStringList &ops);

/** The Inception-like example of the NAS-Bench-101 README (2,694,282 params). */
Nb101Cell readmeInceptionCell();

/** The bundled tables, loaded once per test program. */
std::shared_ptr<const Benchmark> bundled(BenchmarkId id);

} // namespace dnas::test

// Cells as Qt Test data columns.
Q_DECLARE_METATYPE(dnas::Nb101Cell)
