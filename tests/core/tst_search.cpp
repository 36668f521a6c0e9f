// The search engine: Eqn 4 regions, the sampler's sources, query accounting,
// baselines, user regions replaced mid-run, pause/cancel from another thread,
// resume after an interruption, config validation.
#include "controller/controller.h"
#include "search/search_engine.h"
#include "space/neighbours.h"
#include "store/run_store.h"
#include "testsupport/fixtures.h"
#include "util/error.h"
#include "util/rng.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace dnas;

namespace {
/** A DNAS run small enough for a unit test (NB-201: decodes are cheap). */
SearchConfig smallDnas(std::uint64_t seed, int budget = 60)
{
    SearchConfig c = SearchConfig::defaults(BenchmarkId::Nb201Cifar10, SearchMethod::Dnas, budget);
    c.seed = seed;
    c.initial = 20;
    c.iterations = 2;
    c.pool = 800;
    c.epochs = 3;
    c.pseudoLabels = 100;
    c.pseudoEpochs = 1;
    c.topP = 20;
    return c;
}

std::vector<int> rowsOf(const std::vector<QueryRecord> &queries)
{
    std::vector<int> rows;
    for (const auto &q : queries)
        rows.push_back(q.metrics.row);
    return rows;
}

/** Records every event; optional hooks act on them. */
struct Recorder : SearchObserver
{
    std::vector<QueryRecord> queries;
    std::vector<IterationRecord> iterations;
    std::vector<SearchPhase> phases;
    int bestEvents = 0;
    std::function<void(const QueryRecord &)> onQuery;
    std::function<void(SearchPhase, int)> onPhase;
    void phaseChanged(SearchPhase p, int it) override
    {
        phases.push_back(p);
        if (onPhase)
            onPhase(p, it);
    }
    void queryMade(const QueryRecord &q) override
    {
        queries.push_back(q);
        if (onQuery)
            onQuery(q);
    }
    void bestImproved(const QueryRecord &) override { ++bestEvents; }
    void iterationFinished(const IterationRecord &r) override { iterations.push_back(r); }
};
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setTorchThreads(1); }

    void eqn4PaperExample()
    {
        // The paper's worked example: top-3 z of −0.28, −0.16, −0.19, σ 0.05.
        const auto iv = promisingIntervals({{-0.28f}, {-0.16f}, {-0.19f}}, 0.05);
        QCOMPARE(int(iv.size()), 1);
        QCOMPARE(iv[0].dim, 0);
        QVERIFY(qAbs(iv[0].lo - -0.33) < 1e-6);
        QVERIFY(qAbs(iv[0].hi - -0.11) < 1e-6);
        QVERIFY(!iv[0].user);
    }

    void eqn4DisjointAndPerDimension()
    {
        const auto iv = promisingIntervals({{0.0f, 1.0f}, {1.0f, 1.02f}}, 0.05);
        // dim 0: two disjoint intervals; dim 1: one merged.
        QCOMPARE(int(iv.size()), 3);
        QCOMPARE(iv[0].dim, 0);
        QCOMPARE(iv[1].dim, 0);
        QVERIFY(qAbs(iv[0].hi - 0.05) < 1e-6 && qAbs(iv[1].lo - 0.95) < 1e-6);
        QCOMPARE(iv[2].dim, 1);
        QVERIFY(qAbs(iv[2].lo - 0.95) < 1e-6 && qAbs(iv[2].hi - 1.07) < 1e-6);
    }

    void regionSamplerStaysInside()
    {
        RegionSet set;
        set.intervals = promisingIntervals({{0.0f, 1.0f, 0.0f}, {0.5f, 1.0f, 0.0f}}, 0.05);
        set.intervals.push_back(LatentInterval {2, 2.0, 2.5, 1.0, true});
        set.boxes.push_back(LatentBox {0, 1, -3.0, -2.0, 5.0, 6.0, 3.0, true});
        const RegionSampler sampler(3, set);
        Rng rng(3);
        for (int i = 0; i < 2000; ++i) {
            const auto z = sampler.drawAutomatic(rng);
            QVERIFY((z[0] >= -0.05f && z[0] <= 0.05f) || (z[0] >= 0.45f && z[0] <= 0.55f));
            QVERIFY(z[1] >= 0.95f && z[1] <= 1.05f);
        }
        int boxes = 0, intervals = 0;
        for (int i = 0; i < 4000; ++i) {
            const auto z = *sampler.drawUser(rng);
            if (z[0] <= -2.0f) {
                QVERIFY(z[0] >= -3.0f && z[1] >= 5.0f && z[1] <= 6.0f);
                ++boxes;
            } else {
                QVERIFY(z[2] >= 2.0f && z[2] <= 2.5f);
                ++intervals;
            }
        }
        // Weights 3 : 1.
        QVERIFY(boxes > 2 * intervals && boxes < 4 * intervals);
        QVERIFY(!RegionSampler(3, RegionSet {}).drawUser(rng));
    }

    void regionsJsonAndValidation()
    {
        RegionSet set;
        set.intervals.push_back(LatentInterval {1, -0.5, 0.25, 2.0, true});
        set.boxes.push_back(LatentBox {0, 2, -1, 1, -2, 2, 1.0, true});
        QCOMPARE(RegionSet::fromJson(set.toJson(), 3), set);
        QVERIFY_THROWS_EXCEPTION(Error, RegionSet::fromJson(set.toJson(), 2)); // dim 2 of 2
        RegionSet inverted;
        inverted.intervals.push_back(LatentInterval {0, 1.0, 0.5, 1.0, true});
        QVERIFY(inverted.problem(4).contains(QStringLiteral("lo must be below hi")));
    }

    void configValidation()
    {
        const SearchConfig base = SearchConfig::defaults(BenchmarkId::Nb101, SearchMethod::Dnas,
                                                         300);
        QCOMPARE(base.initial, 100);
        QCOMPARE(SearchConfig::fromJson(base.toJson(), SearchConfig {}).toJson(), base.toJson());
        const auto message = [&base](const QJsonObject &json) {
            try {
                SearchConfig::fromJson(json, base);
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        QVERIFY(message({{QStringLiteral("pool_size"), 10}})
                    .contains(QStringLiteral("'pool_size': unknown key")));
        QVERIFY(message({{QStringLiteral("sigma"), -1}}).contains(QStringLiteral("'sigma'")));
        QVERIFY(message({{QStringLiteral("top_k"), 2.5}}).contains(QStringLiteral("'top_k'")));
        QVERIFY(message({{QStringLiteral("eps1"), 0.6}, {QStringLiteral("eps2"), 0.6}})
                    .contains(QStringLiteral("eps1")));
        QVERIFY(message({{QStringLiteral("initial"), 300}}).contains(QStringLiteral("'initial'")));
        QVERIFY(message({{QStringLiteral("method"), QStringLiteral("bogus")}})
                    .contains(QStringLiteral("'method'")));
        QVERIFY(message({{QStringLiteral("selection"), QStringLiteral("best")}})
                    .contains(QStringLiteral("'selection'")));
        QVERIFY(
            message({{QStringLiteral("flops_max"), -5}}).contains(QStringLiteral("'flops_max'")));
        QCOMPARE(message({{QStringLiteral("pool"), 5000}, {QStringLiteral("flops_max"), 1e8}}),
                 QString());
        const SearchConfig semi = SearchConfig::defaults(BenchmarkId::Nb101, SearchMethod::Semi,
                                                         150);
        QCOMPARE(semi.beta, 0.0);
        QVERIFY(!semi.denseSampling);
        QCOMPARE(semi.initial, 50);
        QCOMPARE(SearchConfig::defaults(BenchmarkId::Nb101, SearchMethod::Dnas, 300,
                                        QStringLiteral("paper"))
                     .selection,
                 QStringLiteral("gradient"));
    }

    void neighbours()
    {
        const Nb201Cell c = Nb201Cell::fromCode(777);
        const auto n201 = nb201Neighbours(c);
        QCOMPARE(int(n201.size()), 24);
        for (const auto &n : n201) {
            int diff = 0;
            for (int e = 0; e < Nb201Cell::kEdges; ++e)
                diff += n.op(e) != c.op(e);
            QCOMPARE(diff, 1);
        }
        const Nb101Cell cell = test::readmeInceptionCell();
        const auto n101 = nb101Neighbours(cell);
        QVERIFY(n101.size() > 10);
        QSet<QString> hashes;
        for (const auto &n : n101) {
            QVERIFY(n.isValid());
            QVERIFY(n.moduleHash() != cell.moduleHash());
            hashes.insert(n.moduleHash().toHex());
        }
        QCOMPARE(hashes.size(), int(n101.size()));
    }

    void baselinesAccountQueries_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("random") << int(SearchMethod::Random);
        QTest::newRow("re") << int(SearchMethod::RegularizedEvolution);
        QTest::newRow("ls") << int(SearchMethod::LocalSearch);
    }

    void baselinesAccountQueries()
    {
        QFETCH(int, method);
        const auto bench = test::bundled(BenchmarkId::Nb101);
        SearchConfig c = SearchConfig::defaults(BenchmarkId::Nb101, SearchMethod(method), 120);
        c.seed = 11;
        Recorder rec;
        SearchEngine engine(bench, nullptr, &rec);
        const SearchResult r = engine.run(c);
        QCOMPARE(r.status, RunStatus::Finished);
        QCOMPARE(r.queries, 120);
        QCOMPARE(int(rec.queries.size()), 120);
        QSet<int> rows;
        for (int i = 0; i < 120; ++i) {
            QCOMPARE(rec.queries[std::size_t(i)].order, i);
            rows.insert(rec.queries[std::size_t(i)].metrics.row);
        }
        QCOMPARE(rows.size(), 120); // every query a distinct cell
        double best = 0;
        for (const auto &q : rec.queries)
            best = std::max(best, q.metrics.searchAccuracy);
        QCOMPARE(r.best->metrics.searchAccuracy, best);
        QCOMPARE(r.rank, bench->rankOfReported(best));
        QVERIFY(rec.bestEvents >= 1);
        // The same seed makes the same queries.
        Recorder again;
        SearchEngine(bench, nullptr, &again).run(c);
        QCOMPARE(rowsOf(again.queries), rowsOf(rec.queries));
        if (SearchMethod(method) == SearchMethod::LocalSearch) {
            // Every neighbour query is one edit from an earlier query.
            for (const auto &q : rec.queries) {
                if (q.source != CellSource::Neighbour)
                    continue;
                bool found = false;
                for (const auto &p : rec.queries) {
                    if (p.order >= q.order)
                        break;
                    for (const auto &n : nb101Neighbours(std::get<Nb101Cell>(p.cell)))
                        found = found || bench->rowOf(n) == q.metrics.row;
                    if (found)
                        break;
                }
                QVERIFY2(found, qPrintable(QStringLiteral("query %1").arg(q.order)));
            }
        }
    }

    void dnasUsesEverySource()
    {
        const auto bench = test::bundled(BenchmarkId::Nb201Cifar10);
        SearchConfig c = smallDnas(5);
        c.flopsMax = 60e6; // NB-201 CIFAR-10 FLOPS span about 7.8 to 220 M
        c.eps1 = 0.2;
        c.eps2 = 0.2;
        Recorder rec;
        SearchEngine engine(bench, nullptr, &rec);
        const SearchResult r = engine.run(c);
        QCOMPARE(r.status, RunStatus::Finished);
        QCOMPARE(r.queries, 60);
        QCOMPARE(int(rec.iterations.size()), 2);
        for (const auto &it : rec.iterations) {
            const QJsonObject pool = it.stats.value(QStringLiteral("pool")).toObject();
            QVERIFY2(pool.value(QStringLiteral("region")).toInt() > 0, "region samples");
            QVERIFY2(pool.value(QStringLiteral("flops-edge")).toInt() > 0, "FLOPS edge samples");
            QVERIFY2(pool.value(QStringLiteral("mutation")).toInt() > 0, "mutations");
            QVERIFY2(pool.value(QStringLiteral("whole-space")).toInt() > 0, "whole space");
            QVERIFY(it.stats.value(QStringLiteral("gradient_new")).toInt() > 0);
            QCOMPARE(int(it.latents.size()), it.queries);
            QVERIFY(!it.regions.intervals.empty());
            QVERIFY(it.controller);
        }
        // Queries after the initial set respect the limit; the best does too.
        for (const auto &q : rec.queries) {
            if (q.source != CellSource::Initial) {
                QVERIFY(q.metrics.flops <= *c.flopsMax);
                QVERIFY(q.predicted.has_value());
            }
        }
        QVERIFY(r.best->metrics.flops <= *c.flopsMax);
        QCOMPARE(rec.queries[0].source, CellSource::Initial);
        QCOMPARE(rec.queries[20].iteration, 1);
    }

    void dnasIsDeterministic()
    {
        const auto bench = test::bundled(BenchmarkId::Nb201Cifar10);
        Recorder a, b;
        SearchEngine(bench, nullptr, &a).run(smallDnas(9));
        SearchEngine(bench, nullptr, &b).run(smallDnas(9));
        QCOMPARE(rowsOf(a.queries), rowsOf(b.queries));
        QCOMPARE(a.iterations.back().latents, b.iterations.back().latents);
    }

    void userRegionsReplacedMidRun()
    {
        const auto bench = test::bundled(BenchmarkId::Nb201Cifar10);
        SearchControl control;
        Recorder rec;
        RegionSet user;
        user.boxes.push_back(LatentBox {0, 1, -0.5, 0.5, -0.5, 0.5, 1.0, true});
        RegionSet second;
        second.intervals.push_back(LatentInterval {3, 1.0, 1.5, 1.0, true});
        // Another thread would do the same; the engine reads the newest list
        // when it samples.
        rec.onPhase = [&](SearchPhase p, int it) {
            if (p == SearchPhase::Training && it == 1)
                control.setUserRegions(user);
            if (p == SearchPhase::Training && it == 2)
                control.setUserRegions(second);
        };
        SearchConfig c = smallDnas(2);
        SearchEngine engine(bench, nullptr, &rec, &control);
        QCOMPARE(engine.run(c).status, RunStatus::Finished);
        QCOMPARE(int(rec.iterations.size()), 2);
        const RegionSet &first = rec.iterations[0].regions;
        QCOMPARE(int(first.boxes.size()), 1);
        QCOMPARE(first.boxes[0], user.boxes[0]);
        QVERIFY(rec.iterations[0].stats.value(QStringLiteral("user_points")).toInt() > 0);
        const RegionSet &then = rec.iterations[1].regions;
        QVERIFY(then.boxes.empty());
        QVERIFY(std::count(then.intervals.begin(), then.intervals.end(), second.intervals[0]) == 1);
    }

    void pauseAndCancelFromAnotherThread()
    {
        const auto bench = test::bundled(BenchmarkId::Nb201Cifar10);
        SearchControl control;
        std::atomic<int> made {0};
        Recorder rec;
        rec.onQuery = [&made](const QueryRecord &) {
            ++made;
        };
        SearchConfig c = smallDnas(4, 2000);
        c.iterations = 200;
        SearchResult result;
        std::thread worker([&] { result = SearchEngine(bench, nullptr, &rec, &control).run(c); });
        while (made.load() < 30)
            QTest::qWait(5);
        control.pause();
        QTest::qWait(1500); // in the worst case an epoch or a decode chunk finishes
        const int atPause = made.load();
        QTest::qWait(500);
        QCOMPARE(made.load(), atPause);
        control.resume();
        QTRY_VERIFY_WITH_TIMEOUT(made.load() > atPause, 10000);
        QElapsedTimer t;
        t.start();
        control.cancel();
        worker.join();
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(result.status, RunStatus::Cancelled);
        QVERIFY(result.queries < 2000);
    }

    void resumeAfterInterruption_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("stopAt");
        QTest::newRow("dnas mid-iteration") << int(SearchMethod::Dnas) << 31;
        QTest::newRow("dnas initial set") << int(SearchMethod::Dnas) << 7;
        QTest::newRow("re") << int(SearchMethod::RegularizedEvolution) << 37;
        QTest::newRow("ls") << int(SearchMethod::LocalSearch) << 23;
    }

    void resumeAfterInterruption()
    {
        QFETCH(int, method);
        QFETCH(int, stopAt);
        const auto bench = test::bundled(BenchmarkId::Nb201Cifar10);
        SearchConfig c = SearchMethod(method) == SearchMethod::Dnas
            ? smallDnas(3)
            : SearchConfig::defaults(BenchmarkId::Nb201Cifar10, SearchMethod(method), 60);
        c.seed = 3;
        QTemporaryDir dir;
        Recorder whole;
        const SearchResult uninterrupted = SearchEngine(bench, nullptr, &whole).run(c);

        const QString db = dir.filePath(QStringLiteral("runs.sqlite"));
        qint64 id = 0;
        {
            RunStore store(db);
            SearchControl control;
            Recorder first;
            first.onQuery = [&](const QueryRecord &q) {
                if (q.order + 1 == stopAt)
                    control.cancel(); // stops mid-step, like a kill
            };
            const SearchResult r = SearchEngine(bench, &store, &first, &control).run(c);
            QCOMPARE(r.status, RunStatus::Cancelled);
            id = r.runId;
            QCOMPARE(int(store.queries(id).size()), stopAt);
        }
        RunStore store(db);
        const auto last = store.lastStep(id);
        const int resumedFrom = last ? last->queries : 0;
        QVERIFY(resumedFrom <= stopAt);
        Recorder second;
        const SearchResult r = SearchEngine(bench, &store, &second).resume(id);
        QCOMPARE(r.status, RunStatus::Finished);
        const auto stored = store.queries(id);
        QCOMPARE(rowsOf(stored), rowsOf(whole.queries));
        QCOMPARE(r.best->metrics.row, uninterrupted.best->metrics.row);
        QCOMPARE(r.queries, uninterrupted.queries);
        // It went on from the last completed step: the unfinished step's
        // queries were replayed (from the store) and the rest made anew.
        QCOMPARE(int(second.queries.size()), 60 - resumedFrom);
        QCOMPARE(store.run(id).status, RunStatus::Finished);
        QVERIFY_THROWS_EXCEPTION(Error, SearchEngine(bench, &store).resume(id)); // finished
    }

    void wrongBenchmarkAndBadConfig()
    {
        const auto bench = test::bundled(BenchmarkId::Nb201Cifar10);
        SearchEngine engine(bench);
        QVERIFY_THROWS_EXCEPTION(
            Error,
            engine.run(SearchConfig::defaults(BenchmarkId::Nb101, SearchMethod::Random, 10)));
        SearchConfig bad = smallDnas(0);
        bad.initial = 60;
        QVERIFY_THROWS_EXCEPTION(Error, engine.run(bad));
        QVERIFY_THROWS_EXCEPTION(Error, engine.resume(1)); // no store
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
