// The importer of nasbench_only108.tfrecord. Two modes, by the first byte:
// odd, the rest is the file itself (framing, lengths, CRCs); even, the rest
// is split at NUL bytes into record payloads that get valid framing and
// CRCs, so the mutations reach the JSON, base64 and protobuf parsers behind
// the checksums. The import must succeed or throw dnas::Error.
#include "fuzz_support.h"

#include "bench/nb101_tfrecord.h"
#include "testsupport/tfrecord_samples.h"
#include "util/error.h"

using namespace dnas;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytesOf(data + 1, size - 1);
    QByteArray file;
    if (data[0] & 1) {
        file = rest;
    } else {
        for (const QByteArray &payload : rest.split('\0'))
            file += test::frame(payload);
    }
    try {
        importNb101Tfrecord(fuzz::writeScratch(QStringLiteral("records.tfrecord"), file));
    } catch (const Error &) { }
    return 0;
}
