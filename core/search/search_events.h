#pragma once

#include "cell_source.h"
#include "regions.h"
#include "search_config.h"

#include "../bench/benchmark.h"
#include "../controller/controller.h"

#include <QJsonObject>
#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace dnas {

/** One query of a run, in the order made. */
struct QueryRecord
{
    int order = 0; ///< 0-based position in the run (= queries before it)
    Cell cell;
    CellMetrics metrics; ///< metrics.row is the table row
    CellSource source = CellSource::Initial;
    int iteration = 0; ///< 0: before the first DNAS iteration / baseline step index
    std::optional<Prediction> predicted; ///< what the controller expected, when it did
};

/** What a DNAS iteration leaves behind (the GUI's factor plots, the store). */
struct IterationRecord
{
    int iteration = 0;
    int queries = 0; ///< queries used when it finished
    std::vector<Latent> latents; ///< μ of every labelled cell, in query order
    RegionSet regions; ///< automatic and user regions its sampling used
    std::vector<EpochLosses> losses; ///< every training epoch of the iteration
    QJsonObject stats; ///< pool counts per source, valid decodes, timings
    /** A snapshot of the controller after the iteration's training, for
     *  another thread to decode with (not stored; null when loaded). */
    std::shared_ptr<const Controller> controller;
};

enum class RunStatus { Running, Finished, Cancelled, Failed };
/** "running", "finished", "cancelled", "failed". */
QString runStatusKey(RunStatus status);
std::optional<RunStatus> runStatusFromKey(const QString &key);

/** How a run ended. best is empty when nothing was queried. */
struct SearchResult
{
    qint64 runId = 0;
    RunStatus status = RunStatus::Running;
    std::optional<QueryRecord> best; ///< by search metric, first reached
    int rank = 0; ///< table rank of best's reported accuracy (1 = the table's best)
    int queries = 0;
    double seconds = 0;
    QString error; ///< when failed
    QJsonObject toJson(bool nb101) const;
};

/** What the engine is doing (the GUI's progress line). */
enum class SearchPhase { Starting, Training, Sampling, Querying, Paused, Done };
QString searchPhaseKey(SearchPhase phase);

/**
 * Receives the engine's events, on the engine's thread, in order. The GUI's
 * worker turns them into queued signals; the CLI draws a progress bar.
 * Implementations must return quickly and must not call back into the engine.
 */
class SearchObserver
{
public:
    virtual ~SearchObserver() = default;
    virtual void runStarted(qint64 runId, const SearchConfig &config, bool resumed)
    {
        Q_UNUSED(runId)
        Q_UNUSED(config)
        Q_UNUSED(resumed)
    }
    virtual void phaseChanged(SearchPhase phase, int iteration)
    {
        Q_UNUSED(phase)
        Q_UNUSED(iteration)
    }
    virtual void queryMade(const QueryRecord &query) { Q_UNUSED(query) }
    virtual void bestImproved(const QueryRecord &best) { Q_UNUSED(best) }
    virtual void iterationFinished(const IterationRecord &record) { Q_UNUSED(record) }
    virtual void runEnded(const SearchResult &result) { Q_UNUSED(result) }
    /** Something the user should know that does not stop the run (a
     *  damaged checkpoint a resume went around). */
    virtual void notice(const QString &message) { Q_UNUSED(message) }
};

} // namespace dnas

// Value types that cross threads in queued signals (the GUI's worker).
Q_DECLARE_METATYPE(dnas::SearchConfig)
Q_DECLARE_METATYPE(dnas::QueryRecord)
Q_DECLARE_METATYPE(dnas::IterationRecord)
Q_DECLARE_METATYPE(dnas::SearchResult)
Q_DECLARE_METATYPE(dnas::SearchPhase)
Q_DECLARE_METATYPE(dnas::RegionSet)
