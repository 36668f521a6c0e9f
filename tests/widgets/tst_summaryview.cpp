// The benchmark summary view on the bundled NAS-Bench-101 table: the form
// shows the table's figures, the plots hold every row in their range.

#include "accuracy_flops_density_plot.h"
#include "accuracy_histogram_plot.h"
#include "benchmark_summary_view.h"

#include "bench/benchmark_summary.h"

#include <QLabel>
#include <QtTest>

#include <cmath>

using dnas::widgets::BenchmarkSummaryView;
using Field = BenchmarkSummaryView::Field;

class TestSummaryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsFigures();
    void histogramHoldsRowsInRange();
    void densityHoldsRowsInRange();
    void clearShowsPlaceholder();
    void histogramEdges();
    void accuracyRange_data();
    void accuracyRange();

private:
    std::shared_ptr<const dnas::Benchmark> m_bench;
    dnas::BenchmarkSummary m_summary;
};

void TestSummaryView::initTestCase()
{
    // Numbers in the form follow the default locale: pin it.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_bench = dnas::loadBenchmark(dnas::BenchmarkId::Nb101);
    QVERIFY(m_bench);
    m_summary = dnas::summarize(*m_bench);
    QCOMPARE(m_summary.rows, 423624);
}

void TestSummaryView::showsFigures()
{
    BenchmarkSummaryView view;
    view.setBenchmark(m_bench, m_summary);
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QCOMPARE(view.fieldText(Field::Benchmark), QStringLiteral("NAS-Bench-101 (CIFAR-10)"));
    QCOMPARE(view.fieldText(Field::Rows), QStringLiteral("423,624"));
    QCOMPARE(view.fieldText(Field::BestReported), QStringLiteral("94.66 %"));
    QCOMPARE(view.fieldText(Field::BestSearch), QStringLiteral("94.66 %"));
    QCOMPARE(view.fieldText(Field::MedianReported), QStringLiteral("90.65 %"));
    QCOMPARE(view.fieldText(Field::Flops), QStringLiteral("37.1 – 7,335.2 MFLOPs"));
    QVERIFY(view.fieldText(Field::Metrics)
                .contains(QStringLiteral("one measured"), Qt::CaseInsensitive));
    // What a user sees is the label, found as a user-facing test would.
    const auto *rows = view.findChild<QLabel *>(QStringLiteral("rowsValue"));
    QVERIFY(rows);
    QVERIFY(rows->isVisible());
    QCOMPARE(rows->text(), QStringLiteral("423,624"));
    QVERIFY(std::abs(m_summary.bestReported - 0.946615) < 1e-6);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("sourceNotes"))
                ->text()
                .contains(QStringLiteral("NAS-Bench-101")));
}

void TestSummaryView::histogramHoldsRowsInRange()
{
    BenchmarkSummaryView view;
    view.setBenchmark(m_bench, m_summary);
    const dnas::widgets::Histogram1D &h = view.distribution().accuracy;
    QCOMPARE(h.lower(), 0.80);
    QCOMPARE(h.upper(), 0.95);
    QCOMPARE(h.binCount(), 100);

    int inRange = 0;
    int below = 0;
    for (int r = 0; r < m_bench->size(); ++r) {
        const double acc = m_bench->metrics(r).reportedAccuracy;
        if (acc < h.lower())
            ++below;
        else if (acc <= h.upper())
            ++inRange;
    }
    QCOMPARE(below + inRange, m_summary.rows); // nothing above the best

    // The bars on screen, not just the histogram behind them.
    const auto *plot = view.histogramPlot();
    QCOMPARE(plot->bars()->data()->size(), 100);
    double sum = 0;
    for (auto it = plot->bars()->data()->constBegin(); it != plot->bars()->data()->constEnd(); ++it)
        sum += it->value;
    QCOMPARE(int(sum), inRange);
    QCOMPARE(h.inRange(), inRange);
    QCOMPARE(h.below(), below);
    QVERIFY2(plot->outsideNote().contains(QLocale().toString(below)),
             qPrintable(plot->outsideNote()));
}

void TestSummaryView::densityHoldsRowsInRange()
{
    BenchmarkSummaryView view;
    view.setBenchmark(m_bench, m_summary);
    QCPColorMapData *data = view.densityPlot()->colorMap()->data(); // cell() is not const
    double sum = 0;
    for (int ix = 0; ix < data->keySize(); ++ix) {
        for (int iy = 0; iy < data->valueSize(); ++iy) {
            const double c = data->cell(ix, iy);
            if (!std::isnan(c))
                sum += c;
        }
    }
    // Every FLOPS value is on the axis, so the density holds the rows the
    // histogram holds.
    QCOMPARE(int(sum), view.distribution().accuracy.inRange());
    QCOMPARE(view.distribution().accuracyVsLogMFlops.outside(),
             view.distribution().accuracy.below());
}

void TestSummaryView::clearShowsPlaceholder()
{
    BenchmarkSummaryView view;
    view.setBenchmark(m_bench, m_summary);
    view.clear(QStringLiteral("Loading …"));
    QVERIFY(!view.benchmark());
    QCOMPARE(view.fieldText(Field::Rows), QStringLiteral("—"));
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("placeholder"))->text(),
             QStringLiteral("Loading …"));
    QCOMPARE(view.histogramPlot()->bars()->data()->size(), 0);
}

void TestSummaryView::histogramEdges()
{
    dnas::widgets::Histogram1D h(0.5, 1.0, 5);
    h.add(0.5); // lower edge: first bin
    h.add(1.0); // upper edge: last bin
    h.add(0.69); // bin 1
    h.add(0.4);
    h.add(std::nan(""));
    h.add(1.01);
    QCOMPARE(h.count(0), 1);
    QCOMPARE(h.count(1), 1);
    QCOMPARE(h.count(4), 1);
    QCOMPARE(h.inRange(), 3);
    QCOMPARE(h.below(), 2);
    QCOMPARE(h.above(), 1);
    QCOMPARE(h.binCentre(0), 0.55);
}

void TestSummaryView::accuracyRange_data()
{
    QTest::addColumn<double>("best");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    // Best and median reported accuracy of the bundled tables.
    QTest::newRow("nb101") << 0.946615 << 0.906450 << 0.80 << 0.95;
    QTest::newRow("nb201-cifar10") << 0.943733 << 0.907450 << 0.80 << 0.95;
    QTest::newRow("nb201-cifar100") << 0.735133 << 0.652867 << 0.40 << 0.74;
    QTest::newRow("nb201-imagenet16") << 0.473111 << 0.363889 << 0.05 << 0.48;
    QTest::newRow("degenerate") << 0.5 << 0.5 << 0.45 << 0.50;
}

void TestSummaryView::accuracyRange()
{
    QFETCH(double, best);
    QFETCH(double, median);
    QFETCH(double, lower);
    QFETCH(double, upper);
    double lo = -1;
    double hi = -1;
    dnas::widgets::accuracyRange(best, median, &lo, &hi);
    QVERIFY2(std::abs(lo - lower) < 1e-9, qPrintable(QString::number(lo)));
    QVERIFY2(std::abs(hi - upper) < 1e-9, qPrintable(QString::number(hi)));
}

QTEST_MAIN(TestSummaryView)
#include "tst_summaryview.moc"
