#include "cli_common.h"

#include "analysis/statistics.h"
#include "controller/pretraining.h"
#include "util/rng.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <unordered_set>

namespace dnas::cli {

namespace {

void addCommonOptions(QCommandLineParser &p)
{
    addBenchOptions(p);
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed (default 0)."), QStringLiteral("S"),
                 QStringLiteral("0")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default 1)."),
                 QStringLiteral("N"), QStringLiteral("1")});
}

} // namespace

int runControllerPretrain(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({QStringLiteral("out"), QStringLiteral("Controller file to write."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("preset"),
                 QStringLiteral("default (hidden 64, latent 16, μ 1, β 0.05) "
                                "or paper (26/26, α .8, λ .3, μ .2, β 1)."),
                 QStringLiteral("P"), QStringLiteral("default")});
    p.addOption({QStringLiteral("steps"), QStringLiteral("Optimiser steps (default 12000)."),
                 QStringLiteral("N"), QStringLiteral("12000")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("Batch size (default 100)."),
                 QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("cells"),
                 QStringLiteral("Random cells of the pretraining split (default 300000)."),
                 QStringLiteral("N"), QStringLiteral("300000")});
    p.addOption({QStringLiteral("hidden"), QStringLiteral("LSTM width."), QStringLiteral("N")});
    p.addOption({QStringLiteral("latent"), QStringLiteral("Latent size."), QStringLiteral("N")});
    p.addOption({QStringLiteral("beta"), QStringLiteral("KL weight β."), QStringLiteral("X")});
    p.addOption(
        {QStringLiteral("mu"), QStringLiteral("Reconstruction weight μ."), QStringLiteral("X")});
    p.addOption({QStringLiteral("capacity"),
                 QStringLiteral("Capacity C_max in nats (0: plain β·KL)."), QStringLiteral("C")});
    p.addOption({QStringLiteral("capacity-steps"), QStringLiteral("Steps over which C grows."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("pooling"), QStringLiteral("Encoder summary: mean or last."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("independent-decoder"),
                 QStringLiteral("Every token from z alone by an MLP instead of the LSTM decoder "
                                "(a research option for factor analysis).")});
    p.addOption({QStringLiteral("lr"),
                 QStringLiteral("Adam learning rate at the first step (default 0.01)."),
                 QStringLiteral("X"), QStringLiteral("0.01")});
    p.addOption({QStringLiteral("lr-final"),
                 QStringLiteral("Learning rate reached at the last step (default 0.0005)."),
                 QStringLiteral("X"), QStringLiteral("0.0005")});
    int status = ExitOk;
    if (!parseCommand(p, args,
                      QStringLiteral(
                          "Pretrain a controller's autoencoder and FLOPS predictor on random cells "
                          "(no queries: accuracies are not used). Reproducible from its seed."),
                      &status))
        return status;
    const BenchmarkId id = benchFromOption(p);
    const QString outPath = p.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        throw BadInput(QStringLiteral("--out is required"));
    const QString preset = p.value(QStringLiteral("preset"));
    if (preset != QLatin1String("default") && preset != QLatin1String("paper"))
        throw BadInput(QStringLiteral("--preset takes default or paper"));
    const SpaceKind space = spaceOf(id);
    ControllerConfig config = preset == QLatin1String("paper") ? ControllerConfig::paper(space)
                                                               : ControllerConfig::defaults(space);
    config.seed = seedOption(p);
    if (p.isSet(QStringLiteral("hidden")))
        config.hidden = intOption(p, QStringLiteral("hidden"), 2, 1024);
    if (p.isSet(QStringLiteral("latent")))
        config.latent = intOption(p, QStringLiteral("latent"), 1, 256);
    if (p.isSet(QStringLiteral("beta")))
        config.beta = doubleOption(p, QStringLiteral("beta"), 0, 1000);
    if (p.isSet(QStringLiteral("mu")))
        config.mu = doubleOption(p, QStringLiteral("mu"), 0, 1000);
    if (p.isSet(QStringLiteral("capacity")))
        config.capacityMax = doubleOption(p, QStringLiteral("capacity"), 0, 1000);
    if (p.isSet(QStringLiteral("capacity-steps")))
        config.capacitySteps = intOption(p, QStringLiteral("capacity-steps"), 1, 100000000);
    if (p.isSet(QStringLiteral("pooling"))) {
        const QString pooling = p.value(QStringLiteral("pooling"));
        if (pooling != QLatin1String("mean") && pooling != QLatin1String("last"))
            throw BadInput(QStringLiteral("--pooling takes mean or last"));
        config.meanPooling = pooling == QLatin1String("mean");
    }
    config.independentDecoder = p.isSet(QStringLiteral("independent-decoder"));
    setTorchThreads(intOption(p, QStringLiteral("threads"), 1, 64));
    TrainOptions options = pretrainingOptions(intOption(p, QStringLiteral("steps"), 1, 100000000));
    options.learningRate = doubleOption(p, QStringLiteral("lr"), 1e-6, 1.0);
    options.finalLearningRate = doubleOption(p, QStringLiteral("lr-final"), 1e-7, 1.0);
    options.batchSize = intOption(p, QStringLiteral("batch"), 1, 100000);
    const int cells = intOption(p, QStringLiteral("cells"), 1, 10000000);

    const auto bench = loadFromOptions(p);
    err(QStringLiteral("pretraining on %1 cells, %2 steps of %3\n")
            .arg(std::min<std::size_t>(std::size_t(cells), pretrainingRows(*bench).size()))
            .arg(options.maxSteps)
            .arg(options.batchSize));
    TrainReport report;
    TrainReport refit;
    const std::unique_ptr<Controller> controller = pretrainController(
        *bench, config, options, cells,
        [](const EpochLosses &e) {
            err(QStringLiteral("epoch %1  steps %2  rec %3  kl %4 (C %5)  flops %6  %7 s\n")
                    .arg(e.epoch)
                    .arg(e.steps)
                    .arg(e.reconstruction, 0, 'f', 4)
                    .arg(e.kl, 0, 'f', 3)
                    .arg(e.capacity, 0, 'f', 2)
                    .arg(e.flops, 0, 'f', 4)
                    .arg(e.seconds, 0, 'f', 1));
        },
        &report, &refit);
    err(QStringLiteral("FLOPS head refit: %1 epochs, held-back loss %2\n")
            .arg(refit.epochs.size())
            .arg(refit.epochs.empty() ? 0.0 : refit.epochs.back().flops, 0, 'f', 4));
    QDir().mkpath(QFileInfo(outPath).absolutePath());
    controller->save(outPath);
    out(QStringLiteral("wrote %1 (%2 bytes) after %3 s\n")
            .arg(outPath)
            .arg(QFileInfo(outPath).size())
            .arg(report.seconds, 0, 'f', 1));
    return ExitOk;
}

int runControllerEval(const QStringList &args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({QStringLiteral("labels"), QStringLiteral("Random labelled cells (default 300)."),
                 QStringLiteral("N"), QStringLiteral("300")});
    p.addOption({QStringLiteral("predicted"),
                 QStringLiteral("Unlabelled cells given predicted labels (default 2000)."),
                 QStringLiteral("N"), QStringLiteral("2000")});
    p.addOption({QStringLiteral("held-out"),
                 QStringLiteral("Held-out cells scored (default 2000)."), QStringLiteral("N"),
                 QStringLiteral("2000")});
    p.addOption({QStringLiteral("epochs"),
                 QStringLiteral("Epochs of each training phase (default 40)."), QStringLiteral("N"),
                 QStringLiteral("40")});
    p.addOption(
        {QStringLiteral("beta"),
         QStringLiteral("β while fine-tuning (default 0: z = μ without noise, which keeps the "
                        "factors the β-VAE pretraining found; measured better on every figure)."),
         QStringLiteral("X"), QStringLiteral("0")});
    p.addOption({QStringLiteral("controller"),
                 QStringLiteral("Start from this controller file instead of the shipped one."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    p.addOption({QStringLiteral("refit"),
                 QStringLiteral("After fine-tuning, refit the predictor MLPs on the fixed "
                                "encoder (on, off; default on)."),
                 QStringLiteral("on|off"), QStringLiteral("on")});
    p.addOption({QStringLiteral("ranking"),
                 QStringLiteral("Weight of the pairwise ranking loss in the refit "
                                "(default 1)."),
                 QStringLiteral("X"), QStringLiteral("1")});
    p.addOption({QStringLiteral("finetune"),
                 QStringLiteral("Train the whole controller (encoder too) on the "
                                "labelled and predicted cells (on, off; default on)."),
                 QStringLiteral("on|off"), QStringLiteral("on")});
    int status = ExitOk;
    if (!parseCommand(
            p, args,
            QStringLiteral("Fine-tune the pretrained controller on random labelled cells plus "
                           "predicted ones and score it on held-out cells."),
            &status))
        return status;
    const BenchmarkId id = benchFromOption(p);
    const std::uint64_t seed = seedOption(p);
    const int labels = intOption(p, QStringLiteral("labels"), 2, 100000);
    const int predicted = intOption(p, QStringLiteral("predicted"), 0, 1000000);
    const int heldOutCount = intOption(p, QStringLiteral("held-out"), 10, 100000);
    const int epochs = intOption(p, QStringLiteral("epochs"), 0, 100000); // 0: score as loaded
    setTorchThreads(intOption(p, QStringLiteral("threads"), 1, 64));
    const auto bench = loadFromOptions(p);
    const SpaceKind space = spaceOf(id);
    const QString file = p.isSet(QStringLiteral("controller"))
        ? p.value(QStringLiteral("controller"))
        : bundledControllerPath(space);
    std::unique_ptr<Controller> controller = Controller::load(file);
    if (controller->config().space != space)
        throw BadInput(QStringLiteral("%1 is a controller of the other search space").arg(file));
    {
        const ControllerConfig &c = controller->config();
        controller->setLossWeights(c.alpha, c.lambda, c.mu,
                                   doubleOption(p, QStringLiteral("beta"), 0, 1000));
    }

    Rng rng(seed);
    const std::vector<int> train = pretrainingRows(*bench);
    const std::vector<int> labelled = sampleRows(train, labels, rng);
    const std::vector<int> heldOut = sampleRows(heldOutRows(*bench), heldOutCount, rng);
    const std::unordered_set<int> labelledSet(labelled.begin(), labelled.end());
    std::vector<int> unlabelled;
    for (const int r : sampleRows(train, predicted + labels, rng)) {
        if (!labelledSet.count(r) && int(unlabelled.size()) < predicted)
            unlabelled.push_back(r);
    }

    TrainOptions options;
    options.epochs = epochs;
    options.batchSize = 100;
    options.patience = 8;
    std::vector<double> epochMs;
    const auto onEpoch = [&epochMs](const EpochLosses &e) {
        epochMs.push_back(e.seconds * 1000);
    };
    QElapsedTimer trainTimer;
    trainTimer.start();
    std::vector<TrainingSample> samples = samplesOfRows(*bench, labelled, true);
    const bool finetune = p.value(QStringLiteral("finetune")) != QLatin1String("off");
    if (!finetune)
        controller->normaliseAccuracy(samples); // the refit alone needs the labelled z-scoring
    if (epochs > 0 && finetune)
        controller->train(samples, options, onEpoch);
    if (epochs > 0 && finetune && !unlabelled.empty()) {
        // Semi-supervised: the controller labels unevaluated cells, then
        // trains on labelled and predicted ones together.
        std::vector<TrainingSample> extra = samplesOfRows(*bench, unlabelled, false);
        std::vector<Cell> cells;
        for (const auto &s : extra)
            cells.push_back(s.cell);
        const auto pred = controller->predict(controller->encode(cells));
        for (std::size_t i = 0; i < extra.size(); ++i)
            extra[i].accuracy = pred[i].accuracy;
        samples.insert(samples.end(), extra.begin(), extra.end());
        TrainOptions second = options;
        second.renormaliseAccuracy = false; // keep the labelled set's z-scoring
        controller->train(samples, second, onEpoch);
    }
    if (epochs > 0 && p.value(QStringLiteral("refit")) != QLatin1String("off")) {
        // Accuracy head on the measured labels only; FLOPS head on every cell.
        // FLOPS cost nothing to know, so the FLOPS head sees 10,000 more cells.
        std::vector<TrainingSample> refit = samplesOfRows(*bench, labelled, true);
        std::vector<int> flopsRows = unlabelled;
        const auto more = sampleRows(train, 10000, rng);
        flopsRows.insert(flopsRows.end(), more.begin(), more.end());
        const auto unlabelledSamples = samplesOfRows(*bench, flopsRows, false);
        refit.insert(refit.end(), unlabelledSamples.begin(), unlabelledSamples.end());
        controller->fitPredictors(refit, 200, 20,
                                  doubleOption(p, QStringLiteral("ranking"), 0, 100));
    }
    const double trainSeconds = double(trainTimer.elapsed()) / 1000.0;

    std::vector<Cell> cells;
    std::vector<double> trueAcc;
    std::vector<double> trueFlops;
    for (const int r : heldOut) {
        cells.push_back(bench->cell(r));
        const CellMetrics m = bench->metrics(r);
        trueAcc.push_back(m.searchAccuracy);
        trueFlops.push_back(m.flops);
    }
    const auto z = controller->encode(cells);
    const auto decoded = controller->decode(z);
    int exact = 0;
    for (std::size_t i = 0; i < cells.size(); ++i)
        exact += decoded[i] && bench->rowOf(*decoded[i]) == heldOut[i] ? 1 : 0;
    const auto pred = controller->predict(z);
    std::vector<double> predAcc;
    std::vector<double> predFlops;
    for (const Prediction &q : pred) {
        predAcc.push_back(q.accuracy);
        predFlops.push_back(q.flops);
    }
    Rng prior(seed ^ 0x5eedULL);
    std::vector<Latent> priorZ(1000, Latent(std::size_t(controller->latentSize())));
    for (Latent &l : priorZ) {
        for (float &v : l)
            v = float(prior.normal());
    }
    int valid = 0;
    for (const auto &c : controller->decode(priorZ))
        valid += c ? 1 : 0;
    int active = 0;
    for (const double kl : controller->klPerDimension(cells))
        active += kl > 0.01 ? 1 : 0;
    std::vector<double> decodeMs;
    std::vector<double> encodeMs;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        controller->decode(z[std::size_t(i) % z.size()]);
        decodeMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        controller->encode({cells[std::size_t(i) % cells.size()]});
        encodeMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    QJsonObject o;
    o.insert(QLatin1String("bench"), benchmarkKey(id));
    o.insert(QLatin1String("seed"), QString::number(seed));
    o.insert(QLatin1String("labels"), labels);
    o.insert(QLatin1String("beta"), controller->config().beta);
    o.insert(QLatin1String("recon_exact"), double(exact) / double(cells.size()));
    o.insert(QLatin1String("valid_prior"), double(valid) / double(priorZ.size()));
    o.insert(QLatin1String("acc_tau"), kendallTau(predAcc, trueAcc));
    o.insert(QLatin1String("flops_tau"), kendallTau(predFlops, trueFlops));
    o.insert(QLatin1String("active_dims"), active);
    o.insert(QLatin1String("epoch_ms"), median(epochMs));
    o.insert(QLatin1String("train_s"), trainSeconds);
    o.insert(QLatin1String("decode_ms"), median(decodeMs));
    o.insert(QLatin1String("encode_ms"), median(encodeMs));
    if (p.isSet(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
        return ExitOk;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        out(QStringLiteral("%1: %2\n")
                .arg(it.key(), v.isString() ? v.toString() : QString::number(v.toDouble())));
    }
    return ExitOk;
}

} // namespace dnas::cli
