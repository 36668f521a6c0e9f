#include "controller/controller.h"
#include "controller/pretraining.h"
#include "testsupport/fixtures.h"
#include "util/error.h"
#include "util/rng.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace dnas;

namespace {
// A small controller that trains in well under a second per epoch.
ControllerConfig tinyConfig(SpaceKind space, std::uint64_t seed = 1)
{
    ControllerConfig c = ControllerConfig::defaults(space);
    c.hidden = 24;
    c.latent = 6;
    c.embedding = 8;
    c.accHidden = 16;
    c.beta = 0.05;
    c.capacityMax = 0;
    c.seed = seed;
    return c;
}

std::vector<TrainingSample> nb201Samples(int count, std::uint64_t seed)
{
    const auto bench = test::bundled(BenchmarkId::Nb201Cifar10);
    Rng rng(seed);
    std::vector<int> all(std::size_t(bench->size()));
    for (int i = 0; i < bench->size(); ++i)
        all[std::size_t(i)] = i;
    return samplesOfRows(*bench, sampleRows(all, count, rng), true);
}

std::vector<Latent> gaussian(int count, int size, std::uint64_t seed)
{
    Rng rng(seed);
    std::vector<Latent> z(static_cast<std::size_t>(count), Latent(static_cast<std::size_t>(size)));
    for (Latent &l : z) {
        for (float &v : l)
            v = float(2.0 * rng.normal());
    }
    return z;
}
} // namespace

class TestController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setTorchThreads(1); }

    // Untrained weights put mass on every token; the decoder must still only
    // emit tokens allowed at each position.
    void decodingIsConstrainedByPosition_data()
    {
        QTest::addColumn<int>("space");
        QTest::newRow("nb101") << int(SpaceKind::Nb101);
        QTest::newRow("nb201") << int(SpaceKind::Nb201);
    }
    void decodingIsConstrainedByPosition()
    {
        QFETCH(int, space);
        const Controller c(tinyConfig(SpaceKind(space)));
        const auto z = gaussian(300, c.latentSize(), 3);
        const auto sequences = c.decodeTokens(z);
        QCOMPARE(sequences.size(), z.size());
        for (const auto &t : sequences) {
            QCOMPARE(int(t.size()), c.codec().length());
            for (int k = 0; k < c.codec().length(); ++k) {
                const auto &allowed = c.codec().allowedTokens(k);
                QVERIFY(std::find(allowed.begin(), allowed.end(), int(t[std::size_t(k)]))
                        != allowed.end());
            }
        }
        // Every NB-201 sequence is a cell; NB-101 ones are cells or invalid.
        const auto cells = c.decode(z);
        if (SpaceKind(space) == SpaceKind::Nb201)
            QVERIFY(std::all_of(cells.begin(), cells.end(),
                                [](const auto &x) { return x.has_value(); }));
    }

    void saveLoadGivesTheSameController()
    {
        Controller c(tinyConfig(SpaceKind::Nb201));
        TrainOptions o;
        o.epochs = 2;
        c.train(nb201Samples(300, 1), o);
        const QByteArray bytes = c.toBytes();
        const auto copy = Controller::fromBytes(bytes);
        QCOMPARE(copy->toBytes(), bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.dnasctl"));
        c.save(path);
        const auto loaded = Controller::load(path);
        const auto z = gaussian(50, c.latentSize(), 4);
        QCOMPARE(loaded->decodeTokens(z), c.decodeTokens(z));
        const auto p1 = c.predict(z);
        const auto p2 = loaded->predict(z);
        for (std::size_t i = 0; i < z.size(); ++i) {
            QCOMPARE(p2[i].accuracy, p1[i].accuracy);
            QCOMPARE(p2[i].flops, p1[i].flops);
        }
        QCOMPARE(loaded->accuracyNormalisation(), c.accuracyNormalisation());
        const auto snap = c.snapshot();
        QCOMPARE(snap->toBytes(), bytes);
    }

    void independentDecoderTrainsSavesAndLoads()
    {
        ControllerConfig config = tinyConfig(SpaceKind::Nb201);
        QVERIFY(!config.toJson().contains(QStringLiteral("independent_decoder")));
        config.independentDecoder = true;
        QCOMPARE(config.toJson().value(QStringLiteral("independent_decoder")).toBool(), true);
        QCOMPARE(ControllerConfig::fromJson(config.toJson()).independentDecoder, true);
        Controller c(config);
        TrainOptions o;
        o.epochs = 30;
        o.patience = 0;
        const auto samples = nb201Samples(300, 2);
        const TrainReport r = c.train(samples, o);
        QVERIFY(r.epochs.back().reconstruction < r.epochs.front().reconstruction);
        // Every position's token comes from z alone: decodes are valid cells.
        const auto z = gaussian(50, c.latentSize(), 5);
        for (const auto &cell : c.decode(z))
            QVERIFY(cell.has_value());
        const auto loaded = Controller::fromBytes(c.toBytes());
        QVERIFY(loaded->config().independentDecoder);
        QCOMPARE(loaded->decodeTokens(z), c.decodeTokens(z));
    }

    void damagedFilesAreClearErrors()
    {
        const Controller c(tinyConfig(SpaceKind::Nb201));
        QByteArray bytes = c.toBytes();
        QVERIFY_THROWS_EXCEPTION(Error, Controller::fromBytes(QByteArray("not a controller")));
        QVERIFY_THROWS_EXCEPTION(Error, Controller::fromBytes(bytes.left(bytes.size() / 2)));
        // A damaged byte of the stored data or the archive's directory is
        // refused before LibTorch reads the archive (its reader checks no CRC
        // and trusts stored lengths).
        for (const qsizetype at : {qsizetype(200), bytes.size() / 3, bytes.size() / 2,
                                   bytes.size() - 30}) {
            QByteArray damaged = bytes;
            damaged[at] = char(damaged.at(at) ^ 0x5A);
            try {
                Controller::fromBytes(damaged);
                QFAIL(qPrintable(QStringLiteral("byte %1 damaged, still loaded").arg(at)));
            } catch (const Error &e) {
                QVERIFY2(e.message().startsWith(QStringLiteral("damaged controller data")),
                         qPrintable(e.message()));
            }
        }
        try {
            Controller::load(QStringLiteral("/nonexistent/c.dnasctl"));
            QFAIL("no throw");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("/nonexistent/c.dnasctl")));
        }
    }

    void trainingIsReproducible()
    {
        TrainOptions o;
        o.epochs = 3;
        const auto samples = nb201Samples(400, 2);
        Controller a(tinyConfig(SpaceKind::Nb201, 9));
        Controller b(tinyConfig(SpaceKind::Nb201, 9));
        Controller other(tinyConfig(SpaceKind::Nb201, 10));
        a.train(samples, o);
        b.train(samples, o);
        other.train(samples, o);
        QCOMPARE(a.toBytes(), b.toBytes());
        QVERIFY(a.toBytes() != other.toBytes());
    }

    void trainingLowersTheLoss()
    {
        Controller c(tinyConfig(SpaceKind::Nb201));
        TrainOptions o;
        o.epochs = 25;
        o.patience = 0;
        o.learningRate = 0.01;
        const TrainReport r = c.train(nb201Samples(1000, 3), o);
        QCOMPARE(int(r.epochs.size()), 25);
        QVERIFY2(r.epochs.back().reconstruction < 0.5 * r.epochs.front().reconstruction,
                 qPrintable(QStringLiteral("%1 -> %2")
                                .arg(r.epochs.front().reconstruction)
                                .arg(r.epochs.back().reconstruction)));
        QVERIFY(r.epochs.back().accuracy < r.epochs.front().accuracy);
    }

    // Eqn 7: a small step along ∂f_acc/∂z raises the predicted accuracy.
    void gradientStepRaisesPredictedAccuracy()
    {
        Controller c(tinyConfig(SpaceKind::Nb201));
        TrainOptions o;
        o.epochs = 10;
        const auto samples = nb201Samples(800, 5);
        c.train(samples, o);
        std::vector<Cell> cells;
        for (int i = 0; i < 20; ++i)
            cells.push_back(samples[std::size_t(i)].cell);
        int raised = 0;
        for (const Latent &z : c.encode(cells)) {
            Latent ga;
            c.gradients(z, &ga, nullptr);
            Latent up = z;
            for (std::size_t j = 0; j < z.size(); ++j)
                up[j] += 0.05f * ga[j];
            raised += c.predict(up).accuracy > c.predict(z).accuracy ? 1 : 0;
        }
        QCOMPARE(raised, 20);
        // The scheduled step returns a decoded cell the predicate accepts.
        const Latent z0 = c.encode({cells[0]}).front();
        const int original = std::get<Nb201Cell>(cells[0]).code();
        const auto step = c.gradientStep(
            z0, 0.5, 0.0,
            [original](const Cell &x) { return std::get<Nb201Cell>(x).code() != original; }, 40);
        QVERIFY(step.has_value());
        QVERIFY(std::get<Nb201Cell>(step->first).code() != original);
    }

    // The refit trains only the heads: the autoencoder's outputs stay put,
    // the held-back losses fall and the best epoch's weights are kept.
    void fitPredictorsTrainsOnlyTheHeads()
    {
        Controller c(tinyConfig(SpaceKind::Nb201));
        TrainOptions o;
        o.epochs = 25;
        o.patience = 0;
        o.learningRate = 0.01;
        const auto samples = nb201Samples(1000, 8);
        c.train(samples, o);
        const auto z = gaussian(40, c.latentSize(), 5);
        const auto before = c.decodeTokens(z);
        const TrainReport r = c.fitPredictors(samples, 60, 10, 1.0);
        QVERIFY(!r.epochs.empty());
        QCOMPARE(c.decodeTokens(z), before);
        double bestFlops = INFINITY;
        for (const EpochLosses &e : r.epochs)
            bestFlops = std::min(bestFlops, e.flops);
        QVERIFY2(bestFlops < 0.95 * r.epochs.front().flops,
                 qPrintable(QStringLiteral("%1 -> %2").arg(r.epochs.front().flops).arg(bestFlops)));
    }

    void cancellationStopsBetweenBatches()
    {
        Controller c(tinyConfig(SpaceKind::Nb201));
        TrainOptions o;
        o.epochs = 100;
        o.batchSize = 10;
        std::atomic<bool> cancel {false};
        const TrainReport r = c.train(
            nb201Samples(500, 6), o, [&cancel](const EpochLosses &) { cancel = true; }, &cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(int(r.epochs.size()), 2); // the first epoch, then the one cut at its first batch
        QCOMPARE(r.epochs.back().steps, r.epochs.front().steps);
    }

    void traverseChangesOneDimension()
    {
        const Controller c(tinyConfig(SpaceKind::Nb201));
        const Latent z(std::size_t(c.latentSize()), 0.0f);
        const auto cells = c.traverse(z, 2, {-3, -1, 0, 1, 3});
        QCOMPARE(int(cells.size()), 5);
        QCOMPARE(cells[2].has_value(), c.decode(z).has_value());
        QVERIFY_THROWS_EXCEPTION(Error, c.traverse(z, 6, {0}));
    }

    void badConfigurationIsRejected()
    {
        ControllerConfig c = tinyConfig(SpaceKind::Nb101);
        c.hidden = 0;
        QVERIFY_THROWS_EXCEPTION(Error, Controller {c});
        c = tinyConfig(SpaceKind::Nb101);
        c.beta = -1;
        QVERIFY(c.problem().contains(QStringLiteral("beta")));
    }
};

QTEST_GUILESS_MAIN(TestController)
#include "tst_controller.moc"
