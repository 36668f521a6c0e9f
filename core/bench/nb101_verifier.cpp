#include "nb101_verifier.h"

#include "nb101_benchmark.h"

#include "../space/nb101_cost_model.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dnas {

namespace {
struct Chunk
{
    int begin = 0;
    int end = 0;
    Nb101VerifyReport part;
    double thopSum = 0;
    int thopCount = 0;
};

void verifyChunk(const Nb101Benchmark &b, Chunk &chunk)
{
    Nb101VerifyReport &r = chunk.part;
    r.thopMinRatio = INFINITY;
    r.thopMaxRatio = -INFINITY;
    for (int row = chunk.begin; row < chunk.end; ++row) {
        const auto cell = Nb101Cell::fromCode(b.cellCode(row));
        if (!cell || !cell->isValid()) {
            ++r.invalidCells;
            ++r.hashMismatches;
            ++r.paramsMismatches;
            continue;
        }
        if (cell->moduleHash() != b.hash(row)) {
            ++r.hashMismatches;
            if (r.firstHashMismatchRow < 0)
                r.firstHashMismatchRow = row;
        }
        const Nb101Costs costs = nb101Costs(*cell);
        if (costs.params != b.params(row)) {
            ++r.paramsMismatches;
            if (r.firstParamsMismatchRow < 0)
                r.firstParamsMismatchRow = row;
        }
        if (costs.flops != b.flops(row))
            ++r.flopsMismatches;
        const double thop = b.flopsThop(row);
        if (!std::isnan(thop)) {
            if (thop == double(costs.flops + 2 * costs.batchNormOutputs))
                ++r.thopExplainedRows;
            const double ratio = thop / double(costs.flops);
            const double rel = std::abs(ratio - 1.0);
            chunk.thopSum += rel;
            ++chunk.thopCount;
            r.thopMinRatio = std::min(r.thopMinRatio, ratio);
            r.thopMaxRatio = std::max(r.thopMaxRatio, ratio);
            if (rel > r.thopMaxRelDiff) {
                r.thopMaxRelDiff = rel;
                r.thopMaxRow = row;
            }
        }
    }
}

void keepFirst(int &into, int candidate)
{
    if (candidate >= 0 && (into < 0 || candidate < into))
        into = candidate;
}
} // namespace

Nb101VerifyReport verifyNb101(const Nb101Benchmark &benchmark,
                              const std::function<void(int, int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    const int rows = benchmark.size();
    constexpr int kChunk = 8192;
    std::vector<Chunk> chunks;
    for (int b = 0; b < rows; b += kChunk)
        chunks.push_back(Chunk {b, std::min(rows, b + kChunk), {}, 0, 0});

    // Batches of chunks so progress can be reported from this thread.
    const std::size_t batch = 8;
    for (std::size_t i = 0; i < chunks.size(); i += batch) {
        const auto first = chunks.begin() + std::ptrdiff_t(i);
        const auto last = chunks.begin() + std::ptrdiff_t(std::min(chunks.size(), i + batch));
        QtConcurrent::blockingMap(first, last,
                                  [&benchmark](Chunk &c) { verifyChunk(benchmark, c); });
        if (progress)
            progress(std::prev(last)->end, rows);
    }

    Nb101VerifyReport report;
    report.rows = rows;
    report.thopMinRatio = INFINITY;
    report.thopMaxRatio = -INFINITY;
    double thopSum = 0;
    int thopCount = 0;
    for (const Chunk &c : chunks) {
        const Nb101VerifyReport &p = c.part;
        report.invalidCells += p.invalidCells;
        report.hashMismatches += p.hashMismatches;
        report.paramsMismatches += p.paramsMismatches;
        report.flopsMismatches += p.flopsMismatches;
        report.thopExplainedRows += p.thopExplainedRows;
        keepFirst(report.firstHashMismatchRow, p.firstHashMismatchRow);
        keepFirst(report.firstParamsMismatchRow, p.firstParamsMismatchRow);
        thopSum += c.thopSum;
        thopCount += c.thopCount;
        report.thopMinRatio = std::min(report.thopMinRatio, p.thopMinRatio);
        report.thopMaxRatio = std::max(report.thopMaxRatio, p.thopMaxRatio);
        if (p.thopMaxRelDiff > report.thopMaxRelDiff) {
            report.thopMaxRelDiff = p.thopMaxRelDiff;
            report.thopMaxRow = p.thopMaxRow;
        }
    }
    report.hasThop = thopCount > 0;
    report.thopMeanRelDiff = thopCount > 0 ? thopSum / thopCount : 0;
    if (!report.hasThop)
        report.thopMinRatio = report.thopMaxRatio = 0;
    report.seconds = double(timer.elapsed()) / 1000.0;
    return report;
}

} // namespace dnas
