#include "cli_common.h"

namespace dnas::cli {

int runImportTfrecord(const QStringList &)
{
    throw Error(QStringLiteral("import-tfrecord is not built yet"));
}

} // namespace dnas::cli
