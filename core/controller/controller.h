#pragma once

#include "controller_config.h"
#include "token_codec.h"

#include "../space/cell.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dnas {

/** Sets LibTorch's intra-op thread count for the whole process (results are
 *  bit-identical only for the same count; tests and benchmarks pin 1). */
void setTorchThreads(int threads);

/** A point of the latent space. */
using Latent = std::vector<float>;

/** Predicted metrics of a latent point (de-normalised: accuracy as a
 *  fraction, FLOPS as a count). */
struct Prediction
{
    double accuracy = 0;
    double flops = 0;
};

/** One training example. accuracy: measured or predicted (pseudo-label), or
 *  none (then the cell only trains the autoencoder and the FLOPS predictor). */
struct TrainingSample
{
    Cell cell;
    std::optional<double> accuracy;
    double flops = 0;
};

struct TrainOptions
{
    int epochs = 50;
    int maxSteps = 0; ///< stop after this many optimiser steps (0: no limit)
    int batchSize = 100;
    double learningRate = 1e-3;
    /** With maxSteps: the rate decays exponentially to this by the last step
     *  (0: constant rate). Pretraining starts high and ends low. */
    double finalLearningRate = 0;
    double clipNorm = 5.0;
    int patience = 10; ///< epochs without improvement before stopping (0: never)
    /** Re-estimate the accuracy normalisation (mean, std) from the samples'
     *  accuracies before training (the labelled set's z-scoring). */
    bool renormaliseAccuracy = true;
};

/** Mean losses of one epoch (per sample; rec in nats per cell). */
struct EpochLosses
{
    int epoch = 0;
    int steps = 0; ///< optimiser steps taken so far (over the controller's life)
    double total = 0;
    double accuracy = 0;
    double flops = 0;
    double reconstruction = 0;
    double kl = 0;
    double capacity = 0;
    double seconds = 0;
};

struct TrainReport
{
    std::vector<EpochLosses> epochs;
    bool cancelled = false;
    bool earlyStopped = false;
    double seconds = 0;
};

/**
 * The DNAS controller (paper Figure 1): token embedding → single-layer LSTM
 * encoder → μ, log σ² → z; a multi-layer LSTM decoder conditioned on z only
 * (its initial state and its input at every step), greedy decoding
 * constrained by position; an accuracy MLP and a FLOPS MLP on z.
 *
 * LibTorch stays behind the pimpl. One Controller must be used by one thread
 * at a time; snapshot() gives an independent copy for another thread (the
 * GUI's slider decoding). Every result is bit-identical for the same seed,
 * data and thread count (at::set_num_threads).
 */
class Controller
{
public:
    /** Fresh weights drawn from config.seed; throws Error on a bad config. */
    explicit Controller(const ControllerConfig &config);
    ~Controller();
    Controller(const Controller &) = delete;
    Controller &operator=(const Controller &) = delete;

    const ControllerConfig &config() const;
    const TokenCodec &codec() const;
    int latentSize() const { return config().latent; }

    /** μ of each cell (cells that are invalid or of the other space give an
     *  empty Latent). */
    std::vector<Latent> encode(const std::vector<Cell> &cells) const;
    /** The raw token sequences of greedy constrained decoding. */
    std::vector<std::vector<std::int64_t>> decodeTokens(const std::vector<Latent> &z) const;
    /** Greedy constrained decoding; nullopt where the result is no valid cell. */
    std::vector<std::optional<Cell>> decode(const std::vector<Latent> &z) const;
    std::optional<Cell> decode(const Latent &z) const;
    std::vector<Prediction> predict(const std::vector<Latent> &z) const;
    Prediction predict(const Latent &z) const;

    /** ∂f_acc/∂z and ∂f_flops/∂z of the normalised predictors at z. */
    void gradients(const Latent &z, Latent *accGradient, Latent *flopsGradient) const;
    /**
     * Eqn 7 with a schedule: for k = 1..maxTries, z_k = z + k·(η1·∂acc/∂z −
     * η2·∂flops/∂z); returns the first decoded cell accepted by isNew (e.g.
     * valid and not seen before), with the z that produced it, or nullopt.
     */
    std::optional<std::pair<Cell, Latent>>
    gradientStep(const Latent &z, double eta1, double eta2,
                 const std::function<bool(const Cell &)> &isNew, int maxTries = 10) const;
    /** Decodes z with dimension dim set to each of values in turn. */
    std::vector<std::optional<Cell>> traverse(const Latent &z, int dim,
                                              const std::vector<double> &values) const;

    /** Trains on samples (Eqn 5); onEpoch after every epoch; polls cancel
     *  between batches. Throws Error when no sample is usable. */
    TrainReport train(const std::vector<TrainingSample> &samples, const TrainOptions &options,
                      const std::function<void(const EpochLosses &)> &onEpoch = {},
                      const std::atomic<bool> *cancel = nullptr);

    /**
     * Refits the accuracy and FLOPS MLPs on the encoder's μ, which stays
     * fixed (no reconstruction or KL terms, so thousands of cheap epochs).
     * A tenth of the samples (every 10th) is held back to stop when its loss
     * has not improved for `patience` epochs; the best weights are kept.
     * Samples without accuracy train only the FLOPS head. rankingWeight adds
     * a pairwise logistic ranking loss on the accuracy head (what a search
     * needs is the order of cells, not their values).
     */
    TrainReport fitPredictors(const std::vector<TrainingSample> &samples, int epochs = 500,
                              int patience = 30, double rankingWeight = 0.0,
                              const std::atomic<bool> *cancel = nullptr);

    /** Mean KL per latent dimension over these cells (nats): a dimension
     *  with more than 0.01 is "active". */
    std::vector<double> klPerDimension(const std::vector<Cell> &cells) const;

    /** Changes the loss weights α, λ, μ, β for later training (e.g. β = 0
     *  fine-tuning for the entangled control); architecture stays. */
    void setLossWeights(double alpha, double lambda, double mu, double beta);

    /** Seeds later training (batch order, reparameterisation noise) without
     *  touching the weights: a search fine-tunes the shipped controller with
     *  its own seed. */
    void setTrainingSeed(std::uint64_t seed);

    /** Accuracy normalisation (fraction mean and std) used by the predictor. */
    std::pair<double, double> accuracyNormalisation() const;
    void setAccuracyNormalisation(double mean, double std);
    /** Sets the accuracy normalisation to the mean and std of the samples'
     *  accuracies (the labelled set's z-scoring); needs two of them. */
    void normaliseAccuracy(const std::vector<TrainingSample> &samples);
    /** log-FLOPS normalisation, fixed when the controller is created from the
     *  first training set (pretraining). */
    std::pair<double, double> flopsNormalisation() const;

    /** An independent deep copy (weights, normalisation, optimiser step count). */
    std::unique_ptr<Controller> snapshot() const;

    /** The whole controller (config, weights, normalisation) as bytes / a file. */
    QByteArray toBytes() const;
    static std::unique_ptr<Controller> fromBytes(const QByteArray &bytes);
    void save(const QString &path) const;
    /** Throws Error naming the file when it is missing or not a controller. */
    static std::unique_ptr<Controller> load(const QString &path);

private:
    struct Impl;
    explicit Controller(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace dnas
