#pragma once

// What the libFuzzer targets share: a Qt application object, a scratch file
// per process for the parsers that read files, and the small run database
// the run-database target mutates.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace dnas::fuzz {

/** Creates the QCoreApplication (plugins, SQL drivers) once. */
void initQt();

/** Writes bytes to this process's scratch file `name` and returns its path. */
QString writeScratch(const QString &name, const QByteArray &bytes);
/** The path of this process's scratch file `name` (not created). */
QString scratchPath(const QString &name);

inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** A run database with an NB-101 and an NB-201 run, their queries, steps
 *  (one with a small checkpoint blob) and a DNAS iteration, written with
 *  RunStore; returns the file's bytes. */
QByteArray sampleRunDatabase();

/** The text columns the run-database target overwrites, in input order. */
struct Column
{
    const char *table;
    const char *column;
};
extern const Column kMutableColumns[];
extern const int kMutableColumnCount;

} // namespace dnas::fuzz
