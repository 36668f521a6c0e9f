#include "cell_source.h"

namespace dnas {

namespace {
const char *const kKeys[kCellSourceCount] = {"initial",    "region",      "user-region",
                                             "flops-edge", "whole-space", "gradient-step",
                                             "mutation",   "neighbour",   "user"};
}

QString cellSourceKey(CellSource source)
{
    return QLatin1String(kKeys[int(source)]);
}

std::optional<CellSource> cellSourceFromKey(const QString &key)
{
    for (int i = 0; i < kCellSourceCount; ++i) {
        if (key == QLatin1String(kKeys[i]))
            return CellSource(i);
    }
    return std::nullopt;
}

} // namespace dnas
