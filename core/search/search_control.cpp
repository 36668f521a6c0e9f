#include "search_control.h"

namespace dnas {

void SearchControl::cancel()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancel = true;
    }
    m_wake.notify_all();
}

void SearchControl::pause()
{
    m_pause = true;
}

void SearchControl::resume()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pause = false;
    }
    m_wake.notify_all();
}

bool SearchControl::waitWhilePaused()
{
    if (!m_pause.load())
        return false;
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_pause.load() || m_cancel.load(); });
    return true;
}

void SearchControl::setUserRegions(const RegionSet &regions)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_regions = regions;
}

RegionSet SearchControl::userRegions() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_regions;
}

void SearchControl::requestQuery(const Cell &cell)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_requests.push_back(cell);
}

std::vector<Cell> SearchControl::takeQueryRequests()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    std::vector<Cell> out;
    out.swap(m_requests);
    return out;
}

} // namespace dnas
