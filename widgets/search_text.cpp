#include "search_text.h"

#include <QCoreApplication>

namespace dnas::widgets {

QString runStatusTitle(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return QCoreApplication::translate("dnas::widgets::SearchText", "running");
    case RunStatus::Finished:
        return QCoreApplication::translate("dnas::widgets::SearchText", "finished");
    case RunStatus::Cancelled:
        return QCoreApplication::translate("dnas::widgets::SearchText", "stopped");
    case RunStatus::Failed:
        return QCoreApplication::translate("dnas::widgets::SearchText", "failed");
    }
    return runStatusKey(status);
}

QString searchPhaseTitle(SearchPhase phase)
{
    switch (phase) {
    case SearchPhase::Starting:
        return QCoreApplication::translate("dnas::widgets::SearchText", "starting");
    case SearchPhase::Training:
        return QCoreApplication::translate("dnas::widgets::SearchText", "training");
    case SearchPhase::Sampling:
        return QCoreApplication::translate("dnas::widgets::SearchText", "sampling");
    case SearchPhase::Querying:
        return QCoreApplication::translate("dnas::widgets::SearchText", "querying");
    case SearchPhase::Paused:
        return QCoreApplication::translate("dnas::widgets::SearchText", "paused");
    case SearchPhase::Done:
        return QCoreApplication::translate("dnas::widgets::SearchText", "done");
    }
    return searchPhaseKey(phase);
}

} // namespace dnas::widgets
