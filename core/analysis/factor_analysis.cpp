#include "factor_analysis.h"

#include "statistics.h"

#include "util/error.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace dnas {

FactorOptions FactorOptions::forController(const ControllerConfig &config)
{
    FactorOptions o;
    if (config.independentDecoder) {
        o.relativeOffsets = true;
        o.offsets = {-2.0, -1.5, -1.0, -0.5, 0.5, 1.0, 1.5, 2.0};
    }
    return o;
}

double latentSpread(const std::vector<Latent> &codes, int dim)
{
    if (codes.size() < 2)
        return 1;
    std::vector<double> values;
    values.reserve(codes.size());
    for (const Latent &z : codes)
        values.push_back(z[std::size_t(dim)]);
    return sampleStd(values);
}

std::vector<double> FactorOptions::offsetsFor(const std::vector<Latent> &codes, int dim) const
{
    const double unit = relativeOffsets ? latentSpread(codes, dim) : 1.0;
    std::vector<double> scaled;
    scaled.reserve(offsets.size());
    for (double o : offsets)
        scaled.push_back(o * unit);
    return scaled;
}

std::vector<double> FactorOptions::traversalValues(const Latent &z,
                                                   const std::vector<Latent> &codes, int dim) const
{
    std::vector<double> values {0};
    for (double o : offsetsFor(codes, dim))
        values.push_back(o);
    std::sort(values.begin(), values.end());
    for (double &v : values)
        v += z[std::size_t(dim)];
    return values;
}

double DimensionFactor::relevance() const
{
    return std::abs(rhoAccuracy) + 1e-3 * std::abs(rhoFlops);
}

QJsonObject FactorReport::toJson() const
{
    QJsonArray list;
    for (const DimensionFactor &d : dims) {
        QJsonObject o;
        o.insert(QStringLiteral("dim"), d.dim);
        o.insert(QStringLiteral("label"), d.label);
        o.insert(QStringLiteral("purity"), d.purity);
        o.insert(QStringLiteral("activity"), d.activity);
        o.insert(QStringLiteral("rho_acc"), d.rhoAccuracy);
        o.insert(QStringLiteral("rho_flops"), d.rhoFlops);
        o.insert(QStringLiteral("decodes"), d.decodes);
        o.insert(QStringLiteral("changed"), d.changed);
        list.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("score"), score);
    o.insert(QStringLiteral("active"), activeDimensions);
    o.insert(QStringLiteral("distinct"), distinctConcepts);
    o.insert(QStringLiteral("start_cells"), startCells);
    o.insert(QStringLiteral("dims"), list);
    o.insert(QStringLiteral("mig"), mig);
    QJsonArray infos;
    for (const FactorInformation &f : factors) {
        if (f.bestDim < 0)
            continue;
        QJsonObject i;
        i.insert(QStringLiteral("factor"), f.factor);
        i.insert(QStringLiteral("best_dim"), f.bestDim);
        i.insert(QStringLiteral("information"), f.bestInformation);
        i.insert(QStringLiteral("gap"), f.gap);
        infos.append(i);
    }
    o.insert(QStringLiteral("factors"), infos);
    return o;
}

std::vector<DimensionFactor> FactorReport::byRelevance() const
{
    std::vector<DimensionFactor> sorted = dims;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DimensionFactor &a, const DimensionFactor &b) {
                         return a.relevance() > b.relevance();
                     });
    return sorted;
}

FactorReport analyseFactors(const LatentCodec &codec, const std::vector<Cell> &startCells,
                            const std::vector<Cell> &labelled, const std::vector<double> &accuracy,
                            const std::vector<double> &flops, const FactorOptions &options,
                            const std::function<bool(int, int)> &progress)
{
    const int d = codec.latentSize();
    FactorReport report;

    // The start points: codes whose own decode is a valid cell.
    std::vector<Latent> codes;
    std::vector<Cell> reference;
    {
        const std::vector<Latent> all = codec.encode(startCells);
        const std::vector<std::optional<Cell>> decoded = codec.decode(all);
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (decoded[i]) {
                codes.push_back(all[i]);
                reference.push_back(*decoded[i]);
            }
        }
    }
    report.startCells = int(codes.size());

    // ρ of each dimension with accuracy and FLOPS.
    std::vector<Latent> labelledCodes;
    if (!labelled.empty())
        labelledCodes = codec.encode(labelled);
    const bool withRho = labelledCodes.size() == accuracy.size()
        && labelledCodes.size() == flops.size() && labelledCodes.size() >= 2;
    if (labelledCodes.size() >= 2)
        report.mig = mutualInformationGap(labelledCodes, cellFactors(labelled), &report.factors);

    std::map<QString, int> labelCount;
    double puritySum = 0;
    for (int dim = 0; dim < d; ++dim) {
        if (progress && !progress(dim, d))
            throw Error(QStringLiteral("factor analysis cancelled"));
        DimensionFactor f;
        f.dim = dim;

        std::vector<Latent> moved;
        const std::vector<double> offsets = options.offsetsFor(codes, dim);
        moved.reserve(codes.size() * offsets.size());
        for (const Latent &z : codes) {
            for (double offset : offsets) {
                Latent m = z;
                m[std::size_t(dim)] += float(offset);
                moved.push_back(std::move(m));
            }
        }
        const std::vector<std::optional<Cell>> decoded = codec.decode(moved);
        std::map<QString, int> concepts; // every concept of every changed decode
        std::map<QString, int> pure; // decodes about exactly one concept
        std::map<QString, std::map<QString, int>> transitions; // op concept → change text
        for (std::size_t i = 0; i < decoded.size(); ++i) {
            const Cell &start = reference[i / options.offsets.size()];
            const std::vector<CellChange> changes = cellChanges(start, decoded[i]);
            ++f.decodes;
            if (changes.empty())
                continue;
            ++f.changed;
            const std::vector<QString> about = changeConcepts(changes);
            for (const QString &c : about)
                ++concepts[c];
            if (about.size() == 1) {
                ++pure[about.front()];
                for (const CellChange &c : changes)
                    if (c.kind == CellChange::Kind::Op && c.concept() == about.front())
                        ++transitions[about.front()]
                                     [QStringLiteral("%1 → %2").arg(c.fromOp, c.toOp)];
            }
        }
        f.activity = f.decodes > 0 ? double(f.changed) / f.decodes : 0;
        for (const auto &[c, n] : concepts)
            f.concepts.emplace_back(c, n);
        std::stable_sort(f.concepts.begin(), f.concepts.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });

        if (f.changed > 0 && f.activity >= options.minActivity) {
            // The concept that alone explains the most changed decodes; on
            // ties the one most often involved at all.
            QString best;
            int bestPure = -1;
            for (const auto &[c, n] : f.concepts) {
                const int p = pure.count(c) ? pure.at(c) : 0;
                if (p > bestPure) {
                    best = c;
                    bestPure = p;
                }
            }
            f.concept = best;
            f.purity = double(std::max(0, bestPure)) / f.changed;
            f.label = best;
            if (transitions.count(best)) {
                const auto &t = transitions.at(best);
                const auto top = std::max_element(
                    t.begin(), t.end(),
                    [](const auto &a, const auto &b) { return a.second < b.second; });
                f.label += QStringLiteral(": ") + top->first;
            }
            ++report.activeDimensions;
            puritySum += f.purity;
            ++labelCount[best];
        } else {
            f.label = QStringLiteral("inactive");
        }

        if (withRho) {
            std::vector<double> column;
            column.reserve(labelledCodes.size());
            for (const Latent &z : labelledCodes)
                column.push_back(z[std::size_t(dim)]);
            f.rhoAccuracy = spearmanRho(column, accuracy);
            f.rhoFlops = spearmanRho(column, flops);
        }
        report.dims.push_back(std::move(f));
    }
    if (progress)
        progress(d, d);
    report.score = report.activeDimensions > 0 ? puritySum / report.activeDimensions : 0;
    report.distinctConcepts = int(labelCount.size());
    return report;
}

} // namespace dnas
