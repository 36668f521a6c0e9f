// LibTorch first: its headers use the name `slots`, which Qt's keywords
// would redefine (pytorch/pytorch#19405). Only the controller's .cpp files
// include torch.
#include <torch/torch.h>

#include "controller.h"

#include "../util/error.h"
#include "../util/rng.h"
#include "../util/zip_integrity.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <chrono>
#include <cmath>
#include <map>
#include <mutex>
#include <sstream>

namespace dnas {

namespace {

const QByteArray kMagic("DNASCTL1");
constexpr double kMaskedLogit = -1e9;

// Weight initialisation draws from torch's global generator: serialise it so
// that two controllers built at once on two threads stay reproducible.
std::mutex &constructionMutex()
{
    static std::mutex m;
    return m;
}

struct NetImpl : torch::nn::Module
{
    NetImpl(const ControllerConfig &c, int vocabulary, int length)
        : cfg(c)
        , vocabulary(vocabulary)
        , length(length)
    {
        using namespace torch::nn;
        // One extra embedding row: the decoder's start token.
        embed = register_module("embed", Embedding(vocabulary + 1, c.embedding));
        encoder = register_module(
            "encoder", LSTM(LSTMOptions(c.embedding, c.hidden).num_layers(1).batch_first(true)));
        toMu = register_module("to_mu", Linear(c.hidden, c.latent));
        toLogVar = register_module("to_logvar", Linear(c.hidden, c.latent));
        initState = register_module("init_state", Linear(c.latent, 2 * c.decoderLayers * c.hidden));
        decoder = register_module("decoder",
                                  LSTM(LSTMOptions(c.embedding + c.latent, c.hidden)
                                           .num_layers(c.decoderLayers)
                                           .batch_first(true)));
        toLogits = register_module("to_logits", Linear(c.hidden, vocabulary));
        acc1 = register_module("acc1", Linear(c.latent, c.accHidden));
        acc2 = register_module("acc2", Linear(c.accHidden, 1));
        if (c.flopsHidden > 0) {
            flops1 = register_module("flops1", Linear(c.latent, c.flopsHidden));
            flopsHead = register_module("flops", Linear(c.flopsHidden, 1));
        } else {
            flopsHead = register_module("flops", Linear(c.latent, 1));
        }
        // Registered last, and only when chosen: other controllers keep
        // their modules and initial weights.
        if (c.independentDecoder) {
            positions1 = register_module("positions1", Linear(c.latent, c.hidden));
            positions2 = register_module("positions2", Linear(c.hidden, length * vocabulary));
        }
    }

    // The independent decoder's logits (B, T, V), before the mask.
    torch::Tensor independentLogits(const torch::Tensor &z)
    {
        return positions2->forward(torch::relu(positions1->forward(z)))
            .view({z.size(0), length, vocabulary});
    }

    std::pair<torch::Tensor, torch::Tensor> encode(const torch::Tensor &tokens)
    {
        auto out = encoder->forward(embed->forward(tokens));
        const torch::Tensor h = cfg.meanPooling
            ? std::get<0>(out).mean(1) // (B, H)
            : std::get<0>(std::get<1>(out)).select(0, 0); // (B, H)
        return {toMu->forward(h), toLogVar->forward(h)};
    }

    std::tuple<torch::Tensor, torch::Tensor> initialState(const torch::Tensor &z)
    {
        const int64_t b = z.size(0);
        const torch::Tensor s = torch::tanh(initState->forward(z))
                                    .view({b, 2, cfg.decoderLayers, cfg.hidden});
        return {s.select(1, 0).permute({1, 0, 2}).contiguous(),
                s.select(1, 1).permute({1, 0, 2}).contiguous()};
    }

    // Teacher-forced logits (B, T, V); mask (T, V) holds 0 / kMaskedLogit.
    torch::Tensor logits(const torch::Tensor &z, const torch::Tensor &tokens,
                         const torch::Tensor &mask)
    {
        if (cfg.independentDecoder)
            return independentLogits(z) + mask.unsqueeze(0);
        const int64_t b = tokens.size(0);
        const int64_t t = tokens.size(1);
        const torch::Tensor start = torch::full({b, 1}, vocabulary, torch::kLong);
        const torch::Tensor previous = torch::cat({start, tokens.slice(1, 0, t - 1)}, 1);
        const torch::Tensor input = torch::cat(
            {embed->forward(previous), z.unsqueeze(1).expand({b, t, z.size(1)})}, 2);
        auto out = decoder->forward(input, initialState(z));
        return toLogits->forward(std::get<0>(out)) + mask.unsqueeze(0);
    }

    // Greedy decoding, one position at a time, only allowed tokens (B, T).
    torch::Tensor greedy(const torch::Tensor &z, const torch::Tensor &mask)
    {
        if (cfg.independentDecoder)
            return (independentLogits(z) + mask.unsqueeze(0)).argmax(2);
        const int64_t b = z.size(0);
        const int64_t t = mask.size(0);
        auto state = initialState(z);
        torch::Tensor previous = torch::full({b}, vocabulary, torch::kLong);
        std::vector<torch::Tensor> steps;
        for (int64_t k = 0; k < t; ++k) {
            const torch::Tensor input = torch::cat({embed->forward(previous), z}, 1).unsqueeze(1);
            auto out = decoder->forward(input, state);
            state = std::get<1>(out);
            const torch::Tensor l = toLogits->forward(std::get<0>(out).squeeze(1)) + mask[k];
            previous = l.argmax(1);
            steps.push_back(previous);
        }
        return torch::stack(steps, 1);
    }

    torch::Tensor predictAccuracy(const torch::Tensor &z)
    {
        return acc2->forward(torch::relu(acc1->forward(z))).squeeze(-1);
    }
    torch::Tensor predictFlops(const torch::Tensor &z)
    {
        const torch::Tensor h = flops1 ? torch::relu(flops1->forward(z)) : z;
        return flopsHead->forward(h).squeeze(-1);
    }

    ControllerConfig cfg;
    int vocabulary;
    int length;
    torch::nn::Linear positions1 {nullptr};
    torch::nn::Linear positions2 {nullptr};
    torch::nn::Embedding embed {nullptr};
    torch::nn::LSTM encoder {nullptr};
    torch::nn::Linear toMu {nullptr};
    torch::nn::Linear toLogVar {nullptr};
    torch::nn::Linear initState {nullptr};
    torch::nn::LSTM decoder {nullptr};
    torch::nn::Linear toLogits {nullptr};
    torch::nn::Linear acc1 {nullptr};
    torch::nn::Linear acc2 {nullptr};
    torch::nn::Linear flops1 {nullptr}; // absent for the linear FLOPS head
    torch::nn::Linear flopsHead {nullptr};
};
TORCH_MODULE(Net);

torch::Tensor latentTensor(const std::vector<Latent> &z, int size)
{
    torch::Tensor t = torch::empty({int64_t(z.size()), size}, torch::kFloat);
    auto a = t.accessor<float, 2>();
    for (std::size_t i = 0; i < z.size(); ++i) {
        if (int(z[i].size()) != size)
            throw Error(
                QStringLiteral("a latent point has %1 values; this controller's latent size is %2")
                    .arg(z[i].size())
                    .arg(size));
        for (int j = 0; j < size; ++j)
            a[int64_t(i)][j] = z[i][std::size_t(j)];
    }
    return t;
}

Latent toLatent(const torch::Tensor &row)
{
    const torch::Tensor c = row.contiguous().to(torch::kFloat);
    return Latent(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

constexpr int kBatch = 1000; // inference batch size

// Mean and standard deviation (floored at 1e-3 so z-scores stay finite).
std::pair<double, double> meanAndStd(const std::vector<double> &v)
{
    double m = 0;
    for (const double x : v)
        m += x;
    m /= double(v.size());
    double s = 0;
    for (const double x : v)
        s += (x - m) * (x - m);
    return {m, std::max(1e-3, std::sqrt(s / double(v.size())))};
}

} // namespace

struct Controller::Impl
{
    explicit Impl(const ControllerConfig &c)
        : config(c)
        , codec(c.space)
    {
        const QString p = c.problem();
        if (!p.isEmpty())
            throw Error(QStringLiteral("controller configuration: %1").arg(p));
        {
            std::lock_guard<std::mutex> lock(constructionMutex());
            torch::manual_seed(c.seed);
            net = Net(c, TokenCodec::vocabularySize(), codec.length());
        }
        mask = torch::full({codec.length(), TokenCodec::vocabularySize()}, kMaskedLogit,
                           torch::kFloat);
        for (int k = 0; k < codec.length(); ++k) {
            for (const int tok : codec.allowedTokens(k))
                mask[k][tok] = 0.0;
        }
        net->eval();
    }

    torch::Tensor tokens(const std::vector<Cell> &cells, std::vector<int> *kept) const
    {
        std::vector<int64_t> flat;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const auto t = codec.encode(cells[i]);
            if (t.empty())
                continue;
            flat.insert(flat.end(), t.begin(), t.end());
            kept->push_back(int(i));
        }
        return torch::from_blob(flat.data(), {int64_t(kept->size()), codec.length()}, torch::kLong)
            .clone();
    }

    ControllerConfig config;
    TokenCodec codec;
    Net net {nullptr};
    torch::Tensor mask;
    double accMean = 0.9;
    double accStd = 0.05;
    double flopsMean = 0;
    double flopsStd = 1;
    bool flopsFitted = false;
    int64_t steps = 0;
};

void setTorchThreads(int threads)
{
    at::set_num_threads(std::max(1, threads));
}

Controller::Controller(const ControllerConfig &config)
    : d(std::make_unique<Impl>(config))
{ }

Controller::Controller(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{ }

Controller::~Controller() = default;

const ControllerConfig &Controller::config() const
{
    return d->config;
}

const TokenCodec &Controller::codec() const
{
    return d->codec;
}

std::vector<Latent> Controller::encode(const std::vector<Cell> &cells) const
{
    torch::NoGradGuard noGrad;
    std::vector<Latent> out(cells.size());
    for (std::size_t begin = 0; begin < cells.size(); begin += kBatch) {
        const std::vector<Cell> part(cells.begin() + std::ptrdiff_t(begin),
                                     cells.begin()
                                         + std::ptrdiff_t(std::min(cells.size(), begin + kBatch)));
        std::vector<int> kept;
        const torch::Tensor t = d->tokens(part, &kept);
        if (kept.empty())
            continue;
        const torch::Tensor mu = d->net->encode(t).first;
        for (std::size_t i = 0; i < kept.size(); ++i)
            out[begin + std::size_t(kept[i])] = toLatent(mu[int64_t(i)]);
    }
    return out;
}

std::vector<std::vector<std::int64_t>> Controller::decodeTokens(const std::vector<Latent> &z) const
{
    torch::NoGradGuard noGrad;
    std::vector<std::vector<std::int64_t>> out;
    out.reserve(z.size());
    const auto t = std::size_t(d->codec.length());
    for (std::size_t begin = 0; begin < z.size(); begin += kBatch) {
        const std::vector<Latent> part(z.begin() + std::ptrdiff_t(begin),
                                       z.begin()
                                           + std::ptrdiff_t(std::min(z.size(), begin + kBatch)));
        const torch::Tensor tokens = d->net->greedy(latentTensor(part, latentSize()), d->mask)
                                         .contiguous();
        const int64_t *p = tokens.data_ptr<int64_t>();
        for (std::size_t i = 0; i < part.size(); ++i)
            out.emplace_back(p + i * t, p + (i + 1) * t);
    }
    return out;
}

std::vector<std::optional<Cell>> Controller::decode(const std::vector<Latent> &z) const
{
    std::vector<std::optional<Cell>> out;
    out.reserve(z.size());
    for (const auto &tokens : decodeTokens(z))
        out.push_back(d->codec.decode(tokens));
    return out;
}

std::optional<Cell> Controller::decode(const Latent &z) const
{
    return decode(std::vector<Latent> {z}).front();
}

std::vector<Prediction> Controller::predict(const std::vector<Latent> &z) const
{
    torch::NoGradGuard noGrad;
    std::vector<Prediction> out;
    out.reserve(z.size());
    if (z.empty())
        return out;
    const torch::Tensor zt = latentTensor(z, latentSize());
    const torch::Tensor acc = d->net->predictAccuracy(zt).to(torch::kDouble).contiguous();
    const torch::Tensor flops = d->net->predictFlops(zt).to(torch::kDouble).contiguous();
    for (int64_t i = 0; i < zt.size(0); ++i) {
        Prediction p;
        p.accuracy = d->accMean + d->accStd * acc.data_ptr<double>()[i];
        p.flops = std::exp(d->flopsMean + d->flopsStd * flops.data_ptr<double>()[i]);
        out.push_back(p);
    }
    return out;
}

Prediction Controller::predict(const Latent &z) const
{
    return predict(std::vector<Latent> {z}).front();
}

void Controller::gradients(const Latent &z, Latent *accGradient, Latent *flopsGradient) const
{
    // Grad mode is per thread: switch it on here whatever the caller's mode.
    torch::AutoGradMode enable(true);
    torch::Tensor zt = latentTensor({z}, latentSize()).requires_grad_(true);
    const torch::Tensor acc = d->net->predictAccuracy(zt).sum();
    const torch::Tensor flops = d->net->predictFlops(zt).sum();
    const auto ga = torch::autograd::grad({acc}, {zt});
    const auto gf = torch::autograd::grad({flops}, {zt});
    if (accGradient)
        *accGradient = toLatent(ga[0][0]);
    if (flopsGradient)
        *flopsGradient = toLatent(gf[0][0]);
}

std::optional<std::pair<Cell, Latent>>
Controller::gradientStep(const Latent &z, double eta1, double eta2,
                         const std::function<bool(const Cell &)> &isNew, int maxTries) const
{
    Latent ga;
    Latent gf;
    gradients(z, &ga, &gf);
    std::vector<Latent> candidates;
    for (int k = 1; k <= maxTries; ++k) {
        Latent next = z;
        for (std::size_t j = 0; j < next.size(); ++j)
            next[j] += float(k * (eta1 * ga[j] - eta2 * gf[j]));
        candidates.push_back(std::move(next));
    }
    const auto cells = decode(candidates);
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (cells[k] && (!isNew || isNew(*cells[k])))
            return std::make_pair(*cells[k], candidates[k]);
    }
    return std::nullopt;
}

std::vector<std::optional<Cell>> Controller::traverse(const Latent &z, int dim,
                                                      const std::vector<double> &values) const
{
    if (dim < 0 || dim >= latentSize())
        throw Error(QStringLiteral("latent dimension %1 does not exist (0..%2)")
                        .arg(dim)
                        .arg(latentSize() - 1));
    std::vector<Latent> points(values.size(), z);
    for (std::size_t i = 0; i < values.size(); ++i)
        points[i][std::size_t(dim)] = float(values[i]);
    return decode(points);
}

TrainReport Controller::train(const std::vector<TrainingSample> &samples,
                              const TrainOptions &options,
                              const std::function<void(const EpochLosses &)> &onEpoch,
                              const std::atomic<bool> *cancel)
{
    const auto started = std::chrono::steady_clock::now();
    std::vector<Cell> cells;
    cells.reserve(samples.size());
    for (const TrainingSample &s : samples)
        cells.push_back(s.cell);
    std::vector<int> kept;
    const torch::Tensor tokens = d->tokens(cells, &kept);
    if (kept.empty())
        throw Error(QStringLiteral("no valid cell of this controller's space to train on"));
    const int64_t n = int64_t(kept.size());

    // Targets: accuracy z-scored on the samples that have one, log FLOPS
    // z-scored once (on the first training set) and kept.
    std::vector<double> logFlops;
    for (const int i : kept)
        logFlops.push_back(std::log(std::max(1.0, samples[std::size_t(i)].flops)));
    if (options.renormaliseAccuracy)
        normaliseAccuracy(samples);
    if (!d->flopsFitted) {
        std::tie(d->flopsMean, d->flopsStd) = meanAndStd(logFlops);
        d->flopsFitted = true;
    }
    torch::Tensor accTarget = torch::zeros({n}, torch::kFloat);
    torch::Tensor accMask = torch::zeros({n}, torch::kFloat);
    torch::Tensor flopsTarget = torch::zeros({n}, torch::kFloat);
    for (int64_t r = 0; r < n; ++r) {
        const TrainingSample &s = samples[std::size_t(kept[std::size_t(r)])];
        if (s.accuracy) {
            accTarget[r] = float((*s.accuracy - d->accMean) / d->accStd);
            accMask[r] = 1.0f;
        }
        flopsTarget[r] = float((logFlops[std::size_t(r)] - d->flopsMean) / d->flopsStd);
    }

    const ControllerConfig &c = d->config;
    torch::optim::Adam optimizer(d->net->parameters(),
                                 torch::optim::AdamOptions(options.learningRate));
    torch::Generator gen = at::detail::createCPUGenerator(
        c.seed ^ (0x9e3779b97f4a7c15ULL * uint64_t(d->steps + 1)));
    Rng shuffle(c.seed + uint64_t(d->steps) * 7919u);
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        order[std::size_t(i)] = i;

    TrainReport report;
    double best = INFINITY;
    int sinceBest = 0;
    d->net->train();
    torch::AutoGradMode enable(true);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        const auto epochStart = std::chrono::steady_clock::now();
        for (int64_t i = n - 1; i > 0; --i)
            std::swap(order[std::size_t(i)], order[shuffle.below(uint64_t(i + 1))]);
        EpochLosses sum;
        sum.epoch = epoch;
        double processed = 0;
        for (int64_t b = 0; b < n; b += options.batchSize) {
            if (cancel && cancel->load()) {
                report.cancelled = true;
                break;
            }
            if (options.maxSteps > 0 && d->steps >= options.maxSteps)
                break;
            const int64_t e = std::min(n, b + options.batchSize);
            const torch::Tensor idx = torch::from_blob(order.data() + b, {e - b}, torch::kLong)
                                          .clone();
            const torch::Tensor x = tokens.index_select(0, idx);
            auto [mu, logVar] = d->net->encode(x);
            torch::Tensor z = mu;
            if (c.beta > 0)
                z = mu + torch::exp(0.5 * logVar) * torch::randn(mu.sizes(), gen);
            const double bs = double(e - b);
            const torch::Tensor logits = d->net->logits(z, x, d->mask);
            const torch::Tensor rec =
                torch::nn::functional::cross_entropy(
                    logits.reshape({-1, logits.size(2)}), x.reshape({-1}),
                    torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                / bs;
            const torch::Tensor kl = -0.5 * torch::sum(1 + logVar - mu.pow(2) - logVar.exp()) / bs;
            const torch::Tensor am = accMask.index_select(0, idx);
            const torch::Tensor accLoss =
                torch::sum(am
                           * (d->net->predictAccuracy(z) - accTarget.index_select(0, idx)).pow(2))
                / torch::clamp_min(am.sum(), 1.0);
            const torch::Tensor flopsLoss = torch::mse_loss(d->net->predictFlops(z),
                                                            flopsTarget.index_select(0, idx));
            const double capacity = c.capacityMax > 0
                ? c.capacityMax * std::min(1.0, double(d->steps) / double(c.capacitySteps))
                : 0.0;
            const torch::Tensor klTerm = c.capacityMax > 0 ? torch::abs(kl - capacity) : kl;
            const torch::Tensor loss = c.alpha * accLoss + c.lambda * flopsLoss + c.mu * rec
                + c.beta * klTerm;
            if (options.maxSteps > 0 && options.finalLearningRate > 0) {
                const double t = double(d->steps) / double(options.maxSteps);
                auto &group = static_cast<torch::optim::AdamOptions &>(
                    optimizer.param_groups()[0].options());
                group.lr(options.learningRate
                         * std::pow(options.finalLearningRate / options.learningRate, t));
            }
            optimizer.zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(d->net->parameters(), options.clipNorm);
            optimizer.step();
            ++d->steps;
            processed += bs;
            sum.total += loss.item<double>() * bs;
            sum.accuracy += accLoss.item<double>() * bs;
            sum.flops += flopsLoss.item<double>() * bs;
            sum.reconstruction += rec.item<double>() * bs;
            sum.kl += kl.item<double>() * bs;
            sum.capacity = capacity;
        }
        sum.steps = int(d->steps);
        const double seen = std::max(1.0, processed);
        sum.total /= seen;
        sum.accuracy /= seen;
        sum.flops /= seen;
        sum.reconstruction /= seen;
        sum.kl /= seen;
        sum.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - epochStart)
                          .count();
        report.epochs.push_back(sum);
        if (onEpoch)
            onEpoch(sum);
        if (report.cancelled || (options.maxSteps > 0 && d->steps >= options.maxSteps))
            break;
        // Early stop once the loss stops improving (while the capacity still
        // grows the loss is not comparable, so wait for it).
        const bool capacityGrowing = c.capacityMax > 0 && d->steps < c.capacitySteps;
        if (sum.total < best - 1e-4 * std::abs(best) || capacityGrowing) {
            best = std::min(best, sum.total);
            sinceBest = 0;
        } else if (options.patience > 0 && ++sinceBest >= options.patience) {
            report.earlyStopped = true;
            break;
        }
    }
    d->net->eval();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
                         .count();
    return report;
}

TrainReport Controller::fitPredictors(const std::vector<TrainingSample> &samples, int epochs,
                                      int patience, double rankingWeight,
                                      const std::atomic<bool> *cancel)
{
    const auto started = std::chrono::steady_clock::now();
    std::vector<Cell> cells;
    for (const TrainingSample &s : samples)
        cells.push_back(s.cell);
    std::vector<int> kept;
    torch::Tensor mu;
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor t = d->tokens(cells, &kept);
        if (kept.empty())
            throw Error(QStringLiteral("no valid cell of this controller's space to fit on"));
        mu = d->net->encode(t).first.detach();
    }
    const int64_t n = int64_t(kept.size());
    torch::Tensor accTarget = torch::zeros({n}, torch::kFloat);
    torch::Tensor accMask = torch::zeros({n}, torch::kFloat);
    torch::Tensor flopsTarget = torch::zeros({n}, torch::kFloat);
    torch::Tensor validation = torch::zeros({n}, torch::kFloat);
    for (int64_t r = 0; r < n; ++r) {
        const TrainingSample &s = samples[std::size_t(kept[std::size_t(r)])];
        if (s.accuracy) {
            accTarget[r] = float((*s.accuracy - d->accMean) / d->accStd);
            accMask[r] = 1.0f;
        }
        flopsTarget[r] = float((std::log(std::max(1.0, s.flops)) - d->flopsMean) / d->flopsStd);
        validation[r] = r % 10 == 9 ? 1.0f : 0.0f;
    }
    // Small sets keep everything for training (no early stop).
    const bool holdOut = n >= 50;
    const torch::Tensor trainMask = holdOut ? 1.0f - validation : torch::ones({n}, torch::kFloat);

    std::vector<torch::Tensor> params;
    for (const auto &p : d->net->named_parameters()) {
        const std::string &k = p.key();
        if (k.rfind("acc", 0) == 0 || k.rfind("flops", 0) == 0)
            params.push_back(p.value());
    }
    torch::optim::Adam optimizer(params, torch::optim::AdamOptions(1e-3));
    // ranking: whether to add the pairwise term (training batches only: on the
    // whole held-back set it would be quadratic in its size).
    const auto lossOf = [&](const torch::Tensor &rows, const torch::Tensor &weight, bool ranking,
                            torch::Tensor *acc, torch::Tensor *flops) {
        const torch::Tensor z = mu.index_select(0, rows);
        const torch::Tensor am = accMask.index_select(0, rows) * weight;
        const torch::Tensor predicted = d->net->predictAccuracy(z);
        const torch::Tensor target = accTarget.index_select(0, rows);
        *acc = torch::sum(am * (predicted - target).pow(2)) / torch::clamp_min(am.sum(), 1.0);
        if (ranking && rankingWeight > 0) {
            // Logistic loss on every ordered pair of labelled rows of the batch.
            const torch::Tensor dp = predicted.unsqueeze(1) - predicted.unsqueeze(0);
            const torch::Tensor sign = torch::sign(target.unsqueeze(1) - target.unsqueeze(0));
            const torch::Tensor pairs = am.unsqueeze(1) * am.unsqueeze(0) * sign.abs();
            *acc = *acc
                + rankingWeight * torch::sum(pairs * torch::nn::functional::softplus(-dp * sign))
                    / torch::clamp_min(pairs.sum(), 1.0);
        }
        *flops = torch::sum(weight
                            * (d->net->predictFlops(z) - flopsTarget.index_select(0, rows)).pow(2))
            / torch::clamp_min(weight.sum(), 1.0);
        return d->config.alpha * *acc + d->config.lambda * *flops;
    };
    const torch::Tensor all = torch::arange(n, torch::kLong);
    // Each head keeps its own best weights and its own patience: the noisy
    // accuracy head must not stop the FLOPS head early, nor the reverse.
    struct Head
    {
        const char *prefix;
        double best = INFINITY;
        int sinceBest = 0;
        std::map<std::string, torch::Tensor> weights;
    };
    Head heads[2] = {{"acc"}, {"flops"}};
    const auto keep = [this](Head &h) {
        for (const auto &p : d->net->named_parameters()) {
            if (p.key().rfind(h.prefix, 0) == 0)
                h.weights[p.key()] = p.value().detach().clone();
        }
    };
    TrainReport report;
    Rng shuffle(d->config.seed + 17u + uint64_t(d->steps));
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    torch::AutoGradMode enable(true);
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const auto epochStart = std::chrono::steady_clock::now();
        for (int64_t i = n - 1; i > 0; --i)
            std::swap(order[std::size_t(i)], order[shuffle.below(uint64_t(i + 1))]);
        for (int64_t b = 0; b < n; b += 100) {
            const int64_t e = std::min(n, b + 100);
            const torch::Tensor rows = torch::from_blob(order.data() + b, {e - b}, torch::kLong)
                                           .clone();
            torch::Tensor acc;
            torch::Tensor flops;
            const torch::Tensor loss = lossOf(rows, trainMask.index_select(0, rows), true, &acc,
                                              &flops);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
        }
        torch::NoGradGuard noGrad;
        EpochLosses l;
        l.epoch = epoch;
        l.steps = int(d->steps);
        torch::Tensor acc;
        torch::Tensor flops;
        l.total = lossOf(all, holdOut ? validation : trainMask, false, &acc, &flops).item<double>();
        l.accuracy = acc.item<double>();
        l.flops = flops.item<double>();
        l.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - epochStart)
                        .count();
        report.epochs.push_back(l);
        bool anyImproving = false;
        for (Head &h : heads) {
            const double v = &h == &heads[0] ? l.accuracy : l.flops;
            if (v < h.best - 1e-6) {
                h.best = v;
                h.sinceBest = 0;
                keep(h);
            } else {
                ++h.sinceBest;
            }
            anyImproving |= h.sinceBest < patience;
        }
        if (holdOut && patience > 0 && !anyImproving) {
            report.earlyStopped = true;
            break;
        }
    }
    if (holdOut) {
        torch::NoGradGuard noGrad;
        for (auto &p : d->net->named_parameters()) {
            for (const Head &h : heads) {
                const auto it = h.weights.find(p.key());
                if (it != h.weights.end())
                    p.value().copy_(it->second);
            }
        }
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
                         .count();
    return report;
}

std::vector<double> Controller::klPerDimension(const std::vector<Cell> &cells) const
{
    torch::NoGradGuard noGrad;
    std::vector<int> kept;
    const torch::Tensor t = d->tokens(cells, &kept);
    std::vector<double> out(std::size_t(latentSize()), 0.0);
    if (kept.empty())
        return out;
    auto [mu, logVar] = d->net->encode(t);
    const torch::Tensor kl =
        (0.5 * (mu.pow(2) + logVar.exp() - 1 - logVar)).mean(0).to(torch::kDouble).contiguous();
    for (int j = 0; j < latentSize(); ++j)
        out[std::size_t(j)] = kl.data_ptr<double>()[j];
    return out;
}

void Controller::setTrainingSeed(std::uint64_t seed)
{
    d->config.seed = seed;
}

void Controller::setLossWeights(double alpha, double lambda, double mu, double beta)
{
    ControllerConfig c = d->config;
    c.alpha = alpha;
    c.lambda = lambda;
    c.mu = mu;
    c.beta = beta;
    const QString p = c.problem();
    if (!p.isEmpty())
        throw Error(QStringLiteral("controller configuration: %1").arg(p));
    d->config = c;
}

std::pair<double, double> Controller::accuracyNormalisation() const
{
    return {d->accMean, d->accStd};
}

void Controller::setAccuracyNormalisation(double mean, double std)
{
    d->accMean = mean;
    d->accStd = std::max(1e-6, std);
}

void Controller::normaliseAccuracy(const std::vector<TrainingSample> &samples)
{
    std::vector<double> acc;
    for (const TrainingSample &s : samples) {
        if (s.accuracy)
            acc.push_back(*s.accuracy);
    }
    if (acc.size() >= 2)
        std::tie(d->accMean, d->accStd) = meanAndStd(acc);
}

std::pair<double, double> Controller::flopsNormalisation() const
{
    return {d->flopsMean, d->flopsStd};
}

std::unique_ptr<Controller> Controller::snapshot() const
{
    return fromBytes(toBytes());
}

QByteArray Controller::toBytes() const
{
    torch::serialize::OutputArchive archive;
    const QByteArray config = QJsonDocument(d->config.toJson()).toJson(QJsonDocument::Compact);
    archive.write(
        "meta.config",
        torch::from_blob(const_cast<char *>(config.constData()), {config.size()}, torch::kUInt8)
            .clone());
    archive.write("meta.norm",
                  torch::tensor({d->accMean, d->accStd, d->flopsMean, d->flopsStd,
                                 d->flopsFitted ? 1.0 : 0.0, double(d->steps)},
                                torch::kDouble));
    for (const auto &p : d->net->named_parameters())
        archive.write("net." + p.key(), p.value());
    std::ostringstream stream;
    archive.save_to(stream);
    const std::string s = stream.str();
    return kMagic + QByteArray(s.data(), qsizetype(s.size()));
}

std::unique_ptr<Controller> Controller::fromBytes(const QByteArray &bytes)
{
    if (!bytes.startsWith(kMagic))
        throw Error(QStringLiteral("not a DNAS controller (the DNASCTL1 signature is missing)"));
    const QString damage = zipIntegrityProblem(bytes.constData() + kMagic.size(),
                                               std::size_t(bytes.size() - kMagic.size()));
    if (!damage.isEmpty())
        throw Error(QStringLiteral("damaged controller data: %1").arg(damage));
    try {
        std::istringstream stream(std::string(bytes.constData() + kMagic.size(),
                                              std::size_t(bytes.size() - kMagic.size())));
        torch::serialize::InputArchive archive;
        archive.load_from(stream);
        torch::Tensor config;
        archive.read("meta.config", config);
        const QByteArray json(
            reinterpret_cast<const char *>(config.contiguous().data_ptr<uint8_t>()),
            qsizetype(config.numel()));
        auto impl = std::make_unique<Impl>(
            ControllerConfig::fromJson(QJsonDocument::fromJson(json).object()));
        torch::Tensor norm;
        archive.read("meta.norm", norm);
        if (norm.numel() != 6)
            throw Error(QStringLiteral("the controller's normalisation record is damaged"));
        const double *nv = norm.to(torch::kDouble).contiguous().data_ptr<double>();
        impl->accMean = nv[0];
        impl->accStd = nv[1];
        impl->flopsMean = nv[2];
        impl->flopsStd = nv[3];
        impl->flopsFitted = nv[4] != 0.0;
        if (!std::isfinite(nv[5]) || nv[5] < 0 || nv[5] > 1e15)
            throw Error(QStringLiteral("the controller's step count is damaged"));
        impl->steps = int64_t(nv[5]);
        torch::NoGradGuard noGrad;
        for (auto &p : impl->net->named_parameters()) {
            torch::Tensor value;
            archive.read("net." + p.key(), value);
            if (!value.sizes().equals(p.value().sizes()))
                throw Error(QStringLiteral("weight %1 has the wrong shape")
                                .arg(QString::fromStdString(p.key())));
            p.value().copy_(value);
        }
        return std::unique_ptr<Controller>(new Controller(std::move(impl)));
    } catch (const Error &) {
        throw;
    } catch (const c10::Error &e) {
        throw Error(QStringLiteral("damaged controller data: %1")
                        .arg(QString::fromStdString(e.what_without_backtrace())));
    } catch (const std::exception &e) {
        // LibTorch's unpickler throws more than c10::Error on damaged
        // archives (torch::jit::ErrorReport, std::out_of_range, ...).
        const QString what = QString::fromUtf8(e.what()).simplified();
        throw Error(QStringLiteral("damaged controller data: %1").arg(what.left(200)));
    }
}

void Controller::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    f.write(toBytes());
    if (!f.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
}

std::unique_ptr<Controller> Controller::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("cannot open %1: %2").arg(path, f.errorString()));
    try {
        return fromBytes(f.readAll());
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

} // namespace dnas
