#include "provenance_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace dnas::widgets {

namespace {
QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

QString esc(const QJsonValue &v)
{
    return text(v).toHtmlEscaped();
}

// "owner/name" → its tree at `commit` on GitHub; empty when it is no such name.
QString githubUrl(const QString &repository, const QString &commit)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"));
    if (!name.match(repository).hasMatch())
        return {};
    QString url = QStringLiteral("https://github.com/") + repository;
    if (!commit.isEmpty())
        url += QStringLiteral("/tree/") + commit;
    return url;
}

QString para(const QString &label, const QJsonValue &v)
{
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), esc(v));
}
} // namespace

QString ProvenanceText::html(const QJsonObject &provenance)
{
    if (provenance.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("This table carries no provenance notes."));
    QString out;
    QJsonObject rest = provenance;
    if (provenance.contains(QLatin1String("title")))
        out += QStringLiteral("<p><b>%1</b></p>").arg(esc(rest.take(QLatin1String("title"))));
    if (provenance.contains(QLatin1String("metrics")))
        out += para(tr("Metrics:"), rest.take(QLatin1String("metrics")));

    const QJsonValue sources = rest.take(QLatin1String("sources"));
    if (sources.isArray()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Sources:").toHtmlEscaped());
        for (const QJsonValue &s : sources.toArray()) {
            const QJsonObject o = s.toObject();
            QString commit = o.value(QLatin1String("commit")).toString().left(10);
            out += QStringLiteral("<li>%1: %2 <i>%3</i> @%4 (%5)</li>")
                       .arg(esc(o.value(QLatin1String("input"))),
                            esc(o.value(QLatin1String("repository"))),
                            esc(o.value(QLatin1String("path"))), commit.toHtmlEscaped(),
                            esc(o.value(QLatin1String("licence"))));
        }
        out += QStringLiteral("</ul>");
    }
    if (provenance.contains(QLatin1String("origin")))
        out += para(tr("Origin:"), rest.take(QLatin1String("origin")));
    if (provenance.contains(QLatin1String("source_file"))) {
        out += QStringLiteral("<p><b>%1</b> %2<br/><small>SHA-256 %3</small></p>")
                   .arg(tr("Packed from:").toHtmlEscaped(),
                        esc(rest.take(QLatin1String("source_file"))),
                        esc(rest.take(QLatin1String("source_sha256"))));
    }
    for (auto it = rest.constBegin(); it != rest.constEnd(); ++it)
        out += para(it.key() + QLatin1Char(':'), it.value());
    return out;
}

QString ProvenanceText::compactHtml(const QJsonObject &provenance)
{
    if (provenance.isEmpty())
        return tr("This table carries no provenance notes.").toHtmlEscaped();
    QString out;
    if (provenance.contains(QLatin1String("origin")))
        out += QStringLiteral("<p>%1</p>").arg(esc(provenance.value(QLatin1String("origin"))));
    const QJsonArray sources = provenance.value(QLatin1String("sources")).toArray();
    if (!sources.isEmpty()) {
        out += QStringLiteral("<p>%1</p><ul style=\"margin-left: 0px; -qt-list-indent: 1;\">")
                   .arg(tr("Sources:").toHtmlEscaped());
        for (const QJsonValue &s : sources) {
            const QJsonObject o = s.toObject();
            const QString repo = o.value(QLatin1String("repository")).toString();
            const QString url = githubUrl(repo, o.value(QLatin1String("commit")).toString());
            const QString name = url.isEmpty()
                ? repo.toHtmlEscaped()
                : QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(url.toHtmlEscaped(), repo.toHtmlEscaped());
            out += QStringLiteral("<li>%1 (%2): %3</li>")
                       .arg(name, esc(o.value(QLatin1String("licence"))),
                            esc(o.value(QLatin1String("input"))));
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace dnas::widgets
