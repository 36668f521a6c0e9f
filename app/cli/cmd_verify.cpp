#include "cli_common.h"

#include "bench/nb101_benchmark.h"
#include "bench/nb101_verifier.h"

#include <QElapsedTimer>

#include <unistd.h>

namespace dnas::cli {

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    addBenchOptions(parser);
    int status = ExitOk;
    if (!parseCommand(
            parser, args,
            QStringLiteral("Recompute the module hash, params and FLOPS of every NAS-Bench-101 "
                           "row from its stored graph and compare them with the stored values. "
                           "Exit status 0 only when no hash and no params differ."),
            &status))
        return status;
    if (benchFromOption(parser) != BenchmarkId::Nb101)
        throw BadInput(QStringLiteral("verify checks NAS-Bench-101 tables (--bench nb101)"));
    QElapsedTimer load;
    load.start();
    const auto bench = loadFromOptions(parser);
    const auto &nb101 = static_cast<const Nb101Benchmark &>(*bench);
    const double loadSeconds = double(load.elapsed()) / 1000.0;
    const bool tty = isatty(fileno(stderr));
    const Nb101VerifyReport r = verifyNb101(nb101, [tty](int done, int total) {
        if (tty)
            err(QStringLiteral("\rverifying %1 / %2").arg(done).arg(total));
    });
    if (tty)
        err(QStringLiteral("\n"));
    out(QStringLiteral("rows: %1\n").arg(r.rows));
    out(QStringLiteral("invalid cells: %1 / %2\n").arg(r.invalidCells).arg(r.rows));
    out(QStringLiteral("hash mismatches: %1 / %2\n").arg(r.hashMismatches).arg(r.rows));
    out(QStringLiteral("params mismatches: %1 / %2\n").arg(r.paramsMismatches).arg(r.rows));
    out(QStringLiteral("flops mismatches: %1 / %2 (cost model against the stored exact FLOPS)\n")
            .arg(r.flopsMismatches)
            .arg(r.rows));
    if (r.firstHashMismatchRow >= 0)
        out(QStringLiteral("first hash mismatch: row %1\n").arg(r.firstHashMismatchRow));
    if (r.firstParamsMismatchRow >= 0)
        out(QStringLiteral("first params mismatch: row %1\n").arg(r.firstParamsMismatchRow));
    if (r.hasThop) {
        out(QStringLiteral("flops vs thop: max relative difference %1 (row %2, hash %3), mean %4, "
                           "thop/ours in [%5, %6]\n")
                .arg(r.thopMaxRelDiff, 0, 'f', 6)
                .arg(r.thopMaxRow)
                .arg(nb101.hash(r.thopMaxRow).toHex())
                .arg(r.thopMeanRelDiff, 0, 'f', 6)
                .arg(r.thopMinRatio, 0, 'f', 6)
                .arg(r.thopMaxRatio, 0, 'f', 6));
        out(QStringLiteral(
                "thop = ours + 2 x BN output elements (thop counts batch norm): %1 / %2 rows\n")
                .arg(r.thopExplainedRows)
                .arg(r.rows));
    }
    out(QStringLiteral("load time: %1 s, verify time: %2 s\n")
            .arg(loadSeconds, 0, 'f', 3)
            .arg(r.seconds, 0, 'f', 3));
    const bool ok = r.hashMismatches == 0 && r.paramsMismatches == 0 && r.invalidCells == 0;
    return ok ? ExitOk : ExitFailure;
}

} // namespace dnas::cli
