#pragma once

#include "search/search_events.h"

#include <QString>

namespace dnas::widgets {

/** A run's status as shown to the user ("finished"), translated; core's
 *  runStatusKey() stays the stored, untranslated key. */
QString runStatusTitle(RunStatus status);
/** A search phase as shown in the progress line ("training"), translated. */
QString searchPhaseTitle(SearchPhase phase);

} // namespace dnas::widgets
