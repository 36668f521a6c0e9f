// Run databases: a file the user opens (File → Open, --db). Two modes, by
// the first byte: odd, the rest is the whole file (header, pages, schema
// version); even, the rest is split at NUL bytes into values that overwrite
// columns of a valid database (kMutableColumns in order), so the mutations
// reach the JSON, cell texts and blobs RunStore parses. Every read RunStore
// offers must end normally or throw dnas::Error.
#include "fuzz_support.h"

#include "store/run_store.h"
#include "util/error.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace dnas;

namespace {
QByteArray g_template;

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

void overwriteColumns(const QString &path, const QByteArray &values)
{
    const QString name = QStringLiteral("fuzz-raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("fuzz: cannot open the template copy");
        const QList<QByteArray> parts = values.split('\0');
        for (int i = 0; i < parts.size() && i < fuzz::kMutableColumnCount; ++i) {
            const fuzz::Column &c = fuzz::kMutableColumns[i];
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE %1 SET %2 = ?")
                          .arg(QLatin1String(c.table), QLatin1String(c.column)));
            const bool blob = qstrcmp(c.column, "latents") == 0
                || qstrcmp(c.column, "controller") == 0;
            q.addBindValue(blob ? QVariant(parts.at(i)) : QVariant(QString::fromUtf8(parts.at(i))));
            q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    g_template = fuzz::sampleRunDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytesOf(data + 1, size - 1);
    const QString path = fuzz::scratchPath(QStringLiteral("runs.sqlite"));
    removeDatabase(path);
    if (data[0] & 1) {
        fuzz::writeScratch(QStringLiteral("runs.sqlite"), rest);
    } else {
        fuzz::writeScratch(QStringLiteral("runs.sqlite"), g_template);
        overwriteColumns(path, rest);
    }
    try {
        RunStore store(path);
        for (const StoredRun &r : store.runs()) {
            store.run(r.id);
            store.queries(r.id);
            store.lastStep(r.id);
            store.iterations(r.id);
            store.controllerAt(r.id, 1);
        }
    } catch (const Error &) {
        // A clear refusal is the expected outcome for a damaged file.
    }
    return 0;
}
