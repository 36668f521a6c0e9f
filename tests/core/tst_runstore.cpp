#include "store/run_store.h"
#include "testsupport/fixtures.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>

using namespace dnas;

namespace {

SearchConfig nb101Config()
{
    SearchConfig c = SearchConfig::defaults(BenchmarkId::Nb101, SearchMethod::RegularizedEvolution,
                                            42);
    c.seed = std::numeric_limits<std::uint64_t>::max(); // 18446744073709551615
    c.flopsMax = 1.234567890123e9;
    c.population = 20;
    c.tournament = 5;
    c.keepAllCheckpoints = false;
    return c;
}

SearchConfig nb201Config()
{
    SearchConfig c = SearchConfig::defaults(BenchmarkId::Nb201Cifar100, SearchMethod::Dnas, 300);
    c.seed = 7;
    c.alpha = 0.1 + 0.2; // not 0.3: must come back bit for bit
    c.sigma = 1.0 / 3.0;
    c.eps2 = 0.1;
    return c;
}

QueryRecord query(int order, const Cell &cell, int row, CellSource source, int iteration,
                  std::optional<Prediction> predicted = std::nullopt)
{
    QueryRecord q;
    q.order = order;
    q.cell = cell;
    q.metrics.row = row;
    q.metrics.searchAccuracy = 0.9 + 1.0 / (7.0 + order); // not short decimals
    q.metrics.reportedAccuracy = 0.1 + 0.2 + order * 1e-17;
    q.metrics.flops = 1266914304.0 + order / 3.0;
    q.metrics.params = std::int64_t(8555530) + (std::int64_t(1) << 40) * order;
    q.source = source;
    q.iteration = iteration;
    q.predicted = predicted;
    return q;
}

void compareQuery(const QueryRecord &a, const QueryRecord &b)
{
    QCOMPARE(a.order, b.order);
    QVERIFY(a.cell == b.cell);
    QCOMPARE(a.metrics.row, b.metrics.row);
    QCOMPARE(a.metrics.searchAccuracy, b.metrics.searchAccuracy); // QCOMPARE on double is fuzzy
    QVERIFY(a.metrics.searchAccuracy == b.metrics.searchAccuracy);
    QVERIFY(a.metrics.reportedAccuracy == b.metrics.reportedAccuracy);
    QVERIFY(a.metrics.flops == b.metrics.flops);
    QCOMPARE(a.metrics.params, b.metrics.params);
    QCOMPARE(int(a.source), int(b.source));
    QCOMPARE(a.iteration, b.iteration);
    QCOMPARE(a.predicted.has_value(), b.predicted.has_value());
    if (a.predicted) {
        QVERIFY(a.predicted->accuracy == b.predicted->accuracy);
        QVERIFY(a.predicted->flops == b.predicted->flops);
    }
}

bool sameDouble(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

void compareIteration(const IterationRecord &a, const IterationRecord &b)
{
    QCOMPARE(a.iteration, b.iteration);
    QCOMPARE(a.queries, b.queries);
    QCOMPARE(a.latents.size(), b.latents.size());
    for (std::size_t i = 0; i < a.latents.size(); ++i) {
        QCOMPARE(a.latents[i].size(), b.latents[i].size());
        for (std::size_t k = 0; k < a.latents[i].size(); ++k)
            QVERIFY(std::memcmp(&a.latents[i][k], &b.latents[i][k], sizeof(float)) == 0);
    }
    QVERIFY(a.regions == b.regions);
    QCOMPARE(a.losses.size(), b.losses.size());
    for (std::size_t i = 0; i < a.losses.size(); ++i) {
        const EpochLosses &x = a.losses[i];
        const EpochLosses &y = b.losses[i];
        QCOMPARE(x.epoch, y.epoch);
        QCOMPARE(x.steps, y.steps);
        QVERIFY(sameDouble(x.total, y.total));
        QVERIFY(sameDouble(x.accuracy, y.accuracy));
        QVERIFY(sameDouble(x.flops, y.flops));
        QVERIFY(sameDouble(x.reconstruction, y.reconstruction));
        QVERIFY(sameDouble(x.kl, y.kl));
        QVERIFY(sameDouble(x.capacity, y.capacity));
        QVERIFY(sameDouble(x.seconds, y.seconds));
    }
    QCOMPARE(a.stats, b.stats);
}

QByteArray patternedBytes(int size, int salt)
{
    QByteArray b(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        b[i] = char((i * 31 + salt + (i >> 8)) & 0xff);
    return b;
}

IterationRecord iterationRecord(int iteration, int queries)
{
    IterationRecord it;
    it.iteration = iteration;
    it.queries = queries;
    for (int i = 0; i < queries; ++i) {
        Latent z(6);
        for (int k = 0; k < 6; ++k)
            z[std::size_t(k)] = float(std::sin(1.0 + i * 6 + k) * 3.0) / float(iteration);
        it.latents.push_back(z);
    }
    it.latents[0][0] = -0.0f;
    it.latents[0][1] = std::numeric_limits<float>::denorm_min();
    it.latents[0][2] = std::numeric_limits<float>::max();
    LatentInterval automatic;
    automatic.dim = 2;
    automatic.lo = -0.33;
    automatic.hi = -0.11 + 1e-16;
    automatic.weight = 1;
    automatic.user = false;
    it.regions.intervals.push_back(automatic);
    LatentBox box;
    box.dimX = 0;
    box.dimY = 5;
    box.x0 = -1.0 / 3.0;
    box.x1 = 0.5;
    box.y0 = 0.1 + 0.2;
    box.y1 = 2;
    box.weight = 2.5;
    box.user = true;
    it.regions.boxes.push_back(box);
    for (int e = 1; e <= 3; ++e) {
        EpochLosses l;
        l.epoch = e;
        l.steps = 40 * e + iteration;
        l.total = 1.0 / (e + 0.7);
        l.accuracy = 0.01 / 3.0 * e;
        l.flops = 1e-3 / e;
        l.reconstruction = 2.0 / 7.0 * e;
        l.kl = 1e-300 * e;
        l.capacity = 0.5 * e;
        l.seconds = 0.123456789 * e;
        it.losses.push_back(l);
    }
    it.stats = QJsonObject {
        {QStringLiteral("pool"),
         QJsonObject {{QStringLiteral("region"), 500}, {QStringLiteral("whole-space"), 9500}}},
        {QStringLiteral("valid_decodes"), 0.987654321},
        {QStringLiteral("train_s"), 12.5}};
    return it;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** Rows of a table for one run, read through a connection of the test. */
int rowCount(const QString &path, const QString &table, qint64 runId)
{
    int count = -1;
    const QString name = QStringLiteral("tst-runstore-count");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE run_id = %2")
                           .arg(table)
                           .arg(runId))
                && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

/** A pragma's value, read through a connection of the test. */
QString pragma(const QString &path, const QString &name)
{
    QString value;
    const QString connection = QStringLiteral("tst-runstore-pragma");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

/** The store's own connection (the newest one), for simulating failures. */
QSqlDatabase storeConnection()
{
    QString newest;
    quint64 highest = 0;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QLatin1String("dnas-runstore-")))
            continue;
        const quint64 n = name.mid(14).toULongLong();
        if (n >= highest) {
            highest = n;
            newest = name;
        }
    }
    return QSqlDatabase::database(newest, false);
}

QString messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPathIsInAppData()
    {
        QVERIFY(RunStore::defaultPath().endsWith(QLatin1String("/runs.sqlite")));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("nested/folder/runs.sqlite"));
        RunStore store(path);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(store.path(), path);

        const SearchConfig c101 = nb101Config();
        const SearchConfig c201 = nb201Config();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const qint64 run101 = store.createRun(c101);
        const qint64 run201 = store.createRun(c201);
        QVERIFY(run101 > 0);
        QVERIFY(run201 > run101);

        const std::vector<QueryRecord> q101 = {
            query(0, test::readmeInceptionCell(), 17, CellSource::Initial, 0),
            query(1, test::smallestHashCell(), 0, CellSource::Mutation, 1,
                  Prediction {0.93456789123456789, 1.2345678901e9}),
            query(2, test::twoBranchCell(), 423623, CellSource::User, 2, Prediction {-0.0, 0.0}),
        };
        const std::vector<QueryRecord> q201 = {
            query(0, Nb201Cell::fromCode(123), 123, CellSource::Initial, 0),
            query(1, Nb201Cell::fromCode(0), 0, CellSource::Region, 1, Prediction {0.7, 1e8 / 3}),
            query(2, Nb201Cell::fromCode(15624), 15624, CellSource::UserRegion, 1),
            query(3, Nb201Cell::fromCode(7777), 7777, CellSource::GradientStep, 1,
                  Prediction {0.123, 4.56}),
            query(4, Nb201Cell::fromCode(42), 42, CellSource::FlopsEdge, 2),
        };
        for (const QueryRecord &q : q101)
            store.appendQuery(run101, q);
        for (const QueryRecord &q : q201)
            store.appendQuery(run201, q);

        // A baseline step: state only.
        StepRecord baseline;
        baseline.step = 1;
        baseline.queries = 3;
        baseline.state = QJsonObject {
            {QStringLiteral("rng"), QStringLiteral("18446744073709551615")},
            {QStringLiteral("population"), QJsonArray {0, 1, 2}}};
        store.saveStep(run101, baseline, false);

        // A DNAS step with controller and iteration.
        StepRecord dnas;
        dnas.step = 2;
        dnas.queries = 5;
        dnas.state = QJsonObject {{QStringLiteral("rng"), QStringLiteral("123456789")},
                                  {QStringLiteral("phase"), QStringLiteral("sampling")},
                                  {QStringLiteral("x"), 0.1 + 0.2}};
        dnas.controller = patternedBytes(1 << 20, 3);
        dnas.iteration = iterationRecord(1, 5);
        store.saveStep(run201, dnas, true);

        const QJsonObject result {{QStringLiteral("best_report"), 0.94661456},
                                  {QStringLiteral("found_at"), 3}};
        store.setStatus(run101, RunStatus::Finished, result);
        store.setStatus(run201, RunStatus::Failed, {}, QStringLiteral("out of memory"));

        // Runs.
        const std::vector<StoredRun> runs = store.runs();
        QCOMPARE(runs.size(), std::size_t(2));
        QCOMPARE(runs[0].id, run101);
        QCOMPARE(runs[1].id, run201);
        QCOMPARE(runs[0].queries, 3);
        QCOMPARE(runs[1].queries, 5);
        const StoredRun r101 = store.run(run101);
        QCOMPARE(r101.config.toJson(), c101.toJson());
        QCOMPARE(r101.config.seed, std::numeric_limits<std::uint64_t>::max());
        QVERIFY(r101.config.flopsMax && *r101.config.flopsMax == *c101.flopsMax);
        QCOMPARE(int(r101.config.method), int(SearchMethod::RegularizedEvolution));
        QCOMPARE(r101.config.budget, 42);
        QCOMPARE(int(r101.status), int(RunStatus::Finished));
        QCOMPARE(r101.result, result);
        QVERIFY(r101.error.isEmpty());
        QCOMPARE(r101.queries, 3);
        QVERIFY(r101.created.isValid());
        QCOMPARE(r101.created.timeSpec(), Qt::UTC);
        QVERIFY(r101.created >= before);
        QVERIFY(r101.updated >= r101.created);
        QVERIFY(r101.updated <= QDateTime::currentDateTimeUtc().addSecs(1));
        const StoredRun r201 = store.run(run201);
        QCOMPARE(r201.config.toJson(), c201.toJson());
        QVERIFY(r201.config.alpha == 0.1 + 0.2);
        QVERIFY(r201.config.sigma == 1.0 / 3.0);
        QCOMPARE(int(r201.config.benchmark), int(BenchmarkId::Nb201Cifar100));
        QCOMPARE(int(r201.status), int(RunStatus::Failed));
        QVERIFY(r201.result.isEmpty());
        QCOMPARE(r201.error, QStringLiteral("out of memory"));

        // Queries.
        const std::vector<QueryRecord> back101 = store.queries(run101);
        QCOMPARE(back101.size(), q101.size());
        for (std::size_t i = 0; i < q101.size(); ++i)
            compareQuery(back101[i], q101[i]);
        QVERIFY(std::holds_alternative<Nb101Cell>(back101[0].cell));
        const std::vector<QueryRecord> back201 = store.queries(run201);
        QCOMPARE(back201.size(), q201.size());
        for (std::size_t i = 0; i < q201.size(); ++i)
            compareQuery(back201[i], q201[i]);
        QVERIFY(std::holds_alternative<Nb201Cell>(back201[0].cell));

        // Steps.
        const auto last101 = store.lastStep(run101);
        QVERIFY(last101);
        QCOMPARE(last101->step, 1);
        QCOMPARE(last101->queries, 3);
        QCOMPARE(last101->state, baseline.state);
        QVERIFY(last101->controller.isEmpty());
        QVERIFY(!last101->iteration);
        const auto last201 = store.lastStep(run201);
        QVERIFY(last201);
        QCOMPARE(last201->step, 2);
        QCOMPARE(last201->queries, 5);
        QCOMPARE(last201->state, dnas.state);
        QVERIFY(last201->controller == dnas.controller);
        QVERIFY(last201->iteration);
        compareIteration(*last201->iteration, *dnas.iteration);
        QVERIFY(store.controllerAt(run201, 2) == dnas.controller);
        QVERIFY(store.controllerAt(run201, 1).isEmpty());
        QVERIFY(store.controllerAt(run101, 1).isEmpty());

        const std::vector<IterationRecord> its = store.iterations(run201);
        QCOMPARE(its.size(), std::size_t(1));
        compareIteration(its[0], *dnas.iteration);
        QVERIFY(store.iterations(run101).empty());

        QVERIFY(!store.lastStep(store.createRun(c101)));
    }

    // Losses may diverge; empty latent codes (no controller output) still store.
    void unusualIterationsRoundTrip()
    {
        QTemporaryDir dir;
        RunStore store(dir.filePath(QStringLiteral("runs.sqlite")));
        const qint64 run = store.createRun(nb201Config());

        IterationRecord diverged = iterationRecord(1, 2);
        diverged.losses[0].total = std::numeric_limits<double>::quiet_NaN();
        diverged.losses[1].kl = std::numeric_limits<double>::infinity();
        diverged.losses[2].flops = -std::numeric_limits<double>::infinity();
        StepRecord s;
        s.step = 1;
        s.iteration = diverged;
        store.saveStep(run, s, true);

        s.step = 2;
        s.iteration = IterationRecord {};
        s.iteration->iteration = 2;
        s.iteration->latents = {Latent {}, Latent {}};
        s.iteration->regions.intervals.push_back(LatentInterval {40, 0.0, 1.0, 1.0, false});
        store.saveStep(run, s, true);

        const auto its = store.iterations(run);
        QCOMPARE(its.size(), std::size_t(2));
        compareIteration(its[0], diverged);
        QVERIFY(std::isnan(its[0].losses[0].total));
        QVERIFY(std::isinf(its[0].losses[1].kl) && its[0].losses[1].kl > 0);
        QVERIFY(std::isinf(its[0].losses[2].flops) && its[0].losses[2].flops < 0);
        compareIteration(its[1], *s.iteration);

        // Codes of different sizes cannot be stored as a matrix: an error, nothing written.
        s.step = 3;
        s.iteration->iteration = 3;
        s.iteration->latents = {Latent(6), Latent(5)};
        const QString message = messageOf([&] { store.saveStep(run, s, true); });
        QVERIFY2(message.contains(QLatin1String("differ in size")), qPrintable(message));
        QCOMPARE(store.lastStep(run)->step, 2);
    }

    void appendQueryKeepsTheFirst()
    {
        QTemporaryDir dir;
        RunStore store(dir.filePath(QStringLiteral("runs.sqlite")));
        const qint64 run = store.createRun(nb201Config());
        const QueryRecord first = query(0, Nb201Cell::fromCode(5), 5, CellSource::Initial, 0);
        QueryRecord second = query(0, Nb201Cell::fromCode(6), 6, CellSource::Mutation, 3,
                                   Prediction {0.5, 0.25});
        store.appendQuery(run, first);
        store.appendQuery(run, second);
        const auto back = store.queries(run);
        QCOMPARE(back.size(), std::size_t(1));
        compareQuery(back[0], first);
        QCOMPARE(store.run(run).queries, 1);
    }

    void onlyTheNewestCheckpointIsKept()
    {
        QTemporaryDir dir;
        RunStore store(dir.filePath(QStringLiteral("runs.sqlite")));
        const qint64 dropping = store.createRun(nb201Config());
        const qint64 keeping = store.createRun(nb201Config());
        for (int step = 1; step <= 3; ++step) {
            StepRecord s;
            s.step = step;
            s.queries = 10 * step;
            s.controller = patternedBytes(1000 + step, step);
            s.iteration = iterationRecord(step, 3);
            store.saveStep(keeping, s, true);
            store.saveStep(dropping, s, false);
        }
        QVERIFY(store.controllerAt(dropping, 1).isEmpty());
        QVERIFY(store.controllerAt(dropping, 2).isEmpty());
        QVERIFY(store.controllerAt(dropping, 3) == patternedBytes(1003, 3));
        QVERIFY(store.lastStep(dropping)->controller == patternedBytes(1003, 3));
        for (int step = 1; step <= 3; ++step)
            QVERIFY(store.controllerAt(keeping, step) == patternedBytes(1000 + step, step));
        // The steps themselves and their iterations stay.
        QCOMPARE(store.iterations(dropping).size(), std::size_t(3));
        QVERIFY(store.controllerAt(dropping, 99).isEmpty());
    }

    // A step saved again (a resumed run) replaces the stored one.
    void stepSavedAgainIsReplaced()
    {
        QTemporaryDir dir;
        RunStore store(dir.filePath(QStringLiteral("runs.sqlite")));
        const qint64 run = store.createRun(nb201Config());
        StepRecord s;
        s.step = 1;
        s.state = QJsonObject {{QStringLiteral("v"), 1}};
        s.iteration = iterationRecord(1, 2);
        store.saveStep(run, s, true);
        s.state = QJsonObject {{QStringLiteral("v"), 2}};
        s.iteration = iterationRecord(1, 4);
        store.saveStep(run, s, true);
        QCOMPARE(store.lastStep(run)->state, s.state);
        QCOMPARE(store.iterations(run).size(), std::size_t(1));
        QCOMPARE(store.iterations(run)[0].queries, 4);
    }

    void persistsAndSharesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 run = 0;
        {
            RunStore store(path);
            run = store.createRun(nb201Config());
            store.appendQuery(run, query(0, Nb201Cell::fromCode(9), 9, CellSource::Initial, 0));
            StepRecord s;
            s.step = 1;
            s.controller = patternedBytes(4096, 1);
            store.saveStep(run, s, true);
        }
        QCOMPARE(pragma(path, QStringLiteral("user_version")),
                 QString::number(RunStore::kSchemaVersion));
        QCOMPARE(pragma(path, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        {
            RunStore store(path);
            QCOMPARE(store.runs().size(), std::size_t(1));
            QCOMPARE(store.queries(run).size(), std::size_t(1));
            QVERIFY(store.lastStep(run)->controller == patternedBytes(4096, 1));
        }

        // Two stores on one file at once.
        RunStore a(path);
        RunStore b(path);
        const qint64 fromA = a.createRun(nb101Config());
        QCOMPARE(b.runs().size(), std::size_t(2));
        b.appendQuery(fromA, query(0, test::twoBranchCell(), 1, CellSource::Initial, 0));
        a.appendQuery(fromA, query(1, test::smallestHashCell(), 0, CellSource::Mutation, 0));
        const qint64 fromB = b.createRun(nb201Config());
        QVERIFY(fromB > fromA);
        QCOMPARE(a.queries(fromA).size(), std::size_t(2));
        QCOMPARE(b.queries(fromA).size(), std::size_t(2));
        a.setStatus(fromB, RunStatus::Cancelled);
        QCOMPARE(int(b.run(fromB).status), int(RunStatus::Cancelled));
    }

    // Several writers at once (as `dnas compare` processes do) wait for each other.
    void concurrentWritersWait()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        {
            RunStore init(path);
        }
        constexpr int kThreads = 4;
        constexpr int kQueries = 60;
        std::vector<QString> errors(kThreads);
        std::vector<qint64> ids(kThreads, 0);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                try {
                    RunStore store(path);
                    ids[std::size_t(t)] = store.createRun(nb201Config());
                    for (int i = 0; i < kQueries; ++i) {
                        store.appendQuery(ids[std::size_t(t)],
                                          query(i, Nb201Cell::fromCode(i + t * 100), i,
                                                CellSource::WholeSpace, 0));
                        if (i % 20 == 19) {
                            StepRecord s;
                            s.step = i / 20 + 1;
                            s.queries = i + 1;
                            s.controller = patternedBytes(50000, i);
                            s.iteration = iterationRecord(s.step, 3);
                            store.saveStep(ids[std::size_t(t)], s, false);
                        }
                    }
                } catch (const Error &e) {
                    errors[std::size_t(t)] = e.message();
                }
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(120000));
        for (const QString &e : errors)
            QVERIFY2(e.isEmpty(), qPrintable(e));
        RunStore store(path);
        QCOMPARE(store.runs().size(), std::size_t(kThreads));
        for (const StoredRun &r : store.runs())
            QCOMPARE(r.queries, kQueries);
        for (qint64 id : ids)
            QCOMPARE(store.lastStep(id)->step, 3);
    }

    void textFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i)
                f.write("These are my notes, not a database.\n");
        }
        const QByteArray before = fileBytes(path);
        const QString message = messageOf([&] { RunStore store(path); });
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("not a database")), qPrintable(message));
        QCOMPARE(fileBytes(path), before);
    }

    // An empty file (e.g. made by `touch`) is an empty database.
    void emptyFileBecomesADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        RunStore store(path);
        QVERIFY(store.runs().empty());
        QVERIFY(store.createRun(nb201Config()) > 0);
    }

    void foreignDatabaseIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("tst-foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst-foreign"));
        const QByteArray before = fileBytes(path);
        const QString message = messageOf([&] { RunStore store(path); });
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("not a DNAS Studio run database")),
                 qPrintable(message));
        QCOMPARE(fileBytes(path), before);
    }

    void newerSchemaIsAnErrorAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("tst-future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE runs (id INTEGER PRIMARY KEY, x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (x) VALUES ('from the future')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst-future"));
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        const QString message = messageOf([&] { RunStore store(path); });
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("99")), qPrintable(message));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal"))
                || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    }

    void missingRunIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        RunStore store(path);
        const QString message = messageOf([&] { store.run(12345); });
        QVERIFY2(message.contains(QLatin1String("no run 12345")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY(!messageOf([&] { store.queries(12345); }).isEmpty());
        QVERIFY(!messageOf([&] { store.setStatus(12345, RunStatus::Finished); }).isEmpty());
        QVERIFY(!messageOf([&] { store.deleteRun(12345); }).isEmpty());
        // Foreign keys: no query or step of a run that does not exist.
        const QString orphan = messageOf([&] {
            store.appendQuery(12345, query(0, Nb201Cell::fromCode(1), 1, CellSource::User, 0));
        });
        QVERIFY2(orphan.contains(QDir::toNativeSeparators(path)), qPrintable(orphan));
        QVERIFY(!messageOf([&] { store.saveStep(12345, StepRecord {}, true); }).isEmpty());
        QVERIFY(!store.lastStep(12345));
        QVERIFY(store.iterations(12345).empty());
        QVERIFY(store.runs().empty());
    }

    void unwritableFolderIsAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        // A folder that cannot be created: a file is in the way.
        const QString path = blocker + QStringLiteral("/sub/runs.sqlite");
        const QString message = messageOf([&] { RunStore store(path); });
        QVERIFY2(!message.isEmpty(), "no error");
        QVERIFY2(message.contains(QDir::toNativeSeparators(blocker)), qPrintable(message));
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 run = 0;
        {
            RunStore store(path);
            run = store.createRun(nb201Config());
            store.appendQuery(run, query(0, Nb201Cell::fromCode(3), 3, CellSource::Initial, 0));
        }
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto restore = qScopeGuard(
            [&] { QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner); });
        {
            QFile probe(path);
            if (probe.open(QIODevice::ReadWrite))
                QSKIP("the file stays writable (running as root?)");
        }
        RunStore store(path);
        QCOMPARE(store.queries(run).size(), std::size_t(1));
        const QString message = messageOf([&] {
            store.appendQuery(run, query(1, Nb201Cell::fromCode(4), 4, CellSource::Initial, 0));
        });
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
                     || message.contains(QLatin1String("read-only"), Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY(!messageOf([&] { store.createRun(nb201Config()); }).isEmpty());
        QCOMPARE(store.queries(run).size(), std::size_t(1));
        QCOMPARE(store.run(run).queries, 1);
    }

    void readOnlyFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        {
            QFile probe(folder + QStringLiteral("/probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QSKIP("the folder stays writable (running as root?)");
            }
        }
        const QString path = folder + QStringLiteral("/runs.sqlite");
        const QString message = messageOf([&] { RunStore store(path); });
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("unable to open"), Qt::CaseInsensitive),
                 qPrintable(message));
    }

    // Write failures (also as root): the connection refuses writes, or a
    // statement fails half way through a step; an Error, nothing half written.
    void failedWritesAreErrorsAndAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        RunStore store(path);
        const qint64 run = store.createRun(nb201Config());
        store.appendQuery(run, query(0, Nb201Cell::fromCode(3), 3, CellSource::Initial, 0));
        StepRecord s;
        s.step = 1;
        s.controller = patternedBytes(1000, 1);
        s.iteration = iterationRecord(1, 1);
        store.saveStep(run, s, false);

        QSqlDatabase db = storeConnection();
        QVERIFY(db.isOpen());
        {
            // The step row goes in, then the iteration row fails.
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral(
                         "CREATE TEMP TRIGGER fail_iterations BEFORE INSERT ON main.iterations "
                         "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")),
                     qPrintable(q.lastError().text()));
        }
        StepRecord next;
        next.step = 2;
        next.controller = patternedBytes(2000, 2);
        next.iteration = iterationRecord(2, 1);
        const QString stepMessage = messageOf([&] { store.saveStep(run, next, false); });
        QVERIFY2(stepMessage.contains(QDir::toNativeSeparators(path)), qPrintable(stepMessage));
        QVERIFY2(stepMessage.contains(QLatin1String("disk is full")), qPrintable(stepMessage));
        QCOMPARE(store.lastStep(run)->step, 1);
        QVERIFY(store.controllerAt(run, 1) == patternedBytes(1000, 1)); // not dropped
        QCOMPARE(store.iterations(run).size(), std::size_t(1));
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.fail_iterations")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = ON")));
        }
        const QString queryMessage = messageOf([&] {
            store.appendQuery(run, query(1, Nb201Cell::fromCode(4), 4, CellSource::Initial, 0));
        });
        QVERIFY2(queryMessage.contains(QDir::toNativeSeparators(path)), qPrintable(queryMessage));
        QVERIFY(!messageOf([&] { store.createRun(nb201Config()); }).isEmpty());
        QVERIFY(!messageOf([&] { store.deleteRun(run); }).isEmpty());
        QCOMPARE(store.queries(run).size(), std::size_t(1));
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA query_only = OFF")));
        }
        db = QSqlDatabase();
        store.saveStep(run, next, false); // the store still works afterwards
        QCOMPARE(store.lastStep(run)->step, 2);
        QVERIFY(store.controllerAt(run, 1).isEmpty());
    }

    void saveCopyHoldsEveryRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        RunStore store(path);
        const qint64 run = store.createRun(nb201Config());
        for (int i = 0; i < 3; ++i)
            store.appendQuery(run, query(i, Nb201Cell::fromCode(i), i, CellSource::Initial, 0));
        StepRecord s;
        s.step = 1;
        s.controller = patternedBytes(300, 2);
        s.iteration = iterationRecord(1, 3);
        store.saveStep(run, s, true);

        const QString copyPath = dir.filePath(QStringLiteral("copy.sqlite"));
        store.saveCopy(copyPath);
        RunStore copy(copyPath);
        QCOMPARE(copy.runs().size(), std::size_t(1));
        QCOMPARE(copy.queries(run).size(), std::size_t(3));
        QCOMPARE(copy.controllerAt(run, 1), s.controller);
        QCOMPARE(copy.iterations(run).size(), std::size_t(1));
        // The copy is independent of the original.
        store.appendQuery(run, query(3, Nb201Cell::fromCode(3), 3, CellSource::Initial, 0));
        QCOMPARE(copy.queries(run).size(), std::size_t(3));
        // Never over an existing file, nor over itself.
        QVERIFY(messageOf([&] { store.saveCopy(copyPath); }).contains(QLatin1String("exists")));
        QVERIFY(messageOf([&] { store.saveCopy(path); }).contains(QLatin1String("same file")));
        QCOMPARE(copy.queries(run).size(), std::size_t(3));
    }

    void deleteRunRemovesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.sqlite"));
        RunStore store(path);
        const qint64 gone = store.createRun(nb201Config());
        const qint64 kept = store.createRun(nb201Config());
        for (qint64 run : {gone, kept}) {
            for (int i = 0; i < 4; ++i)
                store.appendQuery(run, query(i, Nb201Cell::fromCode(i), i, CellSource::Initial, 0));
            StepRecord s;
            s.step = 1;
            s.controller = patternedBytes(100, 1);
            s.iteration = iterationRecord(1, 4);
            store.saveStep(run, s, true);
        }
        QCOMPARE(rowCount(path, QStringLiteral("queries"), gone), 4);
        QCOMPARE(rowCount(path, QStringLiteral("steps"), gone), 1);
        QCOMPARE(rowCount(path, QStringLiteral("iterations"), gone), 1);

        store.deleteRun(gone);
        QCOMPARE(rowCount(path, QStringLiteral("queries"), gone), 0);
        QCOMPARE(rowCount(path, QStringLiteral("steps"), gone), 0);
        QCOMPARE(rowCount(path, QStringLiteral("iterations"), gone), 0);
        QVERIFY(messageOf([&] { store.run(gone); }).contains(QLatin1String("no run")));
        QCOMPARE(store.runs().size(), std::size_t(1));
        QCOMPARE(store.queries(kept).size(), std::size_t(4));
        QCOMPARE(rowCount(path, QStringLiteral("steps"), kept), 1);
        QCOMPARE(store.iterations(kept).size(), std::size_t(1));
        // Ids are not reused.
        QVERIFY(store.createRun(nb201Config()) > kept);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
