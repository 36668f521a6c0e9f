#pragma once

#include "bench/benchmark.h"
#include "util/error.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

namespace dnas::cli {

/** Exit statuses of every command. */
enum ExitStatus { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

/** A bad option value or bad input: reported like Error, exit status 2. */
class BadInput : public Error
{
public:
    using Error::Error;
};

/** stdout / stderr writers (UTF-8, flushed). */
void out(const QString &text);
void err(const QString &text);

/**
 * Parses `args` (the command name first) with a parser the caller filled;
 * adds --help. Returns false and sets *status when the command must stop
 * (help shown: ExitOk; bad options: ExitBadInput, message on stderr).
 */
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description,
                  int *status);

/** Adds --bench (required by the caller) and --table FILE (a table other than the bundled one). */
void addBenchOptions(QCommandLineParser &parser);
/** The --bench value, or throws BadInput listing the accepted keys. */
BenchmarkId benchFromOption(const QCommandLineParser &parser);
/** Option values in range, or BadInput naming the option and the range. */
int intOption(const QCommandLineParser &parser, const QString &name, int lo, int hi);
double doubleOption(const QCommandLineParser &parser, const QString &name, double lo, double hi);
/** --seed as a non-negative integer, or BadInput. */
std::uint64_t seedOption(const QCommandLineParser &parser);
/** Loads the benchmark named by --bench from --table or the bundled file. */
std::shared_ptr<const Benchmark> loadFromOptions(const QCommandLineParser &parser);

int runInfo(const QStringList &args);
int runVerify(const QStringList &args);
int runQuery(const QStringList &args);
int runImportTfrecord(const QStringList &args);
int runPackBench(const QStringList &args);
int runLoadTime(const QStringList &args);
int runControllerPretrain(const QStringList &args);
int runControllerEval(const QStringList &args);
int runSearch(const QStringList &args);
int runCompare(const QStringList &args);
int runUiTiming(const QStringList &args);
int runFactors(const QStringList &args);

} // namespace dnas::cli
