#pragma once

#include "factor_data.h"

#include "analysis/factor_analysis.h"

#include <QString>

#include <optional>
#include <vector>

namespace dnas::widgets {

/** A traversal strip for the report: decoded cells along one dimension. */
struct ReportTraversal
{
    int dim = 0;
    QString caption; ///< why this dimension is shown
    std::vector<double> values;
    std::vector<std::optional<Cell>> cells;
    std::optional<Cell> reference;
};

/**
 * A self-contained HTML report of a factor analysis: the score, the table
 * of dimensions sorted by relevance, the factor grids (z against accuracy
 * and FLOPS) and traversal strips, all images embedded as PNG data. Draws
 * the real widgets offscreen, so a QApplication must exist.
 */
QByteArray factorReportHtml(const QString &title, const QStringList &facts,
                            const FactorReport &report, const FactorData &points,
                            const std::vector<ReportTraversal> &traversals);

/** A concept in a few characters for small plot titles: "number of
 *  vertices" → "vertices", "op of vertex 5" → "op v5", "op of edge 1→2" →
 *  "op 1→2", "inputs of node 3" → "node 3 in", "skip connection" → "skip". */
QString compactConcept(const QString &concept);
/** Per dimension "z3 · op of vertex 2" (compact: "z3 · op v2"); "z3" when
 *  inactive. For plot titles. */
QStringList dimensionLabels(const FactorReport &report, bool compact = false);
/** Per dimension its concept alone ("op of vertex 2"; empty when inactive),
 *  for text that already names the dimension (the sliders). */
QStringList conceptLabels(const FactorReport &report);

} // namespace dnas::widgets
