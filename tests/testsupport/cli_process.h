#pragma once

// Running the built `dnas` in the command-line tests.
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace dnas::test {

struct CliResult
{
    int status = -1; ///< exit code; −1 when it crashed or timed out
    QJsonObject json; ///< standard output parsed as one JSON object, if it is one
    QString out;
    QString err;
};

/** Waits for a started process and collects what it printed. */
CliResult finishCli(QProcess &p, int timeoutMs);

/** Runs `program args…`; childSetup (may be empty) runs in the child between
 *  fork and exec (limits, privileges). */
CliResult runCli(const QString &program, const QStringList &args, int timeoutMs = 300000,
                 const std::function<void()> &childSetup = {});

} // namespace dnas::test
