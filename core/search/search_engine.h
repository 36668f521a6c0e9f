#pragma once

#include "search_control.h"
#include "search_events.h"

#include <memory>
#include <optional>

namespace dnas {

class RunStore;
struct StepRecord;

/**
 * Runs a search (DNAS or a baseline) on a benchmark table with exact query
 * accounting, headless. With a store, every query is written as it is made
 * and the engine's state after every completed step, so a run killed at any
 * moment resumes from its last completed step and ends exactly as an
 * uninterrupted run would (queries of the unfinished step are replayed from
 * the store, never paid for twice).
 *
 * Runs on the calling thread (the GUI's worker thread, the CLI's main
 * thread); the store, if any, must have been opened on that thread. The
 * observer receives events on the same thread; the control may be used from
 * any thread.
 */
class SearchEngine
{
public:
    SearchEngine(std::shared_ptr<const Benchmark> benchmark, RunStore *store = nullptr,
                 SearchObserver *observer = nullptr, SearchControl *control = nullptr);
    ~SearchEngine();

    /** A new run. Throws Error on a bad config or a config for another
     *  benchmark; errors during the run end it with status failed. */
    SearchResult run(const SearchConfig &config);
    /** Continues a stored run (needs a store). Throws Error when the run is
     *  missing, of another benchmark, or already finished. A damaged
     *  controller checkpoint is gone around: the run continues from the
     *  newest intact one (or the start), replaying the stored queries after
     *  it, and the observer gets a notice. */
    SearchResult resume(qint64 runId);

private:
    class Context;
    SearchResult execute(const SearchConfig &config, qint64 runId, bool resumed);
    /** The newest step of a run whose checkpoint loads (nullopt: the start). */
    std::optional<StepRecord> intactStep(qint64 runId, int storedQueries) const;

    std::shared_ptr<const Benchmark> m_benchmark;
    RunStore *m_store;
    SearchObserver *m_observer;
    SearchControl *m_control;
};

} // namespace dnas
