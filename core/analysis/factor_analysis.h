#pragma once

#include "cell_changes.h"
#include "mutual_information.h"

#include "controller/controller.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace dnas {

/**
 * What factor analysis needs of a model: codes for cells and cells for
 * codes. The controller is one (ControllerCodec); tests build codecs whose
 * latent structure is known by construction.
 */
class LatentCodec
{
public:
    virtual ~LatentCodec() = default;
    virtual int latentSize() const = 0;
    /** μ of every cell. */
    virtual std::vector<Latent> encode(const std::vector<Cell> &cells) const = 0;
    /** A cell per code, nullopt where the decode is not a valid cell. */
    virtual std::vector<std::optional<Cell>> decode(const std::vector<Latent> &codes) const = 0;
};

/** A controller as a LatentCodec (not owned; use from one thread). */
class ControllerCodec : public LatentCodec
{
public:
    explicit ControllerCodec(const Controller &controller)
        : m_controller(controller)
    { }
    int latentSize() const override { return m_controller.latentSize(); }
    std::vector<Latent> encode(const std::vector<Cell> &cells) const override
    {
        return m_controller.encode(cells);
    }
    std::vector<std::optional<Cell>> decode(const std::vector<Latent> &codes) const override
    {
        return m_controller.decode(codes);
    }

private:
    const Controller &m_controller;
};

struct FactorOptions
{
    /** Offsets added to one dimension of each start code (the traversal). */
    std::vector<double> offsets {-0.4, -0.3, -0.2, -0.1, 0.1, 0.2, 0.3, 0.4};
    /** A dimension changing fewer decodes than this share is "inactive". */
    double minActivity = 0.02;
    /** Offsets in units of each dimension's standard deviation of μ over the
     *  start cells, instead of absolute: compares codes of different scale
     *  (a β = 0 autoencoder's μ are not tied to N(0, 1)). */
    bool relativeOffsets = false;

    /** The traversal that shows a controller's factors: ±0.1 … ±0.4 for
     *  the LSTM decoder; ±0.5 … ±2 standard deviations for the independent
     *  decoder, whose per-position decisions have wide margins (±0.4 changes
     *  none of its decodes). */
    static FactorOptions forController(const ControllerConfig &config);

    /** The offsets of `dim` in latent units: `offsets`, times the spread of
     *  that dimension over `codes` (latentSpread) when relativeOffsets. */
    std::vector<double> offsetsFor(const std::vector<Latent> &codes, int dim) const;
    /** The traversal values around `z` on `dim`: z itself and every offset
     *  of offsetsFor(), ascending (the points a traversal strip shows). */
    std::vector<double> traversalValues(const Latent &z, const std::vector<Latent> &codes,
                                        int dim) const;
};

/** Sample standard deviation of dimension `dim` over `codes`; 1 for fewer
 *  than two codes (offsets then stay absolute). */
double latentSpread(const std::vector<Latent> &codes, int dim);

/** One latent dimension, as factor analysis describes it. */
struct DimensionFactor
{
    int dim = 0;
    /** "op of vertex 3: conv3x3-bn-relu → maxpool3x3", "number of
     *  vertices", "inactive", … (the concept, plus its most frequent
     *  change for op concepts). */
    QString label;
    QString concept; ///< the concept alone (empty when inactive)
    /** Share of changed decodes whose only concept is `concept` (0–1). */
    double purity = 0;
    /** Share of traversal decodes that differ from the start cell (0–1). */
    double activity = 0;
    double rhoAccuracy = 0; ///< Spearman ρ of μ_dim with accuracy over the labelled cells
    double rhoFlops = 0; ///< the same with FLOPS
    int decodes = 0; ///< traversal decodes made
    int changed = 0; ///< of them, different from the start cell
    /** Concepts of changed decodes with their counts (a decode about two
     *  concepts counts for both), most frequent first. */
    std::vector<std::pair<QString, int>> concepts;

    bool isActive() const { return !concept.isEmpty(); }
    /** How much the dimension matters for the search: |ρ_acc| (ties: |ρ_flops|). */
    double relevance() const;
};

/**
 * The factors of a codec. score is the mean purity of the active
 * dimensions (0 when none is active): 1 when every change a dimension makes
 * is about one concept, lower the more a dimension's changes mix concepts.
 * distinctConcepts counts the different concepts the active dimensions are
 * labelled with (a disentangled code spreads them; several dimensions
 * controlling the same concept lower it).
 */
struct FactorReport
{
    double score = 0;
    int activeDimensions = 0;
    int distinctConcepts = 0;
    int startCells = 0; ///< start cells whose own code decoded validly
    std::vector<DimensionFactor> dims; ///< by dimension
    /** The encoder's side: the mutual-information gap of the labelled
     *  cells' codes against the cells' own factors (see
     *  mutualInformationGap), and each factor's best dimension. */
    double mig = 0;
    std::vector<FactorInformation> factors;

    /** {score, active, distinct, start_cells, mig, dims: [{dim, label,
     *  purity, activity, rho_acc, rho_flops, decodes, changed}], factors:
     *  [{factor, best_dim, information, gap}]} */
    QJsonObject toJson() const;
    /** The dimensions ordered by relevance, most relevant first. */
    std::vector<DimensionFactor> byRelevance() const;
};

/**
 * Traverses every dimension around the codes of `startCells` (each offset of
 * `options`, the other dimensions fixed), decodes, and classifies each
 * decode against the decode of the unmoved code (so an imperfect
 * reconstruction is not counted as a change; start cells whose own code does
 * not decode validly are skipped). ρ comes from the codes of `labelled` with
 * `accuracy` and `flops` (as long as `labelled`; empty: ρ = 0).
 * `progress(done, total)` is called per dimension; returning false cancels
 * (then Error is thrown).
 */
FactorReport analyseFactors(const LatentCodec &codec, const std::vector<Cell> &startCells,
                            const std::vector<Cell> &labelled, const std::vector<double> &accuracy,
                            const std::vector<double> &flops, const FactorOptions &options = {},
                            const std::function<bool(int, int)> &progress = {});

} // namespace dnas
