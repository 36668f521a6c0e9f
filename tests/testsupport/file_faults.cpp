#include "file_faults.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>

namespace dnas::test {

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void execSql(const QString &db, const QStringList &statements)
{
    const QString name = QStringLiteral("test-exec-sql");
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        if (!c.open())
            qFatal("cannot open %s", qPrintable(db));
        for (const QString &s : statements) {
            QSqlQuery q(c);
            if (!q.exec(s))
                qFatal("%s failed on %s", qPrintable(s), qPrintable(db));
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void damageCheckpoints(const QString &db, bool everyStep)
{
    execSql(db,
            {QStringLiteral("UPDATE runs SET status = 'cancelled'"),
             QStringLiteral("UPDATE steps SET controller = substr(controller, 1, 200000) "
                            "|| zeroblob(64) || substr(controller, 200065) "
                            "WHERE controller IS NOT NULL")
                 + (everyStep ? QString()
                              : QStringLiteral(" AND step = (SELECT max(step) FROM steps)"))});
}

void writeNewerFormatTable(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)
        || f.write("DNASTAB2\x10\0\0\0{\"name\":\"nb201\"}", 28) != 28)
        qFatal("cannot write %s", qPrintable(path));
}

void limitFileSize(qint64 bytes)
{
    ::signal(SIGXFSZ, bytes > 0 ? SIG_IGN : SIG_DFL);
    rlimit l {};
    ::getrlimit(RLIMIT_FSIZE, &l);
    l.rlim_cur = bytes > 0 ? rlim_t(bytes) : l.rlim_max;
    ::setrlimit(RLIMIT_FSIZE, &l);
}

} // namespace dnas::test
