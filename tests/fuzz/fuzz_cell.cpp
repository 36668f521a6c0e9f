// Cells given on the command line (--cell) and stored in run databases:
// NB-101 JSON or an NB-201 string. Parsing gives a cell or throws
// dnas::Error; a parsed cell has a row or −1, prints back as text that
// parses to the same row.
#include "fuzz_support.h"

#include "bench/benchmark.h"
#include "util/error.h"

#include <memory>

using namespace dnas;

namespace {
std::shared_ptr<const Benchmark> g_nb101;
std::shared_ptr<const Benchmark> g_nb201;

void check(const Benchmark &bench, const QString &text)
{
    Cell cell;
    try {
        cell = bench.parseCell(text);
    } catch (const Error &) {
        return;
    }
    const int row = bench.rowOf(cell);
    const QString back = cellToText(cell);
    const int again = bench.rowOf(bench.parseCell(back));
    if (row != again)
        qFatal("fuzz_cell: %s prints as %s, rows %d and %d", qPrintable(text), qPrintable(back),
               row, again);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    g_nb101 = loadBenchmark(BenchmarkId::Nb101);
    g_nb201 = loadBenchmark(BenchmarkId::Nb201Cifar10);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytesOf(data, size));
    check(*g_nb101, text);
    check(*g_nb201, text);
    for (const bool nb101 : {true, false}) {
        try {
            cellFromText(nb101, text);
        } catch (const Error &) { }
    }
    return 0;
}
