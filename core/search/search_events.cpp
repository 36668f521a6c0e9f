#include "search_events.h"

#include <QJsonDocument>

namespace dnas {

namespace {
const char *const kStatusKeys[] = {"running", "finished", "cancelled", "failed"};
const char *const kPhaseKeys[] = {"starting", "training", "sampling", "querying", "paused", "done"};
} // namespace

QString runStatusKey(RunStatus status)
{
    return QLatin1String(kStatusKeys[int(status)]);
}

std::optional<RunStatus> runStatusFromKey(const QString &key)
{
    for (int i = 0; i < 4; ++i) {
        if (key == QLatin1String(kStatusKeys[i]))
            return RunStatus(i);
    }
    return std::nullopt;
}

QString searchPhaseKey(SearchPhase phase)
{
    return QLatin1String(kPhaseKeys[int(phase)]);
}

QJsonObject SearchResult::toJson(bool nb101) const
{
    QJsonObject o;
    o.insert(QStringLiteral("run"), runId);
    o.insert(QStringLiteral("status"), runStatusKey(status));
    o.insert(QStringLiteral("queries"), queries);
    o.insert(QStringLiteral("wall_s"), seconds);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (best) {
        const QString text = cellToText(best->cell);
        o.insert(QStringLiteral("best_cell"),
                 nb101 ? QJsonValue(QJsonDocument::fromJson(text.toUtf8()).object())
                       : QJsonValue(text));
        o.insert(QStringLiteral("best_search"), best->metrics.searchAccuracy);
        o.insert(QStringLiteral("best_report"), best->metrics.reportedAccuracy);
        o.insert(QStringLiteral("flops"), best->metrics.flops);
        o.insert(QStringLiteral("params"), double(best->metrics.params));
        o.insert(QStringLiteral("row"), best->metrics.row);
        o.insert(QStringLiteral("found_at"), best->order + 1);
        o.insert(QStringLiteral("rank"), rank);
    }
    return o;
}

} // namespace dnas
