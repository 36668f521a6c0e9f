#pragma once

#include "token_codec.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace dnas {

/**
 * Architecture and loss weights of a DNAS controller (paper Eqn 5):
 *   L = α·Lacc + λ·Lflops + μ·Lrec + β·KLterm
 * with KLterm = KL (plain β-VAE) or |KL − C| where the capacity C grows
 * linearly from 0 to capacityMax nats over capacitySteps optimiser steps
 * (capacity-controlled β-VAE, Burgess et al. 2018). KL is summed over latent
 * dimensions, Lrec over token positions, both averaged over the batch.
 */
struct ControllerConfig
{
    SpaceKind space = SpaceKind::Nb101;
    int hidden = 64; ///< LSTM width (encoder and decoder)
    int latent = 16; ///< size of z
    int embedding = 32; ///< token embedding width
    int decoderLayers = 2; ///< stacked decoder LSTM layers
    int accHidden = 64; ///< accuracy MLP: latent → accHidden → 1
    int flopsHidden = 64; ///< FLOPS MLP: latent → flopsHidden → 1; 0 = linear (the paper's)
    /** Encoder summary of the sequence: false = last hidden state, true =
     *  mean of the LSTM outputs over positions (shorter gradient paths to the
     *  first tokens). */
    bool meanPooling = true;
    double alpha = 0.8; ///< accuracy loss weight
    double lambda = 0.3; ///< FLOPS loss weight
    double mu = 1.0; ///< reconstruction loss weight
    double beta = 0.05; ///< KL weight; 0 = entangled (NAO/SemiNAS-style) control
    double capacityMax = 0.0; ///< nats; 0 = no capacity control (plain β·KL)
    int capacitySteps = 2000; ///< steps over which C grows to capacityMax
    std::uint64_t seed = 0;
    /** Research option for factor analysis: every token from z alone, by an
     *  MLP (p(x|z) = Π p(x_t|z), no LSTM context between positions), instead
     *  of the autoregressive LSTM decoder. Stored only when set, so the
     *  shipped controllers' files stay as they were. */
    bool independentDecoder = false;

    /** The paper's settings taken literally: hidden = latent = 26, α = 0.8,
     *  λ = 0.3, μ = 0.2, β = 1, no capacity control. */
    static ControllerConfig paper(SpaceKind space);
    /** The defaults: hidden 64, latent 16, mean-pooled encoder, FLOPS MLP,
     *  μ = 1, β = 0.05 without capacity control. Measured on NB-101 after
     *  12,000 pretraining steps: 100 % exact reconstruction of held-out cells
     *  with 8 of 16 dimensions active, where capacity control (β = 1,
     *  C = 40 nats) reached 93.5 % with all 16 active and the paper's
     *  weights collapse (see the controller issue's closing note). */
    static ControllerConfig defaults(SpaceKind space);

    QJsonObject toJson() const;
    /** Throws Error naming the key when a value is missing or out of range. */
    static ControllerConfig fromJson(const QJsonObject &json);
    /** Empty when every value is in range, else what is wrong. */
    QString problem() const;
};

} // namespace dnas
