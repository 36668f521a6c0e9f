#pragma once

#include "../bench/benchmark.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace dnas {

/** The search methods of the engine: DNAS, the SemiNAS-style control (β = 0,
 *  no dense sampling) and three baselines. */
enum class SearchMethod { Dnas, Semi, RegularizedEvolution, Random, LocalSearch };

/** "dnas", "semi", "re", "random", "ls". */
QString searchMethodKey(SearchMethod method);
std::optional<SearchMethod> searchMethodFromKey(const QString &key);
QStringList searchMethodKeys();

/**
 * Everything that determines a run: with the same config (seed included),
 * benchmark table and thread count a run makes the same queries in the same
 * order. Stored with every run; JSON keys are the field names in snake_case
 * (see toJson). Fields that do not apply to a method are ignored by it.
 */
struct SearchConfig
{
    BenchmarkId benchmark = BenchmarkId::Nb101;
    SearchMethod method = SearchMethod::Dnas;
    int budget = 300; ///< queries: distinct cells evaluated
    std::uint64_t seed = 0;
    /** FLOPS limit F (a count); none: unconstrained. */
    std::optional<double> flopsMax;
    /** "default" (measured best) or "paper" (Algorithm 1 taken literally). */
    QString preset = QStringLiteral("default");

    // --- DNAS and semi ------------------------------------------------------
    int initial = 100; ///< random labelled cells before the first iteration
    int iterations = 10; ///< L: the remaining budget is spread over these
    double alpha = 0.8, lambda = 0.3, mu = 1.0; ///< Eqn 5 weights for fine-tuning
    double beta = 0.05; ///< KL weight for fine-tuning; 0 = entangled control
    int epochs = 20; ///< fine-tuning epochs per iteration on the labelled set
    int topK = 3; ///< k of Eqn 4
    double sigma = 0.05; ///< σ of Eqn 4
    bool denseSampling = true; ///< region and FLOPS-edge sampling (ablation switch)
    double eps1 = 0.05; ///< share of the pool from promising regions
    double eps2 = 0.1; ///< share from the FLOPS edge (used only with a limit; else whole space)
    int pool = 10000; ///< unlabelled cells sampled per iteration
    /** "cells": the whole-space share is uniform valid cells; "latent": it is
     *  decoded from z ~ N(0, I) (the paper). */
    QString wholeSpace = QStringLiteral("cells");
    double mutationShare = 0.3; ///< share of the pool from mutations of the best cells
    int pseudoLabels = 1000; ///< predicted-label cells added to the retraining (D̂)
    int pseudoEpochs = 2; ///< epochs of the semi-supervised retraining
    bool refit = true; ///< refit the predictor heads on the labelled set (ranking loss)
    int topP = 100; ///< P: seeds of the gradient step
    double eta1 = 0.1; ///< Eqn 7 step on ∂acc/∂z (normalised units, grown k·η)
    double eta2 = 0.0; ///< Eqn 7 step against ∂flops/∂z
    double flopsTolerance = 0.05; ///< τ as a fraction of F: seeds within F(1 + τ)
    double flopsEdge = 0.1; ///< edge width as a fraction of F: [F(1 − w), F]
    /** "predicted": query the candidates (pool and gradient steps) with the
     *  best predicted accuracy; "gradient": query the gradient-step cells of
     *  the top-P seeds in order (the paper). */
    QString selection = QStringLiteral("predicted");

    // --- regularized evolution ------------------------------------------
    int population = 50;
    int tournament = 10;

    // --- storage ---------------------------------------------------------------
    /** Keep the controller checkpoint of every iteration, or only the last. */
    bool keepAllCheckpoints = true;

    /** The settings of a method and budget: initial = budget/3, semi with
     *  β = 0 and no dense sampling, paper preset when preset == "paper". */
    static SearchConfig defaults(BenchmarkId benchmark, SearchMethod method, int budget,
                                 const QString &preset = QStringLiteral("default"));
    /** ε3 = 1 − ε1 − ε2 (the whole space). */
    double eps3() const { return 1.0 - eps1 - eps2; }

    QJsonObject toJson() const;
    /**
     * Reads a config: keys absent from json keep the values of `base`;
     * unknown keys and out-of-range values throw Error naming the key.
     */
    static SearchConfig fromJson(const QJsonObject &json, const SearchConfig &base);
    /** Empty when consistent, else what is wrong (naming the key). */
    QString problem() const;
};

} // namespace dnas
