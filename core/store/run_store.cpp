#include "run_store.h"

#include "../util/app_id.h"

#include "../util/error.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>
#include <QtEndian>

#include <atomic>
#include <cmath>
#include <cstring>
#include <limits>

/*
 * Schema, version 1 (PRAGMA user_version = 1). One SQLite file, WAL journal,
 * foreign keys on; every child row goes with its run (ON DELETE CASCADE).
 *
 *   runs        one row per run
 *     id        INTEGER PRIMARY KEY AUTOINCREMENT (ids of deleted runs are not reused)
 *     bench     TEXT     benchmarkKey (also in config; for listing)
 *     method    TEXT     searchMethodKey (also in config)
 *     seed      TEXT     the 64-bit unsigned seed in decimal (also in config)
 *     budget    INTEGER  (also in config)
 *     config    TEXT     SearchConfig::toJson, compact; read back with
 *                        SearchConfig::fromJson(json, SearchConfig{})
 *     status    TEXT     runStatusKey
 *     created   TEXT     ISO 8601 UTC with milliseconds
 *     updated   TEXT     ISO 8601 UTC with milliseconds (every write to the run)
 *     result    TEXT     SearchResult::toJson, compact, or NULL
 *     error     TEXT     or NULL
 *
 *   queries     every query of a run, in order
 *     run_id, ord        PRIMARY KEY (run_id, ord); ord is QueryRecord::order
 *     row                INTEGER  table row
 *     cell               TEXT     cellToText (NB-101 JSON or the NB-201 string);
 *                                 parsed back by the run's benchmark
 *     source             TEXT     cellSourceKey
 *     iteration          INTEGER
 *     search_acc, report_acc, flops   REAL (NULL stands for NaN)
 *     params             INTEGER
 *     pred_acc, pred_flops            REAL, both NULL when nothing was predicted
 *
 *   steps       per completed step the engine's state
 *     run_id, step       PRIMARY KEY (run_id, step)
 *     queries            INTEGER
 *     state              TEXT  method state JSON, compact
 *     controller         BLOB  Controller::toBytes, or NULL (none, or dropped
 *                              because only the newest checkpoint is kept)
 *
 *   iterations  per DNAS iteration what it left behind
 *     run_id, iteration  PRIMARY KEY (run_id, iteration)
 *     step               INTEGER  the step that stored it
 *     queries            INTEGER
 *     dims, count        INTEGER  latent size and number of latent codes
 *     latents            BLOB     count × dims float32, little endian, row major
 *     regions            TEXT     RegionSet::toJson, compact
 *     losses             TEXT     JSON array of EpochLosses objects (epoch, steps,
 *                                 total, accuracy, flops, reconstruction, kl,
 *                                 capacity, seconds; non-finite numbers as the
 *                                 strings "nan", "inf", "-inf")
 *     stats              TEXT     JSON object, compact
 *     index iterations_by_step (run_id, step): the iteration of a step
 *
 * Every write runs in one BEGIN IMMEDIATE transaction (the write lock is taken
 * up front, so concurrent writers wait for busy_timeout instead of failing on
 * a lock upgrade). synchronous = NORMAL: in WAL mode a killed process loses
 * nothing committed; only a power cut may lose the last commits, never
 * consistency.
 */

namespace dnas {

namespace {

std::atomic<quint64> g_connectionCounter {0};

constexpr int kBusyTimeoutMs = 30000;

// SQLite's primary result codes (sqlite3.h) that change what we tell the user.
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

/** The primary result code of a QSQLITE error (the driver reports SQLite's
 *  code as text, extended codes included); 0 when there is none. */
int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xFF;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// REAL columns: SQLite stores NaN as NULL, so NULL reads back as NaN.
double realOf(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

QVariant realValue(double d)
{
    return std::isnan(d) ? QVariant() : QVariant(d);
}

// JSON has no NaN or infinity: they are written as strings.
QJsonValue jsonNumber(double d)
{
    if (std::isnan(d))
        return QStringLiteral("nan");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return d;
}

double numberOfJson(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s == QLatin1String("inf"))
            return std::numeric_limits<double>::infinity();
        if (s == QLatin1String("-inf"))
            return -std::numeric_limits<double>::infinity();
        return std::numeric_limits<double>::quiet_NaN();
    }
    return v.toDouble(std::numeric_limits<double>::quiet_NaN());
}

QJsonArray lossesToJson(const std::vector<EpochLosses> &losses)
{
    QJsonArray a;
    for (const EpochLosses &e : losses) {
        a.append(QJsonObject {{QStringLiteral("epoch"), e.epoch},
                              {QStringLiteral("steps"), e.steps},
                              {QStringLiteral("total"), jsonNumber(e.total)},
                              {QStringLiteral("accuracy"), jsonNumber(e.accuracy)},
                              {QStringLiteral("flops"), jsonNumber(e.flops)},
                              {QStringLiteral("reconstruction"), jsonNumber(e.reconstruction)},
                              {QStringLiteral("kl"), jsonNumber(e.kl)},
                              {QStringLiteral("capacity"), jsonNumber(e.capacity)},
                              {QStringLiteral("seconds"), jsonNumber(e.seconds)}});
    }
    return a;
}

std::vector<EpochLosses> lossesFromJson(const QJsonArray &a)
{
    std::vector<EpochLosses> losses;
    losses.reserve(std::size_t(a.size()));
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        EpochLosses e;
        e.epoch = o.value(QStringLiteral("epoch")).toInt();
        e.steps = o.value(QStringLiteral("steps")).toInt();
        e.total = numberOfJson(o.value(QStringLiteral("total")));
        e.accuracy = numberOfJson(o.value(QStringLiteral("accuracy")));
        e.flops = numberOfJson(o.value(QStringLiteral("flops")));
        e.reconstruction = numberOfJson(o.value(QStringLiteral("reconstruction")));
        e.kl = numberOfJson(o.value(QStringLiteral("kl")));
        e.capacity = numberOfJson(o.value(QStringLiteral("capacity")));
        e.seconds = numberOfJson(o.value(QStringLiteral("seconds")));
        losses.push_back(e);
    }
    return losses;
}

QByteArray latentsToBlob(const std::vector<Latent> &latents, int dims)
{
    QByteArray blob;
    blob.resize(qsizetype(latents.size()) * dims * 4);
    char *out = blob.data();
    for (const Latent &z : latents) {
        for (float f : z) {
            quint32 bits;
            std::memcpy(&bits, &f, 4);
            qToLittleEndian(bits, out);
            out += 4;
        }
    }
    return blob;
}

std::vector<Latent> latentsFromBlob(const QByteArray &blob, int count, int dims)
{
    std::vector<Latent> latents(std::size_t(count), Latent(std::size_t(dims), 0.0f));
    const char *in = blob.constData();
    for (Latent &z : latents) {
        for (float &f : z) {
            const quint32 bits = qFromLittleEndian<quint32>(in);
            std::memcpy(&f, &bits, 4);
            in += 4;
        }
    }
    return latents;
}

const char *const kSchema[] = {
    "CREATE TABLE runs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " bench TEXT NOT NULL,"
    " method TEXT NOT NULL,"
    " seed TEXT NOT NULL,"
    " budget INTEGER NOT NULL,"
    " config TEXT NOT NULL,"
    " status TEXT NOT NULL,"
    " created TEXT NOT NULL,"
    " updated TEXT NOT NULL,"
    " result TEXT,"
    " error TEXT)",
    "CREATE TABLE queries ("
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " ord INTEGER NOT NULL,"
    " row INTEGER NOT NULL,"
    " cell TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " iteration INTEGER NOT NULL,"
    " search_acc REAL,"
    " report_acc REAL,"
    " flops REAL,"
    " params INTEGER NOT NULL,"
    " pred_acc REAL,"
    " pred_flops REAL,"
    " PRIMARY KEY (run_id, ord))",
    "CREATE TABLE steps ("
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " step INTEGER NOT NULL,"
    " queries INTEGER NOT NULL,"
    " state TEXT NOT NULL,"
    " controller BLOB,"
    " PRIMARY KEY (run_id, step))",
    "CREATE TABLE iterations ("
    " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " iteration INTEGER NOT NULL,"
    " step INTEGER NOT NULL,"
    " queries INTEGER NOT NULL,"
    " dims INTEGER NOT NULL,"
    " count INTEGER NOT NULL,"
    " latents BLOB,"
    " regions TEXT NOT NULL,"
    " losses TEXT NOT NULL,"
    " stats TEXT NOT NULL,"
    " PRIMARY KEY (run_id, iteration))",
    "CREATE INDEX iterations_by_step ON iterations (run_id, step)",
};

} // namespace

struct RunStore::Impl
{
    QString path;
    QString connection;
    QSqlDatabase db;

    ~Impl()
    {
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        if (!connection.isEmpty())
            QSqlDatabase::removeDatabase(connection);
    }

    QString file() const { return QDir::toNativeSeparators(path); }

    /** What the user can do, by SQLite's primary result code. Every write
     *  is one transaction, so what was stored before a failed write is
     *  intact, and a run stopped by one continues with --resume. */
    static QString hint(const QSqlError &error)
    {
        switch (sqliteCode(error)) {
        case kSqliteReadOnly:
            return QStringLiteral(" (the file or its folder is read-only: choose a writable "
                                  "run database, or save a copy of this one where you can "
                                  "write; nothing stored in it was changed)");
        case kSqliteIoError:
        case kSqliteFull:
            return QStringLiteral(" (the disk may be full or failing: everything stored before "
                                  "this write is intact; free space, then resume the run)");
        case kSqliteCorrupt:
        case kSqliteNotADatabase:
            return QStringLiteral(" (the file is damaged or is not a DNAS Studio run database)");
        default:
            return {};
        }
    }

    [[noreturn]] void fail(const QString &what, const QSqlError &error) const
    {
        // The database's own words ("file is not a database", "database or
        // disk is full"); the driver's ("Unable to fetch row") only without.
        QString why = error.databaseText().trimmed();
        if (why.isEmpty())
            why = error.text().trimmed();
        if (why.isEmpty())
            why = QStringLiteral("unknown database error");
        throw Error(QStringLiteral("%1: %2: %3%4").arg(file(), what, why, hint(error)));
    }

    [[noreturn]] void fail(const QString &what) const
    {
        throw Error(QStringLiteral("%1: %2").arg(file(), what));
    }

    QSqlQuery prepare(const QString &sql, const QString &what) const
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            fail(what, q.lastError());
        return q;
    }

    void exec(QSqlQuery &q, const QString &what) const
    {
        if (!q.exec())
            fail(what, q.lastError());
    }

    /** Runs a statement without parameters (and without result rows). */
    void run(const QString &sql, const QString &what) const
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            fail(what, q.lastError());
    }

    /** The single integer result of a statement. */
    qint64 integer(const QString &sql, const QString &what) const
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            fail(what, q.lastError());
        if (!q.next()) {
            if (q.lastError().isValid())
                fail(what, q.lastError());
            fail(what + QStringLiteral(": no result"));
        }
        return q.value(0).toLongLong();
    }

    void touch(qint64 runId, const QString &what) const
    {
        QSqlQuery q = prepare(QStringLiteral("UPDATE runs SET updated = ? WHERE id = ?"), what);
        q.addBindValue(nowText());
        q.addBindValue(runId);
        exec(q, what);
    }

    [[noreturn]] void noRun(qint64 runId) const
    {
        throw Error(QStringLiteral("no run %1 in %2").arg(runId).arg(file()));
    }

    /** BEGIN IMMEDIATE ... COMMIT; rolls back when left without commit(). */
    class Transaction
    {
    public:
        Transaction(const Impl &d, const QString &what)
            : m_d(d)
            , m_what(what)
        {
            m_d.run(QStringLiteral("BEGIN IMMEDIATE"), what);
            m_open = true;
        }
        ~Transaction()
        {
            if (m_open) {
                // After some errors (disk full, I/O) SQLite has rolled back
                // already; a failing ROLLBACK changes nothing then.
                QSqlQuery q(m_d.db);
                q.exec(QStringLiteral("ROLLBACK"));
            }
        }
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        void commit()
        {
            m_d.run(QStringLiteral("COMMIT"), m_what);
            m_open = false;
        }

    private:
        const Impl &m_d;
        QString m_what;
        bool m_open = false;
    };

    BenchmarkId benchmarkOf(qint64 runId) const;
    StoredRun runFromRow(const QSqlQuery &q) const;
    IterationRecord iterationFromRow(const QSqlQuery &q, qint64 runId) const;
};

BenchmarkId RunStore::Impl::benchmarkOf(qint64 runId) const
{
    const QString what = QStringLiteral("cannot read run %1").arg(runId);
    QSqlQuery q = prepare(QStringLiteral("SELECT bench FROM runs WHERE id = ?"), what);
    q.addBindValue(runId);
    exec(q, what);
    if (!q.next()) {
        if (q.lastError().isValid())
            fail(what, q.lastError());
        noRun(runId);
    }
    const QString key = q.value(0).toString();
    const auto id = benchmarkFromKey(key);
    if (!id)
        fail(QStringLiteral("run %1: unknown benchmark '%2'").arg(runId).arg(key));
    return *id;
}

// Columns: id, config, status, created, updated, result, error, query count.
StoredRun RunStore::Impl::runFromRow(const QSqlQuery &q) const
{
    StoredRun r;
    r.id = q.value(0).toLongLong();
    const QString where = QStringLiteral("run %1").arg(r.id);
    QJsonParseError parseError {};
    const QJsonDocument config = QJsonDocument::fromJson(q.value(1).toString().toUtf8(),
                                                         &parseError);
    if (parseError.error != QJsonParseError::NoError || !config.isObject())
        fail(QStringLiteral("%1: stored configuration is not a JSON object").arg(where));
    try {
        r.config = SearchConfig::fromJson(config.object(), SearchConfig {});
    } catch (const Error &e) {
        fail(QStringLiteral("%1: stored configuration: %2").arg(where, e.message()));
    }
    const QString status = q.value(2).toString();
    const auto s = runStatusFromKey(status);
    if (!s)
        fail(QStringLiteral("%1: unknown status '%2'").arg(where, status));
    r.status = *s;
    r.created = timeFromText(q.value(3).toString());
    r.updated = timeFromText(q.value(4).toString());
    const QString result = q.value(5).toString();
    if (!result.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(result.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            fail(QStringLiteral("%1: stored result is not a JSON object").arg(where));
        r.result = doc.object();
    }
    r.error = q.value(6).toString();
    r.queries = q.value(7).toInt();
    return r;
}

// Columns: iteration, queries, dims, count, latents, regions, losses, stats.
IterationRecord RunStore::Impl::iterationFromRow(const QSqlQuery &q, qint64 runId) const
{
    IterationRecord it;
    it.iteration = q.value(0).toInt();
    it.queries = q.value(1).toInt();
    const QString where = QStringLiteral("run %1, iteration %2").arg(runId).arg(it.iteration);
    const int dims = q.value(2).toInt();
    const int count = q.value(3).toInt();
    const QByteArray blob = q.value(4).toByteArray();
    if (dims < 0 || count < 0 || blob.size() != qsizetype(count) * dims * 4)
        fail(QStringLiteral("%1: stored latent codes are damaged (%2 bytes for %3 × %4)")
                 .arg(where)
                 .arg(blob.size())
                 .arg(count)
                 .arg(dims));
    it.latents = latentsFromBlob(blob, count, dims);

    QJsonParseError parseError {};
    const QJsonDocument regions = QJsonDocument::fromJson(q.value(5).toString().toUtf8(),
                                                          &parseError);
    if (parseError.error != QJsonParseError::NoError || !regions.isObject())
        fail(QStringLiteral("%1: stored regions are not a JSON object").arg(where));
    try {
        // Without codes the latent size is unknown: accept any dimension.
        it.regions = RegionSet::fromJson(regions.object(), dims > 0 ? dims : (1 << 20));
    } catch (const Error &e) {
        fail(QStringLiteral("%1: stored regions: %2").arg(where, e.message()));
    }

    const QJsonDocument losses = QJsonDocument::fromJson(q.value(6).toString().toUtf8(),
                                                         &parseError);
    if (parseError.error != QJsonParseError::NoError || !losses.isArray())
        fail(QStringLiteral("%1: stored losses are not a JSON array").arg(where));
    it.losses = lossesFromJson(losses.array());

    const QJsonDocument stats = QJsonDocument::fromJson(q.value(7).toString().toUtf8(),
                                                        &parseError);
    if (parseError.error != QJsonParseError::NoError || !stats.isObject())
        fail(QStringLiteral("%1: stored statistics are not a JSON object").arg(where));
    it.stats = stats.object();
    return it;
}

QString RunStore::defaultPath()
{
    // One file for the CLI and the GUI alike: named by the application id,
    // not by the running executable.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/')
        + applicationId() + QStringLiteral("/runs.sqlite");
}

RunStore::RunStore(const QString &path)
    : d(std::make_unique<Impl>())
{
    d->path = path;
    if (path.isEmpty())
        throw Error(QStringLiteral("no run database file given"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        d->fail(QStringLiteral("cannot open the run database: the Qt SQLite driver "
                               "(QSQLITE) is not available"));

    const QFileInfo info(path);
    if (info.isDir())
        d->fail(QStringLiteral("cannot open the run database: it is a folder"));
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        d->fail(
            QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));

    d->connection = QStringLiteral("dnas-runstore-%1").arg(++g_connectionCounter);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!d->db.open())
        d->fail(QStringLiteral("cannot open the run database"), d->db.lastError());

    const QString opening = QStringLiteral("cannot open the run database");
    // A WAL database in a folder we cannot write (read-only media, another
    // user's files) cannot even be read the usual way: SQLite needs to
    // create its -shm file. Such a file opens immutable and read-only, so
    // its runs can still be listed and shown; every write then fails with
    // the read-only hint.
    {
        QSqlQuery probe(d->db);
        if (!probe.exec(QStringLiteral("PRAGMA user_version")) && info.exists()) {
            const int code = sqliteCode(probe.lastError());
            if (code == kSqliteReadOnly || code == kSqliteCantOpen) {
                probe = QSqlQuery();
                d->db.close();
                d->db.setDatabaseName(
                    QStringLiteral("file:%1?immutable=1")
                        .arg(QString::fromUtf8(QUrl::fromLocalFile(info.absoluteFilePath())
                                                   .toEncoded(QUrl::RemoveScheme))));
                d->db.setConnectOptions(
                    QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                        .arg(kBusyTimeoutMs));
                if (!d->db.open())
                    d->fail(opening, d->db.lastError());
            }
        }
    }
    d->run(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), opening);
    // The first read: fails here when the file is no SQLite database.
    qint64 version = d->integer(QStringLiteral("PRAGMA user_version"), opening);
    const auto newer = [this](qint64 v) {
        d->fail(QStringLiteral("run database schema version %1 is newer than this version of "
                               "DNAS Studio understands (%2); open it with a newer version")
                    .arg(v)
                    .arg(kSchemaVersion));
    };
    if (version > kSchemaVersion)
        newer(version);
    if (version < 0)
        d->fail(QStringLiteral("unknown run database schema version %1").arg(version));
    const QString foreign = QStringLiteral("not a DNAS Studio run database (it holds other "
                                           "tables and no schema version)");
    if (version == 0
        && d->integer(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), opening) > 0)
        d->fail(foreign);

    // Not fatal: a read-only file that is not in WAL mode yet can still be read.
    {
        QSqlQuery q(d->db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    d->run(QStringLiteral("PRAGMA foreign_keys = ON"), opening);
    d->run(QStringLiteral("PRAGMA synchronous = NORMAL"), opening);

    if (version == 0) {
        const QString creating = QStringLiteral("cannot create the run database");
        Impl::Transaction t(*d, creating);
        // Another process may have created the schema since the check above.
        version = d->integer(QStringLiteral("PRAGMA user_version"), creating);
        if (version > kSchemaVersion)
            newer(version);
        if (version == 0) {
            if (d->integer(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), creating) > 0)
                d->fail(foreign);
            for (const char *sql : kSchema)
                d->run(QLatin1String(sql), creating);
            d->run(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), creating);
        }
        t.commit();
    }
    // Versions 1..kSchemaVersion - 1 would be migrated here.
}

RunStore::~RunStore() = default;

QString RunStore::path() const
{
    return d->path;
}

qint64 RunStore::createRun(const SearchConfig &config)
{
    const QString what = QStringLiteral("cannot store a new run");
    const QString problem = config.problem();
    if (!problem.isEmpty())
        d->fail(QStringLiteral("%1: %2").arg(what, problem));
    Impl::Transaction t(*d, what);
    QSqlQuery q = d->prepare(
        QStringLiteral("INSERT INTO runs (bench, method, seed, budget, config, status, created, "
                       "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        what);
    const QString now = nowText();
    q.addBindValue(benchmarkKey(config.benchmark));
    q.addBindValue(searchMethodKey(config.method));
    q.addBindValue(QString::number(config.seed));
    q.addBindValue(config.budget);
    q.addBindValue(compact(config.toJson()));
    q.addBindValue(runStatusKey(RunStatus::Running));
    q.addBindValue(now);
    q.addBindValue(now);
    d->exec(q, what);
    const QVariant id = q.lastInsertId();
    if (!id.isValid())
        d->fail(what + QStringLiteral(": no run id"));
    t.commit();
    return id.toLongLong();
}

void RunStore::appendQuery(qint64 runId, const QueryRecord &query)
{
    const QString what =
        QStringLiteral("cannot store query %1 of run %2").arg(query.order + 1).arg(runId);
    Impl::Transaction t(*d, what);
    QSqlQuery q = d->prepare(
        QStringLiteral("INSERT OR IGNORE INTO queries (run_id, ord, row, cell, source, iteration, "
                       "search_acc, report_acc, flops, params, pred_acc, pred_flops) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        what);
    q.addBindValue(runId);
    q.addBindValue(query.order);
    q.addBindValue(query.metrics.row);
    q.addBindValue(cellToText(query.cell));
    q.addBindValue(cellSourceKey(query.source));
    q.addBindValue(query.iteration);
    q.addBindValue(realValue(query.metrics.searchAccuracy));
    q.addBindValue(realValue(query.metrics.reportedAccuracy));
    q.addBindValue(realValue(query.metrics.flops));
    q.addBindValue(qint64(query.metrics.params));
    q.addBindValue(query.predicted ? realValue(query.predicted->accuracy) : QVariant());
    q.addBindValue(query.predicted ? realValue(query.predicted->flops) : QVariant());
    d->exec(q, what);
    d->touch(runId, what);
    t.commit();
}

void RunStore::saveStep(qint64 runId, const StepRecord &step, bool keepAllCheckpoints)
{
    const QString what = QStringLiteral("cannot store step %1 of run %2").arg(step.step).arg(runId);

    // Encode first: nothing is written when the record cannot be stored.
    QByteArray latents;
    int dims = 0;
    if (step.iteration) {
        const std::vector<Latent> &z = step.iteration->latents;
        dims = z.empty() ? 0 : int(z.front().size());
        for (const Latent &l : z) {
            if (int(l.size()) != dims)
                d->fail(QStringLiteral("%1: the latent codes of iteration %2 differ in size "
                                       "(%3 and %4)")
                            .arg(what)
                            .arg(step.iteration->iteration)
                            .arg(dims)
                            .arg(l.size()));
        }
        latents = latentsToBlob(z, dims);
    }

    Impl::Transaction t(*d, what);
    {
        QSqlQuery q = d->prepare(
            QStringLiteral("INSERT OR REPLACE INTO steps (run_id, step, "
                           "queries, state, controller) VALUES (?, ?, ?, ?, ?)"),
            what);
        q.addBindValue(runId);
        q.addBindValue(step.step);
        q.addBindValue(step.queries);
        q.addBindValue(compact(step.state));
        q.addBindValue(step.controller.isEmpty() ? QVariant() : QVariant(step.controller));
        d->exec(q, what);
    }
    {
        // A step saved again (a resumed run) replaces what it stored before.
        QSqlQuery q = d->prepare(
            QStringLiteral("DELETE FROM iterations WHERE run_id = ? AND step = ?"), what);
        q.addBindValue(runId);
        q.addBindValue(step.step);
        d->exec(q, what);
    }
    if (step.iteration) {
        const IterationRecord &it = *step.iteration;
        QSqlQuery q = d->prepare(
            QStringLiteral("INSERT OR REPLACE INTO iterations (run_id, iteration, step, queries, "
                           "dims, count, latents, regions, losses, stats) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            what);
        q.addBindValue(runId);
        q.addBindValue(it.iteration);
        q.addBindValue(step.step);
        q.addBindValue(it.queries);
        q.addBindValue(dims);
        q.addBindValue(qint64(it.latents.size()));
        q.addBindValue(latents.isEmpty() ? QVariant() : QVariant(latents));
        q.addBindValue(compact(it.regions.toJson()));
        q.addBindValue(compact(lossesToJson(it.losses)));
        q.addBindValue(compact(it.stats));
        d->exec(q, what);
    }
    if (!keepAllCheckpoints) {
        QSqlQuery q = d->prepare(QStringLiteral("UPDATE steps SET controller = NULL WHERE run_id "
                                                "= ? AND step < ? AND controller IS NOT NULL"),
                                 what);
        q.addBindValue(runId);
        q.addBindValue(step.step);
        d->exec(q, what);
    }
    d->touch(runId, what);
    t.commit();
}

void RunStore::setStatus(qint64 runId, RunStatus status, const QJsonObject &result,
                         const QString &error)
{
    const QString what = QStringLiteral("cannot store the status of run %1").arg(runId);
    Impl::Transaction t(*d, what);
    QSqlQuery q = d->prepare(QStringLiteral("UPDATE runs SET status = ?, result = ?, error = ?, "
                                            "updated = ? WHERE id = ?"),
                             what);
    q.addBindValue(runStatusKey(status));
    q.addBindValue(result.isEmpty() ? QVariant() : QVariant(compact(result)));
    q.addBindValue(nullable(error));
    q.addBindValue(nowText());
    q.addBindValue(runId);
    d->exec(q, what);
    if (q.numRowsAffected() == 0)
        d->noRun(runId);
    t.commit();
}

std::vector<StoredRun> RunStore::runs() const
{
    const QString what = QStringLiteral("cannot read the runs");
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT r.id, r.config, r.status, r.created, r.updated, r.result, r.error, "
                       "(SELECT COUNT(*) FROM queries WHERE run_id = r.id) FROM runs r "
                       "ORDER BY r.id"),
        what);
    d->exec(q, what);
    std::vector<StoredRun> list;
    while (q.next())
        list.push_back(d->runFromRow(q));
    if (q.lastError().isValid())
        d->fail(what, q.lastError());
    return list;
}

StoredRun RunStore::run(qint64 runId) const
{
    const QString what = QStringLiteral("cannot read run %1").arg(runId);
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT r.id, r.config, r.status, r.created, r.updated, r.result, r.error, "
                       "(SELECT COUNT(*) FROM queries WHERE run_id = r.id) FROM runs r "
                       "WHERE r.id = ?"),
        what);
    q.addBindValue(runId);
    d->exec(q, what);
    if (!q.next()) {
        if (q.lastError().isValid())
            d->fail(what, q.lastError());
        d->noRun(runId);
    }
    return d->runFromRow(q);
}

std::vector<QueryRecord> RunStore::queries(qint64 runId) const
{
    const bool nb101 = isNb101(d->benchmarkOf(runId));
    const QString what = QStringLiteral("cannot read the queries of run %1").arg(runId);
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT ord, row, cell, source, iteration, search_acc, report_acc, flops, "
                       "params, pred_acc, pred_flops FROM queries WHERE run_id = ? ORDER BY ord"),
        what);
    q.addBindValue(runId);
    d->exec(q, what);
    std::vector<QueryRecord> list;
    while (q.next()) {
        QueryRecord r;
        r.order = q.value(0).toInt();
        const QString where = QStringLiteral("run %1, query %2").arg(runId).arg(r.order + 1);
        r.metrics.row = q.value(1).toInt();
        try {
            r.cell = cellFromText(nb101, q.value(2).toString());
        } catch (const Error &e) {
            d->fail(QStringLiteral("%1: stored cell: %2").arg(where, e.message()));
        }
        const QString source = q.value(3).toString();
        const auto s = cellSourceFromKey(source);
        if (!s)
            d->fail(QStringLiteral("%1: unknown cell source '%2'").arg(where, source));
        r.source = *s;
        r.iteration = q.value(4).toInt();
        r.metrics.searchAccuracy = realOf(q.value(5));
        r.metrics.reportedAccuracy = realOf(q.value(6));
        r.metrics.flops = realOf(q.value(7));
        r.metrics.params = q.value(8).toLongLong();
        const QVariant predAcc = q.value(9);
        const QVariant predFlops = q.value(10);
        if (!predAcc.isNull() || !predFlops.isNull())
            r.predicted = Prediction {realOf(predAcc), realOf(predFlops)};
        list.push_back(std::move(r));
    }
    if (q.lastError().isValid())
        d->fail(what, q.lastError());
    return list;
}

std::optional<StepRecord> RunStore::newestLoadableStep(qint64 runId, QStringList *damaged) const
{
    std::optional<StepRecord> step = lastStep(runId);
    while (step && !step->controller.isEmpty()) {
        try {
            Controller::fromBytes(step->controller);
            break;
        } catch (const Error &e) {
            if (damaged)
                *damaged << QStringLiteral("step %1 (%2)").arg(step->step).arg(e.message());
        }
        do
            step = lastStep(runId, step->step);
        while (step && step->controller.isEmpty());
    }
    return step;
}

std::optional<StepRecord> RunStore::lastStep(qint64 runId, int before) const
{
    const QString what = QStringLiteral("cannot read the last step of run %1").arg(runId);
    StepRecord s;
    {
        QSqlQuery q = d->prepare(
            QStringLiteral("SELECT step, queries, state, controller FROM steps WHERE run_id = ? "
                           "AND step < ? ORDER BY step DESC LIMIT 1"),
            what);
        q.addBindValue(runId);
        q.addBindValue(before > 0 ? before : std::numeric_limits<int>::max());
        d->exec(q, what);
        if (!q.next()) {
            if (q.lastError().isValid())
                d->fail(what, q.lastError());
            return std::nullopt;
        }
        s.step = q.value(0).toInt();
        s.queries = q.value(1).toInt();
        QJsonParseError parseError {};
        const QJsonDocument state = QJsonDocument::fromJson(q.value(2).toString().toUtf8(),
                                                            &parseError);
        if (parseError.error != QJsonParseError::NoError || !state.isObject())
            d->fail(QStringLiteral("run %1, step %2: stored state is not a JSON object")
                        .arg(runId)
                        .arg(s.step));
        s.state = state.object();
        s.controller = q.value(3).toByteArray();
    }
    {
        QSqlQuery q = d->prepare(
            QStringLiteral(
                "SELECT iteration, queries, dims, count, latents, regions, losses, stats "
                "FROM iterations WHERE run_id = ? AND step = ? "
                "ORDER BY iteration DESC LIMIT 1"),
            what);
        q.addBindValue(runId);
        q.addBindValue(s.step);
        d->exec(q, what);
        if (q.next())
            s.iteration = d->iterationFromRow(q, runId);
        else if (q.lastError().isValid())
            d->fail(what, q.lastError());
    }
    return s;
}

std::vector<IterationRecord> RunStore::iterations(qint64 runId) const
{
    const QString what = QStringLiteral("cannot read the iterations of run %1").arg(runId);
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT iteration, queries, dims, count, latents, regions, losses, stats "
                       "FROM iterations WHERE run_id = ? ORDER BY iteration"),
        what);
    q.addBindValue(runId);
    d->exec(q, what);
    std::vector<IterationRecord> list;
    while (q.next())
        list.push_back(d->iterationFromRow(q, runId));
    if (q.lastError().isValid())
        d->fail(what, q.lastError());
    return list;
}

QByteArray RunStore::controllerAt(qint64 runId, int step) const
{
    const QString what =
        QStringLiteral("cannot read the controller of run %1, step %2").arg(runId).arg(step);
    QSqlQuery q = d->prepare(
        QStringLiteral("SELECT controller FROM steps WHERE run_id = ? AND step = ?"), what);
    q.addBindValue(runId);
    q.addBindValue(step);
    d->exec(q, what);
    if (!q.next()) {
        if (q.lastError().isValid())
            d->fail(what, q.lastError());
        return {};
    }
    return q.value(0).toByteArray();
}

void RunStore::deleteRun(qint64 runId)
{
    const QString what = QStringLiteral("cannot delete run %1").arg(runId);
    Impl::Transaction t(*d, what);
    QSqlQuery q = d->prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"), what);
    q.addBindValue(runId);
    d->exec(q, what);
    if (q.numRowsAffected() == 0)
        d->noRun(runId);
    t.commit();
}

void RunStore::saveCopy(const QString &path) const
{
    // VACUUM INTO writes a consistent, compacted copy (WAL included) without
    // locking writers out for long; it refuses to overwrite a file.
    const QString what = QStringLiteral("cannot save a copy of %1 as %2").arg(this->path(), path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(this->path()).absoluteFilePath())
        throw Error(what + QStringLiteral(": it is the same file"));
    if (QFileInfo::exists(path))
        throw Error(what + QStringLiteral(": the file exists"));
    QSqlQuery q = d->prepare(QStringLiteral("VACUUM INTO ?"), what);
    q.addBindValue(path);
    d->exec(q, what);
}

} // namespace dnas
