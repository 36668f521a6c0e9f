#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dnas::widgets {

/** Renders a benchmark's provenance notes (Benchmark::provenance(): title,
 *  metrics, sources with repository, path, commit and licence, origin, the
 *  source file and its SHA-256) as HTML for the About box. Keys it does not
 *  know are listed as they are; values are HTML-escaped. */
class ProvenanceText
{
    Q_DECLARE_TR_FUNCTIONS(dnas::widgets::ProvenanceText)

public:
    static QString html(const QJsonObject &provenance);
    /** A short form for a side panel: the origin sentence and the source
     *  repositories (linked to their commit on GitHub) with their licences. */
    static QString compactHtml(const QJsonObject &provenance);
};

} // namespace dnas::widgets
