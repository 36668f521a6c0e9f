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

/** The label of each dimension ("z3 · op of vertex 2"), for plot titles and sliders. */
QStringList dimensionLabels(const FactorReport &report);

} // namespace dnas::widgets
