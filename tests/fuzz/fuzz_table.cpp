// The benchmark table reader (*.dnastab, also given with --table): the file
// loads or throws dnas::Error, every column of a loaded file reads as
// numbers, and opening it as either benchmark succeeds or throws Error.
#include "fuzz_support.h"

#include "bench/benchmark.h"
#include "bench/table_file.h"
#include "util/error.h"

using namespace dnas;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::writeScratch(QStringLiteral("table.dnastab"),
                                            fuzz::bytesOf(data, size));
    try {
        const TableFile table = TableFile::load(path);
        for (const TableFile::Column &c : table.columns())
            table.numbers(c.name);
    } catch (const Error &) {
        return 0;
    }
    for (const BenchmarkId id : {BenchmarkId::Nb101, BenchmarkId::Nb201Cifar10}) {
        try {
            loadBenchmark(id, path);
        } catch (const Error &) { }
    }
    return 0;
}
