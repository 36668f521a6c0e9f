// The importer of the official nasbench_only108.tfrecord, on small files
// written byte for byte in that format. The files come from testsupport's
// own TFRecord framing, bitwise CRC-32C and protobuf encoder, so that the
// test checks the importer against the format rather than against itself.
#include "bench/benchmark.h"
#include "bench/nb101_benchmark.h"
#include "bench/nb101_tfrecord.h"
#include "space/nb101_cell.h"
#include "space/nb101_cost_model.h"
#include "testsupport/tfrecord_samples.h"
#include "util/error.h"
#include "util/rng.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <set>
#include <vector>

using namespace dnas;
using namespace dnas::test;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

double meanOf(const SampleCell &s, const double *values)
{
    double sum = 0;
    for (int k = 0; k < s.runs; ++k)
        sum += values[k];
    return sum / s.runs;
}

} // namespace

class TestTfrecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crcTestVectors()
    {
        QCOMPARE(crc32c(QByteArrayLiteral("123456789")), 0xE3069283u);
        QCOMPARE(crc32c(QByteArray()), 0u);
        QCOMPARE(crc32c(QByteArray(32, '\0')), 0x8A9136AAu); // RFC 3720 B.4
        QCOMPARE(bitwiseCrc32c(QByteArrayLiteral("123456789")), 0xE3069283u);
        const QByteArray sample = samplePayloads().join();
        QCOMPARE(crc32c(sample), bitwiseCrc32c(sample));
        QCOMPARE(maskCrc32c(0xE3069283u), masked(0xE3069283u));
    }

    void readerReturnsEveryRecord()
    {
        QTemporaryDir dir;
        const QList<QByteArray> payloads = samplePayloads();
        TfRecordReader reader(writeFile(dir, QStringLiteral("a.tfrecord"), frameAll(payloads)));
        QByteArray data;
        qint64 offset = 0;
        for (const QByteArray &p : payloads) {
            QVERIFY(reader.next(&data));
            QCOMPARE(data, p);
            QCOMPARE(reader.recordOffset(), offset);
            offset += p.size() + 16;
        }
        QVERIFY(!reader.next(&data));
        QCOMPARE(reader.recordIndex(), qint64(payloads.size() - 1));
        QCOMPARE(reader.bytesRead(), offset);
    }

    void importedTable()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("nasbench_only108.tfrecord"),
                                       frameAll(samplePayloads()));
        qint64 lastDone = -1;
        const TableFile t = importNb101Tfrecord(path, [&lastDone](qint64 done, qint64 total) {
            QVERIFY(done <= total);
            lastDone = done;
        });
        QCOMPARE(lastDone, QFileInfo(path).size());
        QCOMPARE(t.name(), QStringLiteral("nb101"));
        QCOMPARE(t.rows(), std::size_t(3));
        QCOMPARE(t.meta().value(QLatin1String("records")).toInteger(), qint64(9));
        QCOMPARE(t.meta().value(QLatin1String("cells")).toInteger(), qint64(3));
        QCOMPARE(t.meta().value(QLatin1String("skipped_non108")).toInteger(), qint64(1));
        QCOMPARE(t.meta().value(QLatin1String("source_file")).toString(),
                 QStringLiteral("nasbench_only108.tfrecord"));
        QCOMPARE(t.column(QStringLiteral("flops")).shareIndexOf, QStringLiteral("params"));
        QVERIFY(t.hasColumn(QStringLiteral("halfway_val_acc_mean")));
        QVERIFY(t.hasColumn(QStringLiteral("val_acc_mean")));
        const auto &hi = t.column(QStringLiteral("hash_hi")).values;
        const auto &lo = t.column(QStringLiteral("hash_lo")).values;
        for (std::size_t r = 1; r < t.rows(); ++r)
            QVERIFY((Hash128 {hi[r - 1], lo[r - 1]} < Hash128 {hi[r], lo[r]}));
        // The two-run cell: third run missing, means over the two.
        Hash128 skipHash;
        QVERIFY(Hash128::fromHex(kSkip.hash(), &skipHash));
        std::size_t skipRow = 0;
        while (skipRow < t.rows() && Hash128 {hi[skipRow], lo[skipRow]} != skipHash)
            ++skipRow;
        QVERIFY(skipRow < t.rows());
        QCOMPARE(t.column(QStringLiteral("val_acc_run2")).values[skipRow], TableFile::kMissing);
        QCOMPARE(t.column(QStringLiteral("test_acc_run2")).values[skipRow], TableFile::kMissing);
        QCOMPARE(t.numbers(QStringLiteral("val_acc_mean"))[skipRow],
                 meanOf(kSkip, kSkip.validation));
        QCOMPARE(t.numbers(QStringLiteral("halfway_val_acc_mean"))[skipRow],
                 ((kSkip.validation[0] - 0.05) + (kSkip.validation[1] - 0.05)) / 2);
    }

    void loadedBenchmark_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("README cell") << 0;
        QTest::newRow("chain") << 1;
        QTest::newRow("two runs only") << 2;
    }

    void loadedBenchmark()
    {
        QFETCH(int, which);
        const SampleCell s = withParams(
            std::vector<SampleCell> {kReadme, kChain, kSkip}[std::size_t(which)]);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nb101_official.dnastab"));
        importNb101Tfrecord(
            writeFile(dir, QStringLiteral("in.tfrecord"), frameAll(samplePayloads())))
            .save(path);
        const auto bench = loadBenchmark(BenchmarkId::Nb101, path);
        const auto &nb101 = static_cast<const Nb101Benchmark &>(*bench);
        QCOMPARE(bench->size(), 3);
        QVERIFY(nb101.hasRuns());

        const Nb101Cell cell = s.cell();
        const int row = bench->rowOf(cell);
        QVERIFY(row >= 0);
        QCOMPARE(nb101.hash(row).toHex(), s.hash());
        QCOMPARE(nb101.nb101Cell(row), *cell.pruned());
        const CellMetrics first = bench->metrics(row);
        QCOMPARE(first.reportedAccuracy, meanOf(s, s.test));
        QCOMPARE(first.searchAccuracy, s.validation[0]);
        QCOMPARE(first.params, s.params);
        QCOMPARE(first.flops, double(nb101Costs(*cell.pruned()).flops));
        QCOMPARE(nb101.flops(row), nb101Costs(*cell.pruned()).flops);

        // The search metric is the validation accuracy of a present run; all
        // of them turn up.
        std::set<double> seen;
        for (std::uint64_t seed = 0; seed < 200; ++seed) {
            Rng rng(seed);
            const CellMetrics m = bench->metrics(row, &rng);
            QCOMPARE(m.reportedAccuracy, meanOf(s, s.test));
            QVERIFY(!std::isnan(m.searchAccuracy));
            seen.insert(m.searchAccuracy);
        }
        QCOMPARE(seen, std::set<double>(s.validation, s.validation + s.runs));
    }

    void readmeCellParamsAndIsomorphicLookup()
    {
        QCOMPARE(nb101Costs(kReadme.cell()).params, kReadme.params);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.dnastab"));
        importNb101Tfrecord(
            writeFile(dir, QStringLiteral("in.tfrecord"), frameAll(samplePayloads())))
            .save(path);
        const auto bench = loadBenchmark(BenchmarkId::Nb101, path);
        // Vertices 1 and 2 swapped: same graph, numbered differently.
        const Nb101Cell swapped = cellOf(
            kReadme.matrix,
            QStringLiteral("input,conv3x3-bn-relu,conv1x1-bn-relu,"
                           "conv3x3-bn-relu,conv3x3-bn-relu,maxpool3x3,"
                           "output"));
        QVERIFY(swapped != kReadme.cell());
        const int row = bench->rowOf(kReadme.cell());
        QVERIFY(row >= 0);
        QCOMPARE(bench->rowOf(swapped), row);
        QCOMPARE(bench->metrics(row).params, std::int64_t(2694282));
    }

    void corruptFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // where
        QTest::addColumn<QString>("reason");

        const QList<QByteArray> payloads = samplePayloads();
        const QByteArray first = frame(payloads[0]);
        const QByteArray second = frame(payloads[1]);
        const QByteArray rest = frameAll(payloads.mid(2));
        const QString where = QStringLiteral("record 1 (byte offset %1)").arg(first.size());
        const auto withSecond = [&](const QByteArray &payload) {
            return first + frame(payload) + rest;
        };

        QTest::newRow("truncated in the length header")
            << first + second.left(5) << where << QStringLiteral("truncated in the length header");
        QTest::newRow("truncated in the data")
            << first + second.left(40) << where << QStringLiteral("truncated in the data (");
        QTest::newRow("truncated in the data CRC")
            << first + second.chopped(2) << where << QStringLiteral("truncated in the data CRC");
        QByteArray flippedData = second;
        flippedData[20] = char(flippedData[20] ^ 0x04);
        QTest::newRow("flipped data byte")
            << first + flippedData + rest << where << QStringLiteral("data CRC mismatch");
        QByteArray flippedLength = second;
        flippedLength[1] = char(flippedLength[1] ^ 0x01);
        QTest::newRow("flipped length byte")
            << first + flippedLength + rest << where << QStringLiteral("length CRC mismatch");
        QByteArray flippedCrc = second;
        flippedCrc[second.size() - 1] = char(flippedCrc[second.size() - 1] ^ 0x80);
        QTest::newRow("flipped data CRC")
            << first + flippedCrc + rest << where << QStringLiteral("data CRC mismatch");
        // A huge length with a valid length CRC must not be allocated.
        QTest::newRow("huge length") << first + frame(payloads[1], quint64(1) << 60) << where
                                     << QStringLiteral("truncated in the data (");

        const SampleCell chain = withParams(kChain);
        const QByteArray goodMetrics = modelMetrics(chain.params, 0.8, 0.8).toBase64();
        QTest::newRow("bad JSON") << withSecond("[\"abc\", 108,") << where
                                  << QStringLiteral("bad JSON");
        QTest::newRow("JSON object")
            << withSecond("{\"hash\": 1}") << where << QStringLiteral("bad JSON");
        QTest::newRow("JSON list of 4")
            << withSecond(recordJson(chain.hash(), 108, chain.matrix, chain.ops, goodMetrics)
                              .replace(", 108", ""))
            << where << QStringLiteral("bad JSON");
        QTest::newRow("hash not hex") << withSecond(
            recordJson(QString(32, QLatin1Char('x')), 108, chain.matrix, chain.ops, goodMetrics))
                                      << where << QStringLiteral("not 32 hex digits");
        QTest::newRow("bad base64")
            << withSecond(recordJson(chain.hash(), 108, chain.matrix, chain.ops, "!!not*base64!!"))
            << where << QStringLiteral("not valid base64");
        QTest::newRow("protobuf truncated")
            << withSecond(recordJson(chain.hash(), 108, chain.matrix, chain.ops,
                                     modelMetrics(chain.params, 0.8, 0.8).chopped(3).toBase64()))
            << where << QStringLiteral("protobuf truncated");
        QByteArray cutDouble;
        doubleField(cutDouble, 3, 1.0);
        QTest::newRow("protobuf cut in a double")
            << withSecond(recordJson(chain.hash(), 108, chain.matrix, chain.ops,
                                     cutDouble.chopped(4).toBase64()))
            << where << QStringLiteral("truncated in a fixed-width field");
        QTest::newRow("protobuf without evaluations")
            << withSecond(recordJson(chain.hash(), 108, chain.matrix, chain.ops,
                                     QByteArray("\x10\x05", 2).toBase64()))
            << where << QStringLiteral("no evaluation_data");
        QTest::newRow("hash of another graph")
            << withSecond(recordJson(kReadme.hash(), 108, chain.matrix, chain.ops, goodMetrics))
            << where << QStringLiteral("does not match the graph");
        QTest::newRow("adjacency not square") << withSecond(
            recordJson(chain.hash(), 108, QStringLiteral("0100010"), chain.ops, goodMetrics))
                                              << where << QStringLiteral("not square");
        QTest::newRow("unknown op") << withSecond(recordJson(
            chain.hash(), 108, chain.matrix, QStringLiteral("input,conv5x5,output"), goodMetrics))
                                    << where << QStringLiteral("unknown op");
        QTest::newRow("disconnected cell") << withSecond(
            recordJson(chain.hash(), 108, QStringLiteral("010000000"), chain.ops, goodMetrics))
                                           << where << QStringLiteral("invalid cell");
        QTest::newRow("accuracy above 1")
            << withSecond(recordJson(chain.hash(), 108, chain.matrix, chain.ops,
                                     modelMetrics(chain.params, 0.8, 1.5).toBase64()))
            << where << QStringLiteral("accuracy in [0, 1]");
        // Record 1 is the chain's first run; record 5 its second.
        QList<QByteArray> disagreeing = payloads;
        disagreeing[5] = recordJson(chain.hash(), 108, chain.matrix, chain.ops,
                                    modelMetrics(chain.params + 1, 0.8, 0.8).toBase64());
        QTest::newRow("runs disagree on params")
            << frameAll(disagreeing) << QStringLiteral("record 5")
            << QStringLiteral("trainable_parameters");
        QList<QByteArray> otherGraph = payloads;
        otherGraph[5] = recordJson(chain.hash(), 108, kSkip.matrix, kSkip.ops, goodMetrics);
        QTest::newRow("later run of another graph")
            << frameAll(otherGraph) << QStringLiteral("record 5")
            << QStringLiteral("does not match the graph");
        QList<QByteArray> fourRuns = payloads;
        fourRuns.append(chain.record(0));
        QTest::newRow("four runs") << frameAll(fourRuns) << QStringLiteral("record 9")
                                   << QStringLiteral("more than 3 runs");
        QTest::newRow("empty file")
            << QByteArray() << QStringLiteral("no records") << QStringLiteral("empty file");
        QTest::newRow("no 108-epoch record")
            << frame(chain.record(0, 36)) << QStringLiteral("no records")
            << QStringLiteral("108 epochs");
    }

    void corruptFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.tfrecord"), bytes);
        try {
            importNb101Tfrecord(path);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
            QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        }
    }

    void missingFile()
    {
        QVERIFY_THROWS_EXCEPTION(Error,
                                 importNb101Tfrecord(QStringLiteral("/nonexistent/x.tfrecord")));
    }
};

QTEST_GUILESS_MAIN(TestTfrecord)
#include "tst_tfrecord.moc"
