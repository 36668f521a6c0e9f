#pragma once

#include "../search/search_events.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dnas {

/** The engine's state after a completed step: enough to resume the run from
 *  there and make exactly the queries an uninterrupted run would make. */
struct StepRecord
{
    int step = 0; ///< 1-based count of completed steps
    int queries = 0; ///< labelled cells when the step finished
    QJsonObject state; ///< method state (random generator, population, ...)
    QByteArray controller; ///< DNAS: the controller (Controller::toBytes); else empty
    std::optional<IterationRecord> iteration; ///< DNAS iterations: latents, regions, losses
};

/** A run as stored. */
struct StoredRun
{
    qint64 id = 0;
    SearchConfig config;
    RunStatus status = RunStatus::Running;
    QDateTime created;
    QDateTime updated;
    int queries = 0;
    QJsonObject result; ///< SearchResult::toJson when ended
    QString error;
};

/**
 * Runs in one SQLite file (schema versioned with PRAGMA user_version, WAL
 * mode): runs with their configuration, every query in order, per step the
 * engine state, controller checkpoint, latent codes, regions and losses.
 *
 * A RunStore owns one connection, opened in the constructor's thread: use it
 * from that thread only (the GUI's worker opens its own). Every write is one
 * transaction, so a process killed at any moment leaves the file at the last
 * completed write. Errors (cannot open or write, not a database, a newer
 * schema) throw Error with the file name and the reason.
 */
class RunStore
{
public:
    static constexpr int kSchemaVersion = 1;

    /** The per-user default file, shared by the CLI and the GUI:
     *  <GenericDataLocation>/org.dnasstudio.DnasStudio/runs.sqlite. */
    static QString defaultPath();

    /** Opens or creates the database file (and its folder). */
    explicit RunStore(const QString &path);
    ~RunStore();
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;

    QString path() const;

    qint64 createRun(const SearchConfig &config);
    /** Stores one query; a query with the same run and order is kept as it is
     *  (a resumed run replays its last, unfinished step). */
    void appendQuery(qint64 runId, const QueryRecord &query);
    /** Stores a completed step in one transaction; drops older controller
     *  blobs unless keepAllCheckpoints. */
    void saveStep(qint64 runId, const StepRecord &step, bool keepAllCheckpoints);
    void setStatus(qint64 runId, RunStatus status, const QJsonObject &result = {},
                   const QString &error = {});

    std::vector<StoredRun> runs() const;
    /** Throws Error when there is no such run. */
    StoredRun run(qint64 runId) const;
    std::vector<QueryRecord> queries(qint64 runId) const;
    /** The newest stored step; with before > 0, the newest step numbered
     *  below `before` (to go around a damaged checkpoint). */
    std::optional<StepRecord> lastStep(qint64 runId, int before = 0) const;
    /** The newest step a run can go on from: the last step, or when its
     *  controller checkpoint does not load, the newest earlier step whose
     *  checkpoint does (nullopt: none, go on from the start). Each damaged
     *  checkpoint passed over is described in *damaged ("step 7 (why)"). */
    std::optional<StepRecord> newestLoadableStep(qint64 runId, QStringList *damaged) const;
    /** Every stored DNAS iteration of a run, in order. */
    std::vector<IterationRecord> iterations(qint64 runId) const;
    /** Controller blob of a step, empty when not kept. */
    QByteArray controllerAt(qint64 runId, int step) const;
    void deleteRun(qint64 runId);
    /** Writes a consistent copy of the whole database to `path` (a new
     *  file; an existing one is refused). */
    void saveCopy(const QString &path) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dnas
