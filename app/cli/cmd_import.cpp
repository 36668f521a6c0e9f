#include "cli_common.h"

#include "bench/nb101_tfrecord.h"

#include <QFileInfo>

#include <unistd.h>

namespace dnas::cli {

int runImportTfrecord(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The official nasbench_only108.tfrecord."));
    parser.addOption(
        {QStringLiteral("out"),
         QStringLiteral("The table file to write (e.g. nb101_official.dnastab); use it "
                        "with --bench nb101 --table FILE."),
         QStringLiteral("PATH")});
    int status = ExitOk;
    if (!parseCommand(
            parser, args,
            QStringLiteral("Convert the official NAS-Bench-101 file nasbench_only108.tfrecord "
                           "to a table file holding the three runs of every cell: the search "
                           "metric is a random run's validation accuracy, the reported metric "
                           "the mean test accuracy."),
            &status))
        return status;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        throw BadInput(
            QStringLiteral("expected one FILE (the .tfrecord), got %1").arg(files.size()));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty())
        throw BadInput(QStringLiteral("--out is required"));

    const bool tty = isatty(fileno(stderr));
    const TableFile table = importNb101Tfrecord(files.first(), [tty](qint64 done, qint64 total) {
        if (tty && total > 0)
            err(QStringLiteral("\rreading %1 / %2 MB (%3%)")
                    .arg(done >> 20)
                    .arg(total >> 20)
                    .arg(100 * done / total));
    });
    if (tty)
        err(QStringLiteral("\n"));
    table.save(outPath);
    const QJsonObject &meta = table.meta();
    out(QStringLiteral("records: %1\n").arg(meta.value(QLatin1String("records")).toInteger()));
    out(QStringLiteral("cells: %1\n").arg(meta.value(QLatin1String("cells")).toInteger()));
    out(QStringLiteral("skipped (not 108 epochs): %1\n")
            .arg(meta.value(QLatin1String("skipped_non108")).toInteger()));
    out(QStringLiteral("output: %1 (%2 bytes)\n").arg(outPath).arg(QFileInfo(outPath).size()));
    return ExitOk;
}

} // namespace dnas::cli
