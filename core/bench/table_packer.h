#pragma once

#include "table_file.h"

#include <QJsonObject>
#include <QString>

namespace dnas {

/**
 * Builds the bundled table files from the project's source tables
 * (`shared/data/nb101_table.csv.gz`, `nb201_table.csv.gz`; their columns are
 * described in `resources/benchmarks/README.md`).
 *
 * NB-101: the hash becomes two 64-bit columns (the high word delta-coded,
 * rows being sorted by hash), the graph one 31-bit cell code (checked against
 * nv/adj/ops), params a dictionary column, and the exact FLOPS of the cost
 * model plus the CSV's thop FLOPs share its index. NB-201: the ops become a
 * base-5 cell code (checked against the arch string). Every other column is
 * stored exactly: integers as such, decimals as fixed point with as many
 * decimals as the CSV has; empty fields as missing.
 *
 * provenance is stored in the file's metadata. Throws Error naming the line
 * and column of any malformed field.
 */
TableFile packNb101Csv(const QString &csvGzPath, const QJsonObject &provenance);
TableFile packNb201Csv(const QString &csvGzPath, const QJsonObject &provenance);

} // namespace dnas
