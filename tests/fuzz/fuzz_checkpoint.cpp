// Controller checkpoints: the blobs in run databases and the *.dnasctl files
// (--controller). Whatever follows the DNASCTL1 signature, loading gives a
// controller or throws dnas::Error.
#include "fuzz_support.h"

#include "controller/controller.h"
#include "util/error.h"

using namespace dnas;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        Controller::fromBytes(QByteArrayLiteral("DNASCTL1") + fuzz::bytesOf(data, size));
    } catch (const Error &) { }
    return 0;
}
