#include "benchmark.h"

#include "nb101_benchmark.h"
#include "nb201_benchmark.h"
#include "table_file.h"

#include "../util/error.h"
#include "../util/rng.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <functional>

#ifndef DNAS_SOURCE_DATA_DIR
#define DNAS_SOURCE_DATA_DIR ""
#endif
#ifndef DNAS_INSTALL_DATA_DIR
#define DNAS_INSTALL_DATA_DIR "share/dnas-studio"
#endif

namespace dnas {

namespace {
struct Entry
{
    BenchmarkId id;
    const char *key;
    const char *title;
};
const Entry kEntries[] = {
    {BenchmarkId::Nb101, "nb101", "NAS-Bench-101 (CIFAR-10)"},
    {BenchmarkId::Nb201Cifar10, "nb201-cifar10", "NAS-Bench-201 (CIFAR-10)"},
    {BenchmarkId::Nb201Cifar100, "nb201-cifar100", "NAS-Bench-201 (CIFAR-100)"},
    {BenchmarkId::Nb201ImageNet16, "nb201-imagenet16", "NAS-Bench-201 (ImageNet16-120)"},
};
} // namespace

QString benchmarkKey(BenchmarkId id)
{
    for (const Entry &e : kEntries) {
        if (e.id == id)
            return QLatin1String(e.key);
    }
    return {};
}

std::optional<BenchmarkId> benchmarkFromKey(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1String(e.key))
            return e.id;
    }
    return std::nullopt;
}

QStringList benchmarkKeys()
{
    QStringList keys;
    for (const Entry &e : kEntries)
        keys << QLatin1String(e.key);
    return keys;
}

QString benchmarkTitle(BenchmarkId id)
{
    for (const Entry &e : kEntries) {
        if (e.id == id)
            return QLatin1String(e.title);
    }
    return {};
}

bool isNb101(BenchmarkId id)
{
    return id == BenchmarkId::Nb101;
}

Cell Benchmark::parseCell(const QString &text) const
{
    QString error;
    if (isNb101(id())) {
        const auto c = Nb101Cell::fromJson(text.toUtf8(), &error);
        if (!c)
            throw Error(QStringLiteral("not a NAS-Bench-101 cell: %1").arg(error));
        const QString problem = c->problem();
        if (!problem.isEmpty())
            throw Error(QStringLiteral("invalid NAS-Bench-101 cell: %1").arg(problem));
        return *c;
    }
    const auto c = Nb201Cell::fromString(text, &error);
    if (!c)
        throw Error(QStringLiteral("not a NAS-Bench-201 cell: %1").arg(error));
    return *c;
}

Cell Benchmark::randomCell(Rng &rng) const
{
    return cell(int(rng.below(std::uint64_t(size()))));
}

int Benchmark::rankOfReported(double reportedAccuracy) const
{
    // Rows strictly better than this accuracy, plus one.
    const auto better = std::lower_bound(m_reportedDescending.begin(), m_reportedDescending.end(),
                                         reportedAccuracy, std::greater<>());
    return int(better - m_reportedDescending.begin()) + 1;
}

double Benchmark::bestReported() const
{
    return m_reportedDescending.empty() ? 0.0 : m_reportedDescending.front();
}

QString bundledBenchmarkDir()
{
    const QByteArray env = qgetenv("DNAS_DATA_DIR");
    if (!env.isEmpty())
        return QDir(QString::fromLocal8Bit(env)).filePath(QStringLiteral("benchmarks"));
    if (QCoreApplication::instance()) {
        const QDir appDir(QCoreApplication::applicationDirPath());
        const QString installed = appDir.filePath(QStringLiteral("../")
                                                  + QLatin1String(DNAS_INSTALL_DATA_DIR)
                                                  + QStringLiteral("/benchmarks"));
        if (QFileInfo::exists(installed + QStringLiteral("/nb101.dnastab")))
            return QDir::cleanPath(installed);
    }
    return QDir(QLatin1String(DNAS_SOURCE_DATA_DIR)).filePath(QStringLiteral("benchmarks"));
}

QString bundledBenchmarkPath(BenchmarkId id)
{
    const QString file = isNb101(id) ? QStringLiteral("nb101.dnastab")
                                     : QStringLiteral("nb201.dnastab");
    return QDir(bundledBenchmarkDir()).filePath(file);
}

std::shared_ptr<const Benchmark> loadBenchmark(BenchmarkId id, const QString &path)
{
    const QString file = path.isEmpty() ? bundledBenchmarkPath(id) : path;
    const TableFile table = TableFile::load(file);
    // A table of the other space (nb101.dnastab for an NB-201 benchmark):
    // say so, rather than name the first column it lacks.
    const QString expected = isNb101(id) ? QStringLiteral("nb101") : QStringLiteral("nb201");
    if (table.name() != expected)
        throw Error(QStringLiteral("%1 holds the table \"%2\", not the %3 table %4 needs")
                        .arg(file, table.name(), expected, benchmarkKey(id)));
    if (isNb101(id))
        return std::make_shared<Nb101Benchmark>(table);
    return std::make_shared<Nb201Benchmark>(table, id);
}

} // namespace dnas
