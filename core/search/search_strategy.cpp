#include "search_strategy.h"

#include "baselines.h"
#include "dnas_strategy.h"

namespace dnas {

double SearchContext::flopsOf(const Cell &cell) const
{
    const int row = benchmark().rowOf(cell);
    return row < 0 ? -1.0 : benchmark().metrics(row, nullptr).flops;
}

bool SearchContext::withinLimit(double flops, double slack) const
{
    return !config().flopsMax || flops <= *config().flopsMax * (1.0 + slack);
}

const QueryRecord *SearchContext::bestLabelled() const
{
    const QueryRecord *best = nullptr;
    for (const QueryRecord &q : labelled()) {
        if (withinLimit(q.metrics.flops)
            && (!best || q.metrics.searchAccuracy > best->metrics.searchAccuracy))
            best = &q;
    }
    return best;
}

std::unique_ptr<SearchStrategy> makeSearchStrategy(const SearchConfig &config)
{
    switch (config.method) {
    case SearchMethod::Random:
        return std::make_unique<RandomSearch>();
    case SearchMethod::RegularizedEvolution:
        return std::make_unique<RegularizedEvolution>();
    case SearchMethod::LocalSearch:
        return std::make_unique<LocalSearch>();
    case SearchMethod::Dnas:
    case SearchMethod::Semi:
        return std::make_unique<DnasStrategy>(config);
    }
    return nullptr;
}

} // namespace dnas
