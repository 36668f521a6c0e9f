#pragma once

#include "regions.h"

#include "../space/cell.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace dnas {

/**
 * The thread-safe handle another thread (the GUI) uses to steer a running
 * search: pause, resume, cancel, replace the user's regions, ask for cells to
 * be queried. The engine polls it between batches and queries, so every
 * request is honoured within about a second.
 */
class SearchControl
{
public:
    void cancel();
    bool isCancelled() const { return m_cancel.load(); }
    /** The flag itself, for Controller::train's cancel parameter. */
    const std::atomic<bool> *cancelFlag() const { return &m_cancel; }

    void pause();
    void resume();
    bool isPaused() const { return m_pause.load(); }
    /** Blocks while paused (returns at once when cancelled); true when it
     *  waited. Called by the engine's thread only. */
    bool waitWhilePaused();

    /** Replaces the whole list of user regions at once; the next sampling
     *  step uses it. */
    void setUserRegions(const RegionSet &regions);
    RegionSet userRegions() const;

    /** Queues a cell to be queried at the engine's next step boundary. */
    void requestQuery(const Cell &cell);
    std::vector<Cell> takeQueryRequests();

private:
    std::atomic<bool> m_cancel {false};
    std::atomic<bool> m_pause {false};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    RegionSet m_regions;
    std::vector<Cell> m_requests;
};

} // namespace dnas
