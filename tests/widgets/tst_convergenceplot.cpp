// The convergence plot: curves with and without bands, the optimum line, the
// axes fitted to the data, and the image files it saves.

#include "convergence_figure.h"
#include "convergence_plot.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using dnas::widgets::ConvergencePlot;

namespace {
/** A best-so-far curve rising towards `top` over `n` queries. */
QVector<double> rising(int n, double top, double offset = 0)
{
    QVector<double> v;
    for (int i = 1; i <= n; ++i)
        v << top - 0.05 / std::sqrt(double(i)) - offset;
    return v;
}

QVector<double> queries(int n)
{
    QVector<double> q;
    for (int i = 1; i <= n; ++i)
        q << i;
    return q;
}

QVector<double> shifted(const QVector<double> &v, double by)
{
    QVector<double> s;
    for (double x : v)
        s << x + by;
    return s;
}

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}
} // namespace

class TestConvergencePlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void curvesAndLegend()
    {
        ConvergencePlot plot;
        const QVector<double> mean = rising(50, 0.94);
        QCPGraph *withBand = plot.addCurve(QStringLiteral("dnas"), queries(50), mean,
                                           shifted(mean, -0.003), shifted(mean, 0.003), Qt::blue);
        QVERIFY(withBand);
        QCPGraph *single = plot.addSingleRun(QStringLiteral("random"), queries(50),
                                             rising(50, 0.935), Qt::red);
        QVERIFY(single);
        QCOMPARE(plot.curveCount(), 2);
        QCOMPARE(plot.graphCount(), 4); // mean + two band edges, one line
        QVERIFY(plot.curves()[0].hi && plot.curves()[0].lo);
        QVERIFY(!plot.curves()[1].hi && !plot.curves()[1].lo);
        QCOMPARE(plot.curves()[0].hi->channelFillGraph(), plot.curves()[0].lo);
        // Only the mean lines are in the legend.
        QCOMPARE(plot.legend->itemCount(), 2);
        QVERIFY(plot.legend->hasItemWithPlottable(withBand));
        QVERIFY(plot.legend->hasItemWithPlottable(single));
        // Fractions in, percent on the axis.
        QCOMPARE(withBand->data()->at(49)->value, mean.last() * 100);
        QCOMPARE(withBand->data()->at(49)->key, 50.0);

        // Sizes that do not match add nothing.
        QVERIFY(!plot.addCurve(QStringLiteral("bad"), queries(3), rising(2, 0.9), {}, {}, Qt::red));
        QVERIFY(!plot.addCurve(QStringLiteral("bad"), queries(3), rising(3, 0.9), rising(3, 0.9),
                               {}, Qt::red));
        QCOMPARE(plot.curveCount(), 2);

        plot.clear();
        QCOMPARE(plot.curveCount(), 0);
        QCOMPARE(plot.graphCount(), 0);
        QCOMPARE(plot.legend->itemCount(), 0);
    }

    void optimumAndRanges()
    {
        ConvergencePlot plot;
        QVERIFY(std::isnan(plot.optimum()));
        plot.setOptimum(0.9466);
        QCOMPARE(plot.optimum(), 0.9466);
        const QVector<double> mean = rising(200, 0.94);
        plot.addCurve(QStringLiteral("re"), queries(200), mean, shifted(mean, -0.002),
                      shifted(mean, 0.002), Qt::darkGreen);
        plot.rescaleToData();
        QCOMPARE(plot.xAxis->range().lower, 0.0);
        QCOMPARE(plot.xAxis->range().upper, 200.0);
        const QCPRange y = plot.yAxis->range();
        QVERIFY2(y.contains(94.66) && y.contains(mean.last() * 100 + 0.2),
                 qPrintable(QStringLiteral("%1 %2").arg(y.lower).arg(y.upper)));
        // The first queries (far below) do not stretch the axis.
        QVERIFY(y.lower > mean.first() * 100);
        QVERIFY(y.lower <= mean[20] * 100);

        plot.setOptimum(std::nan(""));
        QVERIFY(std::isnan(plot.optimum()));
    }

    void savesImages()
    {
        QTemporaryDir dir;
        ConvergencePlot plot;
        plot.setTitle(QStringLiteral("Two methods"));
        QCOMPARE(plot.title(), QStringLiteral("Two methods"));
        plot.setOptimum(0.9466);
        const QVector<double> a = rising(100, 0.942);
        const QVector<double> b = rising(100, 0.938);
        plot.addCurve(QStringLiteral("dnas"), queries(100), a, shifted(a, -0.002),
                      shifted(a, 0.002), QColor(0x3b, 0x76, 0xb0));
        plot.addCurve(QStringLiteral("random"), queries(100), b, shifted(b, -0.003),
                      shifted(b, 0.003), QColor(0xe6, 0x9f, 0x00));
        plot.rescaleToData();

        const QString png = dir.filePath(QStringLiteral("curves.png"));
        QVERIFY(plot.saveImage(png, 800, 500));
        QCOMPARE(head(png, 8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));
        QVERIFY(QFileInfo(png).size() > 10 * 1024);

        const QString svg = dir.filePath(QStringLiteral("curves.svg"));
        QVERIFY(plot.saveImage(svg, 800, 500));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("viewBox=\"0 0 800 500\""));

        const QString pdf = dir.filePath(QStringLiteral("curves.pdf"));
        QVERIFY(plot.saveImage(pdf, 800, 500));
        QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));

        QVERIFY(!plot.saveImage(dir.filePath(QStringLiteral("curves.xyz")), 800, 500));
        QVERIFY(!plot.saveImage(dir.filePath(QStringLiteral("no/such/dir/curves.png")), 800, 500));

        plot.setTitle(QString());
        QCOMPARE(plot.title(), QString());
    }

    void figureOfPanels()
    {
        QTemporaryDir dir;
        QList<dnas::widgets::ConvergencePanel> panels;
        for (int budget : {50, 150}) {
            dnas::widgets::ConvergencePanel panel;
            panel.title = QStringLiteral("Budget %1").arg(budget);
            panel.optimum = 0.9466;
            const QVector<double> mean = rising(budget, 0.94);
            panel.curves << dnas::widgets::ConvergenceCurve {
                QStringLiteral("ls"),  queries(budget),      mean,
                shifted(mean, -0.002), shifted(mean, 0.002), Qt::darkMagenta};
            panels << panel;
        }
        QString error;
        const QString png = dir.filePath(QStringLiteral("figure.png"));
        QVERIFY2(dnas::widgets::saveConvergenceFigure(panels, 3, png, 1200, 700, &error),
                 qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(1200, 700));
        QVERIFY(!dnas::widgets::saveConvergenceFigure(
            panels, 3, dir.filePath(QStringLiteral("figure.gif")), 1200, 700, &error));
        QVERIFY2(error.contains(QStringLiteral("gif")), qPrintable(error));
    }
};

QTEST_MAIN(TestConvergencePlot)
#include "tst_convergenceplot.moc"
