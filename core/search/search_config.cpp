#include "search_config.h"

#include "../util/error.h"

#include <QJsonArray>

#include <cmath>

namespace dnas {

namespace {
const char *const kMethodKeys[] = {"dnas", "semi", "re", "random", "ls"};

// The numeric settings, table-driven so that reading, writing and range
// checks cannot drift apart.
struct IntKey
{
    const char *key;
    int SearchConfig::*field;
    int min, max;
};
struct DoubleKey
{
    const char *key;
    double SearchConfig::*field;
    double min, max;
};
struct BoolKey
{
    const char *key;
    bool SearchConfig::*field;
};
struct ChoiceKey
{
    const char *key;
    QString SearchConfig::*field;
    const char *a, *b;
};

const IntKey kInts[] = {
    {"budget", &SearchConfig::budget, 1, 1000000},
    {"initial", &SearchConfig::initial, 1, 1000000},
    {"iterations", &SearchConfig::iterations, 1, 100000},
    {"epochs", &SearchConfig::epochs, 0, 100000},
    {"top_k", &SearchConfig::topK, 1, 100000},
    {"pool", &SearchConfig::pool, 0, 10000000},
    {"pseudo_labels", &SearchConfig::pseudoLabels, 0, 10000000},
    {"pseudo_epochs", &SearchConfig::pseudoEpochs, 0, 100000},
    {"top_p", &SearchConfig::topP, 1, 1000000},
    {"population", &SearchConfig::population, 2, 1000000},
    {"tournament", &SearchConfig::tournament, 1, 1000000},
};
const DoubleKey kDoubles[] = {
    {"alpha", &SearchConfig::alpha, 0, 1000},
    {"lambda", &SearchConfig::lambda, 0, 1000},
    {"mu", &SearchConfig::mu, 0, 1000},
    {"beta", &SearchConfig::beta, 0, 1000},
    {"sigma", &SearchConfig::sigma, 0, 100},
    {"eps1", &SearchConfig::eps1, 0, 1},
    {"eps2", &SearchConfig::eps2, 0, 1},
    {"mutation_share", &SearchConfig::mutationShare, 0, 1},
    {"eta1", &SearchConfig::eta1, 0, 100},
    {"eta2", &SearchConfig::eta2, 0, 100},
    {"flops_tolerance", &SearchConfig::flopsTolerance, 0, 10},
    {"flops_edge", &SearchConfig::flopsEdge, 0, 1},
};
const BoolKey kBools[] = {
    {"dense_sampling", &SearchConfig::denseSampling},
    {"refit", &SearchConfig::refit},
    {"keep_all_checkpoints", &SearchConfig::keepAllCheckpoints},
};
const ChoiceKey kChoices[] = {
    {"preset", &SearchConfig::preset, "default", "paper"},
    {"whole_space", &SearchConfig::wholeSpace, "cells", "latent"},
    {"selection", &SearchConfig::selection, "predicted", "gradient"},
};

QString rangeText(double min, double max)
{
    return QStringLiteral("%1 to %2").arg(min).arg(max);
}
} // namespace

QString searchMethodKey(SearchMethod method)
{
    return QLatin1String(kMethodKeys[int(method)]);
}

std::optional<SearchMethod> searchMethodFromKey(const QString &key)
{
    for (int i = 0; i < 5; ++i) {
        if (key == QLatin1String(kMethodKeys[i]))
            return SearchMethod(i);
    }
    return std::nullopt;
}

QStringList searchMethodKeys()
{
    QStringList keys;
    for (const char *k : kMethodKeys)
        keys << QLatin1String(k);
    return keys;
}

SearchConfig SearchConfig::defaults(BenchmarkId benchmark, SearchMethod method, int budget,
                                    const QString &preset)
{
    SearchConfig c;
    c.benchmark = benchmark;
    c.method = method;
    c.budget = budget;
    c.preset = preset;
    c.initial = std::max(1, budget / 3);
    if (preset == QLatin1String("paper")) {
        // Algorithm 1 as printed: Eqn 5 with the paper's weights, the whole
        // space sampled in z, the gradient-step cells queried.
        c.mu = 0.2;
        c.beta = 1.0;
        c.wholeSpace = QStringLiteral("latent");
        c.mutationShare = 0;
        c.refit = false;
        c.selection = QStringLiteral("gradient");
    }
    if (method == SearchMethod::Semi) {
        c.beta = 0;
        c.denseSampling = false;
    }
    return c;
}

QJsonObject SearchConfig::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("bench"), benchmarkKey(benchmark));
    o.insert(QStringLiteral("method"), searchMethodKey(method));
    o.insert(QStringLiteral("seed"), QString::number(seed));
    o.insert(QStringLiteral("flops_max"), flopsMax ? QJsonValue(*flopsMax) : QJsonValue());
    for (const IntKey &k : kInts)
        o.insert(QLatin1String(k.key), this->*k.field);
    for (const DoubleKey &k : kDoubles)
        o.insert(QLatin1String(k.key), this->*k.field);
    for (const BoolKey &k : kBools)
        o.insert(QLatin1String(k.key), this->*k.field);
    for (const ChoiceKey &k : kChoices)
        o.insert(QLatin1String(k.key), this->*k.field);
    return o;
}

SearchConfig SearchConfig::fromJson(const QJsonObject &json, const SearchConfig &base)
{
    SearchConfig c = base;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        const auto fail = [&key](const QString &why) {
            throw Error(QStringLiteral("config key '%1': %2").arg(key, why));
        };
        bool known = false;
        if (key == QLatin1String("bench")) {
            const auto id = benchmarkFromKey(v.toString());
            if (!id)
                fail(QStringLiteral("must be one of %1")
                         .arg(benchmarkKeys().join(QStringLiteral(", "))));
            c.benchmark = *id;
            known = true;
        } else if (key == QLatin1String("method")) {
            const auto m = searchMethodFromKey(v.toString());
            if (!m)
                fail(QStringLiteral("must be one of %1")
                         .arg(searchMethodKeys().join(QStringLiteral(", "))));
            c.method = *m;
            known = true;
        } else if (key == QLatin1String("seed")) {
            // A string holds any 64-bit seed; a JSON number only the integers
            // a double represents exactly. Range-check before converting:
            // a negative double cast to unsigned is undefined behaviour.
            bool ok = false;
            quint64 s = 0;
            if (v.isString()) {
                s = v.toString().toULongLong(&ok);
            } else if (v.isDouble()) {
                const double d = v.toDouble();
                ok = d >= 0 && d == std::floor(d) && d < 9007199254740992.0;
                if (ok)
                    s = quint64(d);
            }
            if (!ok)
                fail(QStringLiteral("must be a non-negative integer"));
            c.seed = s;
            known = true;
        } else if (key == QLatin1String("flops_max")) {
            if (v.isNull()) {
                c.flopsMax.reset();
            } else if (!v.isDouble() || !(v.toDouble() > 0) || !std::isfinite(v.toDouble())) {
                fail(QStringLiteral("must be a positive number of FLOPS or null"));
            } else {
                c.flopsMax = v.toDouble();
            }
            known = true;
        }
        for (const IntKey &k : kInts) {
            if (key != QLatin1String(k.key))
                continue;
            const double d = v.toDouble(NAN);
            if (!v.isDouble() || d != std::floor(d) || d < k.min || d > k.max)
                fail(QStringLiteral("must be an integer from %1").arg(rangeText(k.min, k.max)));
            c.*k.field = int(d);
            known = true;
        }
        for (const DoubleKey &k : kDoubles) {
            if (key != QLatin1String(k.key))
                continue;
            const double d = v.toDouble(NAN);
            if (!v.isDouble() || !(d >= k.min && d <= k.max))
                fail(QStringLiteral("must be a number from %1").arg(rangeText(k.min, k.max)));
            c.*k.field = d;
            known = true;
        }
        for (const BoolKey &k : kBools) {
            if (key != QLatin1String(k.key))
                continue;
            if (!v.isBool())
                fail(QStringLiteral("must be true or false"));
            c.*k.field = v.toBool();
            known = true;
        }
        for (const ChoiceKey &k : kChoices) {
            if (key != QLatin1String(k.key))
                continue;
            if (v.toString() != QLatin1String(k.a) && v.toString() != QLatin1String(k.b))
                fail(QStringLiteral("must be \"%1\" or \"%2\"")
                         .arg(QLatin1String(k.a), QLatin1String(k.b)));
            c.*k.field = v.toString();
            known = true;
        }
        if (!known)
            fail(QStringLiteral("unknown key"));
    }
    const QString p = c.problem();
    if (!p.isEmpty())
        throw Error(p);
    return c;
}

QString SearchConfig::problem() const
{
    for (const IntKey &k : kInts) {
        if (this->*k.field < k.min || this->*k.field > k.max)
            return QStringLiteral("config key '%1': must be an integer from %2")
                .arg(QLatin1String(k.key), rangeText(k.min, k.max));
    }
    for (const DoubleKey &k : kDoubles) {
        const double d = this->*k.field;
        if (!(d >= k.min && d <= k.max))
            return QStringLiteral("config key '%1': must be a number from %2")
                .arg(QLatin1String(k.key), rangeText(k.min, k.max));
    }
    if (eps1 + eps2 > 1.0 + 1e-12)
        return QStringLiteral("config keys 'eps1' and 'eps2': their sum must not exceed 1 "
                              "(eps3 = 1 - eps1 - eps2 is the whole space)");
    if (eps1 + eps2 + mutationShare > 1.0 + 1e-12)
        return QStringLiteral(
            "config key 'mutation_share': with eps1 and eps2 it must not exceed 1");
    if (flopsMax && !(*flopsMax > 0))
        return QStringLiteral("config key 'flops_max': must be positive");
    if ((method == SearchMethod::Dnas || method == SearchMethod::Semi) && initial >= budget)
        return QStringLiteral("config key 'initial': must be below the budget (%1)").arg(budget);
    if (method == SearchMethod::RegularizedEvolution && tournament > population)
        return QStringLiteral("config key 'tournament': must not exceed 'population' (%1)")
            .arg(population);
    return {};
}

} // namespace dnas
