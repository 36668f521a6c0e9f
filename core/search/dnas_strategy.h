#pragma once

#include "search_strategy.h"

#include "../controller/controller.h"

#include <memory>

namespace dnas {

/**
 * DNAS (paper Algorithm 1) and, with β = 0 and no dense sampling, the
 * SemiNAS-style control. Starts from the shipped pretrained controller of
 * the space and fine-tunes it on the run's labelled cells.
 *
 * Step 0 queries the random initial set. Every later step is one iteration:
 *  1. train the controller on D′ (Eqn 5) and encode D′;
 *  2. promising regions from the top-k codes (Eqn 4) plus the user's;
 *  3. a pool of candidate cells: ε1 decoded from the regions (half of it
 *     from user regions when there are some), ε2 decoded near cells at the
 *     FLOPS edge (with a limit), a share of mutations of the best cells, the
 *     rest from the whole space (uniform cells, or decoded z ~ N(0, I));
 *  4. predicted labels for the pool, semi-supervised retraining on D′ ∪ D̂,
 *     then a refit of the predictor heads on D′ (ranking loss);
 *  5. gradient steps in z (Eqn 7) from the top-P cells within F(1 + τ);
 *  6. query the candidates with the best predicted accuracy within F (or,
 *     selection "gradient", the gradient-step cells first, as the paper).
 * The remaining budget is spread evenly over the remaining iterations.
 */
class DnasStrategy : public SearchStrategy
{
public:
    /** Loads the shipped controller of the config's space (throws Error). */
    explicit DnasStrategy(const SearchConfig &config);
    ~DnasStrategy() override;

    bool step(SearchContext &ctx) override;
    QJsonObject state() const override;
    void restore(const QJsonObject &state, const QByteArray &controller,
                 SearchContext &ctx) override;
    QByteArray controllerBytes() const override;
    std::optional<IterationRecord> takeIteration() override;

    const Controller &controller() const { return *m_controller; }

private:
    bool iterate(SearchContext &ctx);

    std::unique_ptr<Controller> m_controller;
    int m_iteration = 0; // 0: the initial set is next
    std::optional<IterationRecord> m_record;
};

} // namespace dnas
