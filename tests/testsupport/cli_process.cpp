#include "cli_process.h"

#include <QJsonDocument>

namespace dnas::test {

CliResult finishCli(QProcess &p, int timeoutMs)
{
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CliResult r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
    return r;
}

CliResult runCli(const QString &program, const QStringList &args, int timeoutMs,
                 const std::function<void()> &childSetup)
{
    QProcess p;
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(program, args);
    return finishCli(p, timeoutMs);
}

} // namespace dnas::test
