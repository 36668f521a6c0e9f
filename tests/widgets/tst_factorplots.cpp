// The latent factor plots: regions drawn, moved, resized and removed with
// real mouse and key events, the grid's plots and clicks, and the replot
// time with all 423,624 NAS-Bench-101 points (printed, not asserted).
//
// DNAS_FACTOR_PNG_DIR=<dir> also saves the plots as PNG files there.

#include "factor_grid.h"
#include "factor_plot.h"

#include "search/cell_source.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using dnas::LatentBox;
using dnas::LatentInterval;
using dnas::RegionSet;
using dnas::widgets::FactorData;
using dnas::widgets::FactorGrid;
using dnas::widgets::FactorMetric;
using dnas::widgets::FactorPlot;

namespace {

const int kUserRegionSource = int(dnas::CellSource::UserRegion);

/** `n` codes of `latent` N(0, 1) dimensions; accuracy rises with z2 and
 *  falls with |z1|, FLOPS grow with z0; every 40th point comes from a user
 *  region, 1 % are failed trainings near 10 %. */
FactorData synthetic(int n, int latent, unsigned seed = 7)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<double> uniform(0, 1);
    FactorData data;
    data.latents.resize(size_t(n));
    for (int i = 0; i < n; ++i) {
        dnas::Latent &z = data.latents[size_t(i)];
        z.resize(size_t(latent));
        for (float &v : z)
            v = normal(rng);
        const double z0 = z[0], z1 = latent > 1 ? z[1] : 0, z2 = latent > 2 ? z[2] : 0;
        double acc = 0.905 + 0.02 * std::tanh(z2) - 0.008 * z1 * z1 + 0.01 * normal(rng);
        if (uniform(rng) < 0.01)
            acc = 0.1 + 0.02 * uniform(rng);
        data.accuracy.push_back(std::clamp(acc, 0.0, 0.95));
        data.flops.push_back(1e6 * std::pow(10.0, 2.4 + 0.35 * z0 + 0.1 * normal(rng)));
        data.sources.push_back(i % 40 == 0 ? kUserRegionSource : 0);
    }
    return data;
}

QPoint pixel(const FactorPlot &plot, double x, double y)
{
    return QPoint(qRound(plot.xAxis->coordToPixel(x)), qRound(plot.yAxis->coordToPixel(y)));
}

/** A drag with the left button, through the middle, as a user makes it. */
void drag(QWidget *w, QPoint from, QPoint to, Qt::MouseButton button = Qt::LeftButton)
{
    QTest::mousePress(w, button, {}, from);
    QTest::mouseMove(w, (from + to) / 2);
    QTest::mouseMove(w, to);
    QTest::mouseRelease(w, button, {}, to);
}

/** One pixel in coordinates of `axis`, with a little slack for rounding. */
double onePixel(const QCPAxis *axis)
{
    return 1.01 * std::abs(axis->pixelToCoord(1) - axis->pixelToCoord(0));
}

RegionSet lastEmitted(const QSignalSpy &spy)
{
    return qvariant_cast<RegionSet>(spy.last().at(0));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

/** Median milliseconds of `runs` calls of `replot` (each after `before`). */
template<typename Before, typename Replot>
double medianMs(int runs, Before before, Replot replot)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        before(i);
        QElapsedTimer t;
        t.start();
        replot();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    return median(ms);
}

void saveIfAsked(FactorPlot &plot, const QString &name)
{
    const QString dir = qEnvironmentVariable("DNAS_FACTOR_PNG_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(plot.saveImage(dir + QLatin1Char('/') + name, 760, 520));
}

} // namespace

class TestFactorPlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup() { m_plot.reset(); }

    void dragCreatesInterval();
    void dragInsideMovesInterval();
    void dragOnEdgeResizesInterval();
    void rightClickRemovesInterval();
    void deleteKeyRemovesSelected();
    void shortDragCreatesNothing();
    void otherDimensionsAreKept();
    void dragOnPairPlotCreatesBox();
    void boxOfSwappedDimensionsIsEdited();
    void automaticIntervalIsReadOnly();
    void notEditableEmitsNothing();
    void escapeCancelsDrag();
    void highlightAndRaster();

    void gridBuildsOneRectPerDimension();
    void gridClickActivatesDimension();
    void gridMetricToggle();

    void replotTimeWithAllNb101Points();

private:
    /** Creates the interval [lo, hi] on the shown dimension by a drag. */
    void createInterval(double lo, double hi);
    QPoint inRect(double x) const { return pixel(*m_plot, x, midY()); }
    double midY() const { return m_plot->yAxis->range().center(); }

    std::unique_ptr<FactorPlot> m_plot;
};

void TestFactorPlots::init()
{
    m_plot = std::make_unique<FactorPlot>();
    m_plot->setData(synthetic(2000, 4));
    m_plot->showDimension(2, FactorMetric::Accuracy);
    m_plot->setEditable(true);
    m_plot->resize(600, 400);
    m_plot->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_plot.get()));
    // Fixed ranges make pixel positions easy to reason about.
    m_plot->xAxis->setRange(-3, 3);
    m_plot->replot();
}

void TestFactorPlots::createInterval(double lo, double hi)
{
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    drag(m_plot.get(), inRect(lo), inRect(hi));
    QCOMPARE(spy.count(), 1);
}

void TestFactorPlots::dragCreatesInterval()
{
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    // Right to left: the interval is still [lo, hi].
    drag(m_plot.get(), inRect(0.5), inRect(-1.0));
    QCOMPARE(spy.count(), 1);
    const RegionSet r = lastEmitted(spy);
    QCOMPARE(int(r.intervals.size()), 1);
    QVERIFY(r.boxes.empty());
    const LatentInterval &iv = r.intervals.front();
    const double tol = onePixel(m_plot->xAxis);
    QCOMPARE(iv.dim, 2);
    QVERIFY(iv.user);
    QCOMPARE(iv.weight, 1.0);
    QVERIFY2(std::abs(iv.lo - -1.0) <= tol, qPrintable(QString::number(iv.lo)));
    QVERIFY2(std::abs(iv.hi - 0.5) <= tol, qPrintable(QString::number(iv.hi)));
    QCOMPARE(m_plot->userRegions(), r);
    QVERIFY(r.problem(4).isEmpty());
}

void TestFactorPlots::dragInsideMovesInterval()
{
    createInterval(-1.0, 0.5);
    const LatentInterval before = m_plot->userRegions().intervals.front();
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    drag(m_plot.get(), inRect(-0.25), inRect(0.75));
    QCOMPARE(spy.count(), 1);
    const RegionSet r = lastEmitted(spy);
    QCOMPARE(int(r.intervals.size()), 1);
    const LatentInterval &iv = r.intervals.front();
    const double tol = 2 * onePixel(m_plot->xAxis);
    QCOMPARE(iv.dim, 2);
    QVERIFY2(std::abs(iv.lo - (before.lo + 1.0)) <= tol, qPrintable(QString::number(iv.lo)));
    QVERIFY2(std::abs(iv.hi - (before.hi + 1.0)) <= tol, qPrintable(QString::number(iv.hi)));
    // Moving keeps the width exactly.
    QVERIFY(std::abs((iv.hi - iv.lo) - (before.hi - before.lo)) < 1e-9);
}

void TestFactorPlots::dragOnEdgeResizesInterval()
{
    createInterval(-1.0, 0.5);
    const LatentInterval before = m_plot->userRegions().intervals.front();
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    // Two pixels inside the right edge still grabs it.
    const QPoint edge = inRect(before.hi) - QPoint(2, 0);
    drag(m_plot.get(), edge, edge + (inRect(1.5) - inRect(0.5)));
    QCOMPARE(spy.count(), 1);
    LatentInterval iv = lastEmitted(spy).intervals.front();
    const double tol = 2 * onePixel(m_plot->xAxis);
    QCOMPARE(iv.lo, before.lo);
    QVERIFY2(std::abs(iv.hi - 1.5) <= tol, qPrintable(QString::number(iv.hi)));

    // The left edge, outwards.
    const QPoint left = inRect(iv.lo) + QPoint(1, 0);
    drag(m_plot.get(), left, left + (inRect(-2.0) - inRect(-1.0)));
    QCOMPARE(spy.count(), 2);
    iv = lastEmitted(spy).intervals.front();
    QVERIFY2(std::abs(iv.lo - -2.0) <= tol, qPrintable(QString::number(iv.lo)));
    QVERIFY2(std::abs(iv.hi - 1.5) <= tol, qPrintable(QString::number(iv.hi)));
}

void TestFactorPlots::rightClickRemovesInterval()
{
    createInterval(-1.0, 0.5);
    createInterval(1.5, 2.5);
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    QTest::mouseClick(m_plot.get(), Qt::RightButton, {}, inRect(-0.25));
    QCOMPARE(spy.count(), 1);
    const RegionSet r = lastEmitted(spy);
    QCOMPARE(int(r.intervals.size()), 1);
    QVERIFY(std::abs(r.intervals.front().lo - 1.5) <= onePixel(m_plot->xAxis));
    // A right click on empty ground changes nothing.
    QTest::mouseClick(m_plot.get(), Qt::RightButton, {}, inRect(0.9));
    QCOMPARE(spy.count(), 1);
}

void TestFactorPlots::deleteKeyRemovesSelected()
{
    createInterval(-1.0, 0.5);
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    // A click selects without changing anything.
    QTest::mouseClick(m_plot.get(), Qt::LeftButton, {}, inRect(-0.25));
    QCOMPARE(spy.count(), 0);
    QTest::keyClick(m_plot.get(), Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
    QVERIFY(lastEmitted(spy).isEmpty());
    // Nothing selected any more: Delete does nothing.
    QTest::keyClick(m_plot.get(), Qt::Key_Delete);
    QCOMPARE(spy.count(), 1);
}

void TestFactorPlots::shortDragCreatesNothing()
{
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    const QPoint p = inRect(0);
    drag(m_plot.get(), p, p + QPoint(3, 0));
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_plot->userRegions().isEmpty());
}

void TestFactorPlots::otherDimensionsAreKept()
{
    RegionSet regions;
    regions.intervals.push_back({0, -0.5, 0.5, 2.0, true});
    regions.intervals.push_back({2, 1.0, 2.0, 1.0, false});
    regions.boxes.push_back({1, 3, -1, 1, -1, 1, 1.0, true});
    m_plot->setRegions(regions);
    m_plot->replot();
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    drag(m_plot.get(), inRect(-2.0), inRect(-1.5));
    QCOMPARE(spy.count(), 1);
    const RegionSet r = lastEmitted(spy);
    // Every user region, no automatic one.
    QCOMPARE(int(r.intervals.size()), 2);
    QCOMPARE(r.intervals[0], regions.intervals[0]);
    QCOMPARE(r.intervals[1].dim, 2);
    QCOMPARE(int(r.boxes.size()), 1);
    QCOMPARE(r.boxes[0], regions.boxes[0]);
    QCOMPARE(int(m_plot->regions().intervals.size()), 3);
}

void TestFactorPlots::dragOnPairPlotCreatesBox()
{
    m_plot->showPair(1, 3);
    m_plot->xAxis->setRange(-3, 3);
    m_plot->yAxis->setRange(-3, 3);
    m_plot->replot();
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    // From the bottom right to the top left.
    drag(m_plot.get(), pixel(*m_plot, 1.0, -0.5), pixel(*m_plot, -1.5, 2.0));
    QCOMPARE(spy.count(), 1);
    const RegionSet r = lastEmitted(spy);
    QVERIFY(r.intervals.empty());
    QCOMPARE(int(r.boxes.size()), 1);
    const LatentBox &b = r.boxes.front();
    const double tx = onePixel(m_plot->xAxis);
    const double ty = onePixel(m_plot->yAxis);
    QCOMPARE(b.dimX, 1);
    QCOMPARE(b.dimY, 3);
    QVERIFY(b.user);
    QVERIFY2(std::abs(b.x0 - -1.5) <= tx, qPrintable(QString::number(b.x0)));
    QVERIFY2(std::abs(b.x1 - 1.0) <= tx, qPrintable(QString::number(b.x1)));
    QVERIFY2(std::abs(b.y0 - -0.5) <= ty, qPrintable(QString::number(b.y0)));
    QVERIFY2(std::abs(b.y1 - 2.0) <= ty, qPrintable(QString::number(b.y1)));

    // Its top-right corner drags both edges.
    drag(m_plot.get(), pixel(*m_plot, 1.0, 2.0), pixel(*m_plot, 2.0, 2.5));
    QCOMPARE(spy.count(), 2);
    const LatentBox c = lastEmitted(spy).boxes.front();
    QCOMPARE(c.x0, b.x0);
    QCOMPARE(c.y0, b.y0);
    QVERIFY(std::abs(c.x1 - 2.0) <= 2 * tx);
    QVERIFY(std::abs(c.y1 - 2.5) <= 2 * ty);
    // A drag on a pair plot never makes an interval; a short one nothing.
    drag(m_plot.get(), pixel(*m_plot, -2.5, -2.5), pixel(*m_plot, -2.0, -2.5));
    QCOMPARE(spy.count(), 2);
}

void TestFactorPlots::boxOfSwappedDimensionsIsEdited()
{
    // A box on (z3, z1) shows on the (z1, z3) plot with its axes swapped.
    RegionSet regions;
    regions.boxes.push_back({3, 1, 0.0, 1.0, -2.0, -1.0, 1.0, true});
    m_plot->setRegions(regions);
    m_plot->showPair(1, 3);
    m_plot->xAxis->setRange(-3, 3);
    m_plot->yAxis->setRange(-3, 3);
    m_plot->replot();
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    // Inside: plot x (z1) in [-2, -1], plot y (z3) in [0, 1]; move by (+1, +0.5).
    drag(m_plot.get(), pixel(*m_plot, -1.5, 0.5), pixel(*m_plot, -0.5, 1.0));
    QCOMPARE(spy.count(), 1);
    const LatentBox b = lastEmitted(spy).boxes.front();
    QCOMPARE(b.dimX, 3);
    QCOMPARE(b.dimY, 1);
    const double tx = 2 * onePixel(m_plot->xAxis);
    const double ty = 2 * onePixel(m_plot->yAxis);
    QVERIFY2(std::abs(b.y0 - -1.0) <= tx && std::abs(b.y1 - 0.0) <= tx,
             qPrintable(QStringLiteral("%1 %2").arg(b.y0).arg(b.y1)));
    QVERIFY2(std::abs(b.x0 - 0.5) <= ty && std::abs(b.x1 - 1.5) <= ty,
             qPrintable(QStringLiteral("%1 %2").arg(b.x0).arg(b.x1)));
    // Right click removes it.
    QTest::mouseClick(m_plot.get(), Qt::RightButton, {}, pixel(*m_plot, -0.5, 1.0));
    QCOMPARE(spy.count(), 2);
    QVERIFY(lastEmitted(spy).isEmpty());
}

void TestFactorPlots::automaticIntervalIsReadOnly()
{
    // Documented behaviour: a drag inside an automatic interval does not
    // move it; it creates a new user interval over the dragged range.
    RegionSet regions;
    regions.intervals.push_back({2, -0.5, 0.5, 1.0, false});
    m_plot->setRegions(regions);
    m_plot->replot();
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    drag(m_plot.get(), inRect(-0.2), inRect(0.3));
    QCOMPARE(spy.count(), 1);
    const RegionSet r = lastEmitted(spy);
    QCOMPARE(int(r.intervals.size()), 1);
    QVERIFY(r.intervals.front().user);
    const double tol = onePixel(m_plot->xAxis);
    QVERIFY(std::abs(r.intervals.front().lo - -0.2) <= tol);
    QVERIFY(std::abs(r.intervals.front().hi - 0.3) <= tol);
    // The automatic interval is unchanged, and a right click on it (outside
    // the new one) removes nothing.
    QCOMPARE(m_plot->regions().intervals.front(), regions.intervals.front());
    QTest::mouseClick(m_plot.get(), Qt::RightButton, {}, inRect(-0.4));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(int(m_plot->regions().intervals.size()), 2);
}

void TestFactorPlots::notEditableEmitsNothing()
{
    RegionSet regions;
    regions.intervals.push_back({2, -1.0, 0.5, 1.0, true});
    m_plot->setRegions(regions);
    m_plot->setEditable(false);
    m_plot->replot();
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    const QCPRange range = m_plot->xAxis->range();
    drag(m_plot.get(), inRect(-0.25), inRect(1.5)); // inside the region
    drag(m_plot.get(), inRect(1.0), inRect(2.0)); // on empty ground
    QTest::mouseClick(m_plot.get(), Qt::RightButton, {}, inRect(-0.25));
    QTest::keyClick(m_plot.get(), Qt::Key_Delete);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_plot->regions(), regions);
    // The left button pans instead.
    QVERIFY(m_plot->xAxis->range().lower < range.lower);
}

void TestFactorPlots::escapeCancelsDrag()
{
    createInterval(-1.0, 0.5);
    const RegionSet before = m_plot->regions();
    QSignalSpy spy(m_plot.get(), &FactorPlot::userRegionsChanged);
    QTest::mousePress(m_plot.get(), Qt::LeftButton, {}, inRect(-0.25));
    QTest::mouseMove(m_plot.get(), inRect(1.0));
    QCOMPARE(m_plot->regions().intervals.size(), size_t(1));
    QVERIFY(!(m_plot->regions() == before)); // follows the drag live
    QTest::keyClick(m_plot.get(), Qt::Key_Escape);
    QTest::mouseRelease(m_plot.get(), Qt::LeftButton, {}, inRect(1.0));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(m_plot->regions(), before);
}

void TestFactorPlots::highlightAndRaster()
{
    m_plot->setHighlightCategory(kUserRegionSource);
    QVERIFY(m_plot->points().highlightGraph());
    QCOMPARE(m_plot->points().highlightGraph()->dataCount(), 2000 / 40);
    QVERIFY(!m_plot->points().isRaster());
    QVERIFY(m_plot->legend->visible());
    RegionSet regions;
    regions.intervals.push_back({2, -1.6, -0.9, 1.0, false});
    regions.intervals.push_back({2, 0.8, 1.7, 1.0, true});
    regions.boxes.push_back({0, 1, -1.0, 0.5, 0.2, 1.4, 1.0, true});
    m_plot->setRegions(regions);
    m_plot->resetView();
    m_plot->replot();
    saveIfAsked(*m_plot, QStringLiteral("small_dimension_discs.png"));
    m_plot->showPair(0, 1);
    m_plot->replot();
    saveIfAsked(*m_plot, QStringLiteral("small_pair_discs.png"));
    // Above the threshold the points become a raster of the view.
    m_plot->setDensityThreshold(1000);
    m_plot->showPair(0, 1);
    QVERIFY(m_plot->points().isRaster());
    m_plot->replot();
    QCPColorMapData *data = m_plot->points().colorMap()->data();
    QCOMPARE(data->keySize(),
             int(std::lround(m_plot->axisRect()->width() / m_plot->points().cellPixels())));
    double sum = 0;
    int cells = 0;
    for (int x = 0; x < data->keySize(); ++x) {
        for (int y = 0; y < data->valueSize(); ++y) {
            const double v = data->cell(x, y);
            if (std::isfinite(v)) {
                sum += v;
                ++cells;
            }
        }
    }
    QVERIFY(cells > 500);
    QVERIFY(sum / cells > 80 && sum / cells < 95); // mean accuracies in percent
    // Zooming re-bins at the next replot.
    const QCPRange before = data->keyRange();
    m_plot->xAxis->scaleRange(0.5);
    m_plot->replot();
    QVERIFY(m_plot->points().colorMap()->data()->keyRange().size() < before.size());
    saveIfAsked(*m_plot, QStringLiteral("small_pair_raster.png"));
}

void TestFactorPlots::gridBuildsOneRectPerDimension()
{
    FactorGrid grid;
    grid.setData(synthetic(2000, 16));
    QCOMPARE(grid.dimensionCount(), 16);
    QCOMPARE(grid.plot()->axisRectCount(), 16);
    for (int d = 0; d < 16; ++d)
        QVERIFY(grid.axisRect(d));
    QVERIFY(!grid.axisRect(16));
    grid.setData(synthetic(500, 6));
    QCOMPARE(grid.plot()->axisRectCount(), 6);
}

void TestFactorPlots::gridClickActivatesDimension()
{
    FactorGrid grid;
    grid.setData(synthetic(2000, 16));
    RegionSet regions;
    regions.intervals.push_back({5, -0.5, 0.3, 1.0, false});
    grid.setRegions(regions);
    grid.resize(1000, 800);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.plot()->replot();
    QSignalSpy spy(&grid, &FactorGrid::dimensionActivated);
    const QPoint centre = grid.axisRect(5)->rect().center();
    QTest::mouseClick(grid.plot(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toInt(), 5);
    QCOMPARE(grid.currentDimension(), 5);
    // A press on one plot released on another is no click.
    QTest::mousePress(grid.plot(), Qt::LeftButton, {}, grid.axisRect(1)->rect().center());
    QTest::mouseRelease(grid.plot(), Qt::LeftButton, {}, grid.axisRect(2)->rect().center());
    QCOMPARE(spy.count(), 1);
}

void TestFactorPlots::gridMetricToggle()
{
    FactorGrid grid;
    grid.setData(synthetic(2000, 4));
    QSignalSpy spy(&grid, &FactorGrid::metricChanged);
    QCOMPARE(grid.axisRect(0)->axis(QCPAxis::atLeft)->scaleType(), QCPAxis::stLinear);
    auto *box = grid.findChild<QComboBox *>(QStringLiteral("metricBox"));
    QVERIFY(box);
    box->setCurrentIndex(1);
    QCOMPARE(grid.metric(), FactorMetric::Flops);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(grid.axisRect(3)->axis(QCPAxis::atLeft)->scaleType(), QCPAxis::stLogarithmic);
    grid.setMetric(FactorMetric::Accuracy);
    QCOMPARE(box->currentIndex(), 0);
    QCOMPARE(grid.axisRect(3)->axis(QCPAxis::atLeft)->scaleType(), QCPAxis::stLinear);
}

void TestFactorPlots::replotTimeWithAllNb101Points()
{
    const int n = 423624;
    QElapsedTimer build;
    build.start();
    FactorData data = synthetic(n, 16, 11);
    // As in a search: the cells sampled from the user regions below lie in them.
    for (int i = 0; i < n; ++i) {
        const dnas::Latent &z = data.latents[size_t(i)];
        const bool inBand = z[3] >= 1.5 && z[3] <= 2.1;
        const bool inBox = z[2] >= 0.5 && z[2] <= 1.8 && z[1] >= -0.8 && z[1] <= 0.6;
        data.sources[size_t(i)] = (inBand || inBox) && i % 20 == 0 ? kUserRegionSource : 0;
    }
    qInfo("built %d random points x 16 dims in %lld ms", n, build.elapsed());

    RegionSet regions;
    regions.intervals.push_back({3, -0.9, -0.2, 1.0, false});
    regions.intervals.push_back({3, 0.6, 1.1, 1.0, false});
    regions.intervals.push_back({3, 1.5, 2.1, 1.0, true});
    regions.intervals.push_back({2, 0.4, 1.6, 1.0, false});
    regions.boxes.push_back({2, 1, 0.5, 1.8, -0.8, 0.6, 1.0, true});

    FactorPlot plot;
    plot.resize(800, 560);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QElapsedTimer t;
    t.start();
    plot.setData(data);
    const qint64 setDataMs = t.elapsed();
    plot.setHighlightCategory(kUserRegionSource);
    plot.setRegions(regions);
    plot.setEditable(true);
    plot.setDimensionLabels(
        {QString(), QString(), QString(), QStringLiteral("z3 \u2014 op of vertex 3")});

    const auto measure = [&plot](const char *what) {
        QElapsedTimer first;
        first.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const double firstMs = first.nsecsElapsed() / 1e6;
        const double steady = medianMs(
            5, [](int) {}, [&plot] { plot.replot(QCustomPlot::rpImmediateRefresh); });
        // Each zoom step changes the view: the raster is re-binned.
        const double zoomed = medianMs(
            5, [&plot](int i) { plot.xAxis->scaleRange(i % 2 ? 1.25 : 0.8); },
            [&plot] { plot.replot(QCustomPlot::rpImmediateRefresh); });
        qInfo("FactorPlot %s, %d points: first replot %.1f ms, median of 5 replots %.1f ms, "
              "median of 5 replots after a zoom step %.1f ms (raster: %s)",
              what, plot.pointCount(), firstMs, steady, zoomed,
              plot.points().isRaster() ? "yes" : "no");
    };
    qInfo("FactorPlot setData with %d points: %lld ms", n, setDataMs);
    plot.showDimension(3, FactorMetric::Accuracy);
    measure("dimension z3 / accuracy");
    plot.resetView();
    plot.replot();
    saveIfAsked(plot, QStringLiteral("dimension_accuracy.png"));
    plot.showDimension(3, FactorMetric::Flops);
    measure("dimension z3 / FLOPS");
    plot.resetView();
    plot.replot();
    saveIfAsked(plot, QStringLiteral("dimension_flops.png"));
    plot.showPair(1, 2);
    measure("pair z1 / z2");
    plot.resetView();
    plot.replot();
    saveIfAsked(plot, QStringLiteral("pair.png"));

    // Discs, at the default threshold, for comparison.
    {
        FactorPlot small;
        small.resize(800, 560);
        small.show();
        QVERIFY(QTest::qWaitForWindowExposed(&small));
        FactorData part = data;
        const int discs = small.densityThreshold();
        part.latents.resize(size_t(discs));
        part.accuracy.resize(size_t(discs));
        part.flops.resize(size_t(discs));
        part.sources.resize(size_t(discs));
        small.setData(part);
        small.showPair(1, 2);
        small.replot();
        const double ms = medianMs(
            5, [](int) {}, [&small] { small.replot(QCustomPlot::rpImmediateRefresh); });
        qInfo("FactorPlot pair z1 / z2, %d points as discs (raster: %s): median replot %.1f ms",
              discs, small.points().isRaster() ? "yes" : "no", ms);
    }

    FactorGrid grid;
    grid.resize(1200, 900);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    t.restart();
    grid.setData(data);
    grid.setRegions(regions);
    grid.setHighlightCategory(kUserRegionSource);
    const qint64 gridSetMs = t.elapsed();
    QElapsedTimer first;
    first.start();
    grid.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double gridFirst = first.nsecsElapsed() / 1e6;
    const double gridSteady = medianMs(
        5, [](int) {}, [&grid] { grid.plot()->replot(QCustomPlot::rpImmediateRefresh); });
    // A resize re-bins all 16 rasters; QCustomPlot replots in its resize
    // event, which the layout delivers at once when activated.
    const double gridResized = medianMs(
        5, [](int) {},
        [&grid, i = 0]() mutable {
            grid.resize(1200 + (++i % 2 ? 40 : -40), 900);
            grid.layout()->activate();
        });
    grid.resize(1200, 900);
    grid.setHighlightCategory(-1);
    grid.plot()->replot();
    const double gridPlain = medianMs(
        5, [](int) {}, [&grid] { grid.plot()->replot(QCustomPlot::rpImmediateRefresh); });
    qInfo("FactorGrid without highlight: %.1f ms", gridPlain);
    grid.setHighlightCategory(kUserRegionSource);
    qInfo("FactorGrid 16 plots x %d points: setData %lld ms, first replot %.1f ms, median of 5 "
          "replots %.1f ms, median of 5 resizes (with their replot) %.1f ms",
          n, gridSetMs, gridFirst, gridSteady, gridResized);
    grid.setCurrentDimension(3);
    grid.plot()->replot();
    const QString dir = qEnvironmentVariable("DNAS_FACTOR_PNG_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(grid.saveImage(dir + QStringLiteral("/grid.png"), 1200, 860));
        grid.setMetric(FactorMetric::Flops);
        QVERIFY(grid.saveImage(dir + QStringLiteral("/grid_flops.png"), 1200, 860));
        FactorGrid smallGrid;
        smallGrid.resize(1200, 900);
        smallGrid.setData(synthetic(2000, 16));
        smallGrid.setRegions(regions);
        smallGrid.setHighlightCategory(kUserRegionSource);
        QVERIFY(smallGrid.saveImage(dir + QStringLiteral("/grid_small.png"), 1200, 860));
    }
}

QTEST_MAIN(TestFactorPlots)
#include "tst_factorplots.moc"
