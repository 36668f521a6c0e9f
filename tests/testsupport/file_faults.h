#pragma once

// Damage done to files on purpose, for the fault tests of the command line
// and the GUI, and the checks that nothing else changed.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dnas::test {

/** SHA-256 of a file's bytes (empty when it cannot be read). */
QByteArray fileDigest(const QString &path);

/** Runs SQL statements on a database file through a connection of its own;
 *  fails the test program (qFatal) when one fails. */
void execSql(const QString &db, const QStringList &statements);

/** Marks every run of the database cancelled (resumable) and overwrites 64
 *  bytes in the middle of the newest step's controller checkpoint, or of
 *  every step's. */
void damageCheckpoints(const QString &db, bool everyStep = false);

/** Writes a benchmark table header of format version 2 (DNASTAB2). */
void writeNewerFormatTable(const QString &path);

/** A full disk for this process (or, called in a child setup, the child):
 *  no file may grow past `bytes` (the RLIMIT_FSIZE soft limit), and SIGXFSZ
 *  is ignored, so writes beyond it fail with EFBIG. 0 lifts the limit. */
void limitFileSize(qint64 bytes);

} // namespace dnas::test
