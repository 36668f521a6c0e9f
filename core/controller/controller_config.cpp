#include "controller_config.h"

#include "../util/error.h"

namespace dnas {

ControllerConfig ControllerConfig::paper(SpaceKind space)
{
    ControllerConfig c;
    c.space = space;
    c.hidden = 26;
    c.latent = 26;
    c.embedding = 26;
    c.decoderLayers = 1;
    c.accHidden = 64;
    c.flopsHidden = 0;
    c.meanPooling = false;
    c.alpha = 0.8;
    c.lambda = 0.3;
    c.mu = 0.2;
    c.beta = 1.0;
    c.capacityMax = 0.0;
    return c;
}

ControllerConfig ControllerConfig::defaults(SpaceKind space)
{
    ControllerConfig c;
    c.space = space;
    return c;
}

QJsonObject ControllerConfig::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("space"),
             space == SpaceKind::Nb101 ? QStringLiteral("nb101") : QStringLiteral("nb201"));
    o.insert(QLatin1String("hidden"), hidden);
    o.insert(QLatin1String("latent"), latent);
    o.insert(QLatin1String("embedding"), embedding);
    o.insert(QLatin1String("decoder_layers"), decoderLayers);
    o.insert(QLatin1String("acc_hidden"), accHidden);
    o.insert(QLatin1String("flops_hidden"), flopsHidden);
    o.insert(QLatin1String("mean_pooling"), meanPooling);
    o.insert(QLatin1String("alpha"), alpha);
    o.insert(QLatin1String("lambda"), lambda);
    o.insert(QLatin1String("mu"), mu);
    o.insert(QLatin1String("beta"), beta);
    o.insert(QLatin1String("capacity_max"), capacityMax);
    o.insert(QLatin1String("capacity_steps"), capacitySteps);
    o.insert(QLatin1String("seed"), QString::number(seed));
    if (independentDecoder)
        o.insert(QLatin1String("independent_decoder"), true);
    return o;
}

ControllerConfig ControllerConfig::fromJson(const QJsonObject &json)
{
    ControllerConfig c;
    const auto need = [&json](const char *key) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            throw Error(
                QStringLiteral("controller configuration lacks \"%1\"").arg(QLatin1String(key)));
        return v;
    };
    const QString space = need("space").toString();
    if (space != QLatin1String("nb101") && space != QLatin1String("nb201"))
        throw Error(QStringLiteral("controller configuration: \"space\" must be nb101 or nb201"));
    c.space = space == QLatin1String("nb101") ? SpaceKind::Nb101 : SpaceKind::Nb201;
    c.hidden = need("hidden").toInt();
    c.latent = need("latent").toInt();
    c.embedding = need("embedding").toInt();
    c.decoderLayers = need("decoder_layers").toInt();
    c.accHidden = need("acc_hidden").toInt();
    // Added after the first files were written: older files mean linear.
    c.flopsHidden = json.value(QLatin1String("flops_hidden")).toInt(0);
    c.meanPooling = need("mean_pooling").toBool();
    c.alpha = need("alpha").toDouble();
    c.lambda = need("lambda").toDouble();
    c.mu = need("mu").toDouble();
    c.beta = need("beta").toDouble();
    c.capacityMax = need("capacity_max").toDouble();
    c.capacitySteps = need("capacity_steps").toInt();
    c.seed = need("seed").toString().toULongLong();
    c.independentDecoder = json.value(QLatin1String("independent_decoder")).toBool(false);
    const QString p = c.problem();
    if (!p.isEmpty())
        throw Error(QStringLiteral("controller configuration: %1").arg(p));
    return c;
}

QString ControllerConfig::problem() const
{
    const auto range = [](const char *key, double v, double lo, double hi) -> QString {
        if (!(v >= lo && v <= hi))
            return QStringLiteral("\"%1\" = %2 is outside [%3, %4]")
                .arg(QLatin1String(key))
                .arg(v)
                .arg(lo)
                .arg(hi);
        return {};
    };
    for (const QString &p :
         {range("hidden", hidden, 2, 1024), range("latent", latent, 1, 256),
          range("embedding", embedding, 2, 512), range("decoder_layers", decoderLayers, 1, 4),
          range("acc_hidden", accHidden, 1, 1024), range("flops_hidden", flopsHidden, 0, 1024),
          range("alpha", alpha, 0, 1e3), range("lambda", lambda, 0, 1e3), range("mu", mu, 0, 1e3),
          range("beta", beta, 0, 1e3), range("capacity_max", capacityMax, 0, 1e3),
          range("capacity_steps", capacitySteps, 1, 1e8)}) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}

} // namespace dnas
