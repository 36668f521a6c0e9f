#include "factor_report.h"

#include "factor_grid.h"
#include "traversal_strip.h"

#include <QBuffer>
#include <QPixmap>
#include <QTemporaryDir>

namespace dnas::widgets {

namespace {
QString pngData(const QPixmap &pixmap)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    pixmap.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(bytes.toBase64());
}

QString gridImage(const FactorData &points, const FactorReport &report, FactorMetric metric)
{
    FactorGrid grid;
    grid.setData(points);
    grid.setDimensionLabels(dimensionLabels(report, true));
    grid.setMetric(metric);
    grid.setColumnCount(4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grid.png"));
    if (!grid.saveImage(path, 1400, 1100))
        return {};
    return pngData(QPixmap(path));
}

QString percent(double v)
{
    return QString::number(v * 100, 'f', 0) + QStringLiteral(" %");
}
} // namespace

QString compactConcept(const QString &concept)
{
    static const QList<QPair<QString, QString>> prefixes {
        {QStringLiteral("number of "), QString()},
        {QStringLiteral("op of vertex "), QStringLiteral("op v")},
        {QStringLiteral("op of edge "), QStringLiteral("op ")},
        {QStringLiteral("skip connection"), QStringLiteral("skip")},
        {QStringLiteral("invalid decode"), QStringLiteral("invalid")},
    };
    if (concept.startsWith(QLatin1String("inputs of node ")))
        return QStringLiteral("node %1 in").arg(concept.mid(15));
    for (const auto &[prefix, replacement] : prefixes) {
        if (concept.startsWith(prefix))
            return replacement + concept.mid(prefix.size());
    }
    return concept;
}

QStringList dimensionLabels(const FactorReport &report, bool compact)
{
    QStringList labels;
    for (const DimensionFactor &d : report.dims)
        labels << (d.isActive() ? QStringLiteral("z%1 · %2")
                                      .arg(d.dim)
                                      .arg(compact ? compactConcept(d.concept) : d.concept)
                                : QStringLiteral("z%1").arg(d.dim));
    return labels;
}

QStringList conceptLabels(const FactorReport &report)
{
    QStringList labels;
    for (const DimensionFactor &d : report.dims)
        labels << d.concept;
    return labels;
}

QByteArray factorReportHtml(const QString &title, const QStringList &facts,
                            const FactorReport &report, const FactorData &points,
                            const std::vector<ReportTraversal> &traversals)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>body{font-family:sans-serif;max-width:1400px;margin:2em auto;"
                           "color:#222}table{border-collapse:collapse}td,th{padding:3px 10px;"
                           "border-bottom:1px solid #ddd;text-align:right}td.l,th.l{text-align:"
                           "left}img{max-width:100%}.muted{color:#888}</style></head><body>\n")
                .arg(title.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n<ul>").arg(title.toHtmlEscaped());
    for (const QString &f : facts)
        html += QStringLiteral("<li>%1</li>").arg(f.toHtmlEscaped());
    html += QStringLiteral("</ul>\n<p><b>Disentanglement score %1</b> (mean purity of the %2 "
                           "active dimensions; %3 distinct concepts). Purity: the share of a "
                           "dimension's changed decodes whose only concept is its label; "
                           "activity: the share of its traversal decodes that changed the "
                           "cell.</p>\n")
                .arg(report.score, 0, 'f', 3)
                .arg(report.activeDimensions)
                .arg(report.distinctConcepts);
    html += QStringLiteral("<table><tr><th>dim</th><th class=\"l\">label</th><th>purity</th>"
                           "<th>activity</th><th>ρ accuracy</th><th>ρ FLOPS</th>"
                           "<th class=\"l\">concepts of changed decodes</th></tr>\n");
    for (const DimensionFactor &d : report.byRelevance()) {
        QStringList concepts;
        for (std::size_t i = 0; i < std::min<std::size_t>(3, d.concepts.size()); ++i)
            concepts
                << QStringLiteral("%1 (%2)").arg(d.concepts[i].first).arg(d.concepts[i].second);
        html += QStringLiteral("<tr%1><td>z%2</td><td class=\"l\">%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7</td><td class=\"l\">%8</td></tr>\n")
                    .arg(d.isActive() ? QString() : QStringLiteral(" class=\"muted\""))
                    .arg(d.dim)
                    .arg(d.label.toHtmlEscaped(), d.isActive() ? percent(d.purity) : QString(),
                         percent(d.activity), QString::number(d.rhoAccuracy, 'f', 3),
                         QString::number(d.rhoFlops, 'f', 3),
                         concepts.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    html += QStringLiteral("</table>\n");
    html += QStringLiteral("<h2>The encoder: mutual-information gap %1</h2><p>For each factor "
                           "of the labelled cells, the dimension that tells most about it "
                           "(I/H: its mutual information over the factor's entropy) and the gap "
                           "to the next best dimension (Chen et al., 2018).</p><table><tr>"
                           "<th class=\"l\">factor</th><th>best dim</th><th>I/H</th><th>gap"
                           "</th></tr>\n")
                .arg(report.mig, 0, 'f', 3);
    for (const FactorInformation &f : report.factors) {
        if (f.bestDim >= 0)
            html += QStringLiteral("<tr><td class=\"l\">%1</td><td>z%2</td><td>%3</td><td>%4"
                                   "</td></tr>\n")
                        .arg(f.factor.toHtmlEscaped())
                        .arg(f.bestDim)
                        .arg(f.bestInformation, 0, 'f', 3)
                        .arg(f.gap, 0, 'f', 3);
    }
    html += QStringLiteral("</table>\n");

    for (const ReportTraversal &t : traversals) {
        TraversalStrip strip;
        strip.setCells(t.dim, t.values, t.cells, t.reference);
        strip.setTitle(t.caption);
        strip.resize(160 * int(t.values.size()), 330);
        html += QStringLiteral("<h2>%1</h2><img alt=\"traversal of z%2\" src=\"%3\">\n")
                    .arg(t.caption.toHtmlEscaped())
                    .arg(t.dim)
                    .arg(pngData(strip.grab()));
    }
    if (!points.isEmpty()) {
        html += QStringLiteral("<h2>Latent factors against accuracy</h2><img alt=\"factor grid, "
                               "accuracy\" src=\"%1\">\n")
                    .arg(gridImage(points, report, FactorMetric::Accuracy));
        html += QStringLiteral("<h2>Latent factors against FLOPS</h2><img alt=\"factor grid, "
                               "FLOPS\" src=\"%1\">\n")
                    .arg(gridImage(points, report, FactorMetric::Flops));
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

} // namespace dnas::widgets
