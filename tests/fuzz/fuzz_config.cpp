// Configuration JSON: `dnas search --config`, the run panel's stored
// settings, a controller's config and a region set. Each reader accepts the
// object or throws dnas::Error naming the key; an accepted search config
// either passes problem() or names what is wrong.
#include "fuzz_support.h"

#include "controller/controller_config.h"
#include "search/regions.h"
#include "search/search_config.h"
#include "util/error.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace dnas;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytesOf(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();
    for (const BenchmarkId id : {BenchmarkId::Nb101, BenchmarkId::Nb201ImageNet16}) {
        for (const SearchMethod method : {SearchMethod::Dnas, SearchMethod::RegularizedEvolution}) {
            try {
                const SearchConfig c = SearchConfig::fromJson(
                    json, SearchConfig::defaults(id, method, 100));
                c.problem();
                SearchConfig::fromJson(c.toJson(), SearchConfig {});
            } catch (const Error &) { }
        }
    }
    try {
        ControllerConfig::fromJson(json);
    } catch (const Error &) { }
    try {
        RegionSet::fromJson(json, 16);
    } catch (const Error &) { }
    return 0;
}
