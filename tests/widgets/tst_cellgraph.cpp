// The cell graph view and the traversal strip: layers, highlights against a
// reference, the invalid placeholder, op colours on screen, real clicks and
// keys on the strip, and how long one repaint takes.
//
// With DNAS_CELLGRAPH_PNG_DIR set, renderPngs() also writes example images
// there for a look by eye.

#include "cell_graph_view.h"
#include "plot_style.h"
#include "traversal_strip.h"

#include "space/sampling.h"
#include "testsupport/fixtures.h"
#include "util/rng.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include <algorithm>

using dnas::Cell;
using dnas::Nb101Cell;
using dnas::Nb101Op;
using dnas::Nb201Cell;
using dnas::Nb201Op;
using dnas::widgets::CellGraphView;
using dnas::widgets::TraversalStrip;
using namespace dnas::test;

Q_DECLARE_METATYPE(std::vector<int>)

namespace {

/** in → 3×3 conv → 1×1 conv → out. */
Nb101Cell chainCell()
{
    return nb101Cell({{0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}},
                     {kIn, kConv3, kConv1, kOut});
}

/** Seven vertices, a skip edge input → output and one over two layers. */
Nb101Cell skipCell()
{
    return nb101Cell({{0, 1, 1, 0, 0, 0, 1},
                      {0, 0, 0, 1, 0, 0, 0},
                      {0, 0, 0, 0, 1, 0, 0},
                      {0, 0, 0, 0, 0, 1, 0},
                      {0, 0, 0, 0, 0, 1, 0},
                      {0, 0, 0, 0, 0, 0, 1},
                      {0, 0, 0, 0, 0, 0, 0}},
                     {kIn, kConv3, kConv1, kPool, kConv3, kConv1, kOut});
}

Nb201Cell nb201(const QString &text)
{
    QString error;
    const auto cell = Nb201Cell::fromString(text, &error);
    if (!cell)
        qFatal("bad NB-201 cell: %s", qPrintable(error));
    return *cell;
}

const QString kNb201Text = QStringLiteral(
    "|nor_conv_3x3~0|+|skip_connect~0|nor_conv_1x1~1|+|none~0|avg_pool_3x3~1|nor_conv_3x3~2|");

QImage render(QWidget &w, const QSize &size, qreal dpr = 1.0)
{
    w.resize(size);
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    w.render(&image);
    return image;
}

int countColour(const QImage &image, const QColor &colour)
{
    const QRgb want = colour.rgb();
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] | 0xff000000u) == want && qAlpha(line[x]) == 255;
    }
    return n;
}

} // namespace

class TestCellGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layers_data();
    void layers();
    void highlightsNb101();
    void highlightsNb201();
    void referenceOfOtherSpace();
    void invalidCell();
    void rendersOpColours();
    void compactAndSizes();
    void stripClick();
    void stripKeyboard();
    void stripCaptions();
    void paintTiming();
    void renderPngs();
};

void TestCellGraph::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCellGraph::layers_data()
{
    QTest::addColumn<Nb101Cell>("cell");
    QTest::addColumn<std::vector<int>>("expected");
    QTest::newRow("chain") << chainCell() << std::vector<int> {0, 1, 2, 3};
    Nb101Cell skip = chainCell();
    skip.setEdge(0, 3);
    QTest::newRow("chain+skip") << skip << std::vector<int> {0, 1, 2, 3};
    QTest::newRow("two branches") << twoBranchCell() << std::vector<int> {0, 1, 1, 2};
    QTest::newRow("inception") << readmeInceptionCell() << std::vector<int> {0, 1, 1, 1, 2, 1, 3};
    QTest::newRow("skip cell") << skipCell() << std::vector<int> {0, 1, 1, 2, 2, 3, 4};
    QTest::newRow("in→out") << Nb101Cell() << std::vector<int> {0, 1};
    // A vertex no edge reaches sits in layer 1, the output still last.
    QTest::newRow("dangling") << nb101Cell({{0, 0, 1}, {0, 0, 1}, {0, 0, 0}}, {kIn, kPool, kOut})
                              << std::vector<int> {0, 1, 2};
}

void TestCellGraph::layers()
{
    QFETCH(Nb101Cell, cell);
    QFETCH(std::vector<int>, expected);
    QCOMPARE(CellGraphView::layers(cell), expected);
}

void TestCellGraph::highlightsNb101()
{
    CellGraphView view;
    const Nb101Cell base = skipCell();
    view.setCell(Cell(base));
    view.setReference(Cell(base));
    QVERIFY(view.changedVertices().isEmpty());
    QCOMPARE(view.addedEdges(), 0);
    QCOMPARE(view.removedEdges(), 0);

    Nb101Cell opChanged = base;
    opChanged.setOp(3, Nb101Op::Conv1x1);
    view.setCell(Cell(opChanged));
    QCOMPARE(view.changedVertices(), QSet<int>({3}));
    QCOMPARE(view.addedEdges(), 0);
    QCOMPARE(view.removedEdges(), 0);

    Nb101Cell edgeAdded = base;
    edgeAdded.setEdge(1, 4);
    view.setCell(Cell(edgeAdded));
    QVERIFY(view.changedVertices().isEmpty());
    QCOMPARE(view.addedEdges(), 1);
    QCOMPARE(view.removedEdges(), 0);

    // The other way round: the reference has the edge the cell lacks.
    view.setCell(Cell(base));
    view.setReference(Cell(edgeAdded));
    QCOMPARE(view.addedEdges(), 0);
    QCOMPARE(view.removedEdges(), 1);

    view.clearReference();
    QCOMPARE(view.removedEdges(), 0);
    QVERIFY(!view.reference());

    // Fewer vertices than the reference: compared in the padded form, the
    // output of the chain (vertex 3) is the padded output 6.
    view.setCell(Cell(chainCell()));
    view.setReference(Cell(base));
    QVERIFY(view.changedVertices().isEmpty()); // 1: conv3 = conv3, 2: conv1 = conv1
    QCOMPARE(view.addedEdges(), 2); // 1→2, 2→6
    QCOMPARE(view.removedEdges(), 7); // all of the reference's but 0→1
    view.setReference(Cell(chainCell()));
    QVERIFY(view.changedVertices().isEmpty());
    QCOMPARE(view.addedEdges() + view.removedEdges(), 0);

    // Drawing with every kind of highlight must not trip over anything.
    QVERIFY(!render(view, QSize(300, 320)).isNull());
}

void TestCellGraph::highlightsNb201()
{
    CellGraphView view;
    const Nb201Cell base = nb201(kNb201Text);
    view.setCell(Cell(base));
    view.setReference(Cell(base));
    QVERIFY(view.changedEdges().isEmpty());

    Nb201Cell changed = base;
    changed.setOp(4, Nb201Op::Skip);
    view.setCell(Cell(changed));
    QCOMPARE(view.changedEdges(), QSet<int>({4}));
    QVERIFY(view.changedVertices().isEmpty());
    QCOMPARE(view.addedEdges(), 0);

    view.setCell(Cell(Nb201Cell::fromCode(base.code() ^ 1)));
    QCOMPARE(view.changedEdges().size(), 1);
    QVERIFY(!render(view, QSize(300, 360)).isNull());
}

void TestCellGraph::referenceOfOtherSpace()
{
    CellGraphView view;
    view.setCell(Cell(skipCell()));
    view.setReference(Cell(nb201(kNb201Text)));
    QVERIFY(view.changedVertices().isEmpty());
    QCOMPARE(view.addedEdges(), 0);
    QVERIFY(!render(view, QSize(200, 200)).isNull());
}

void TestCellGraph::invalidCell()
{
    CellGraphView view;
    view.setCell(std::nullopt);
    view.setReference(Cell(skipCell()));
    QVERIFY(view.isInvalid());
    QVERIFY(!view.cell());
    QVERIFY(view.accessibleName().contains(QStringLiteral("invalid"), Qt::CaseInsensitive));
    QVERIFY(view.changedVertices().isEmpty());
    const QImage image = render(view, QSize(240, 160));
    // The red placeholder is there; no op colour is.
    QCOMPARE(countColour(image, dnas::widgets::opColor(Nb101Op::Conv3x3)), 0);
    int reddish = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            reddish += c.red() > 150 && c.green() < 110 && c.blue() < 110;
        }
    }
    QVERIFY2(reddish > 50, qPrintable(QString::number(reddish)));

    view.setCompact(true);
    QVERIFY(!render(view, QSize(60, 90)).isNull());
    view.setCell(Cell(chainCell()));
    QVERIFY(!view.isInvalid());
    QVERIFY(!view.accessibleName().contains(QStringLiteral("invalid"), Qt::CaseInsensitive));
}

void TestCellGraph::rendersOpColours()
{
    CellGraphView view;
    const QColor background = view.palette().color(QPalette::Base);

    view.setCell(Cell(skipCell()));
    for (const qreal dpr : {1.0, 2.0}) {
        const QImage image = render(view, QSize(420, 380), dpr);
        QVERIFY2(countColour(image, dnas::widgets::opColor(Nb101Op::Conv3x3)) > 100,
                 "no 3×3 conv box");
        QVERIFY(countColour(image, dnas::widgets::opColor(Nb101Op::Conv1x1)) > 100);
        QVERIFY(countColour(image, dnas::widgets::opColor(Nb101Op::MaxPool3x3)) > 100);
        QVERIFY(countColour(image, background) < image.width() * image.height());
    }

    view.setCell(Cell(nb201(kNb201Text)));
    const QImage image = render(view, QSize(320, 380));
    // Labels are pills filled with the op colour.
    QVERIFY(countColour(image, dnas::widgets::opColor(Nb201Op::Conv3x3)) > 50);
    QVERIFY(countColour(image, dnas::widgets::opColor(Nb201Op::Skip)) > 50);
    QVERIFY(countColour(image, dnas::widgets::opColor(Nb201Op::AvgPool3x3)) > 50);

    // Thumbnails too: no labels, but the boxes keep their colours.
    view.setCompact(true);
    view.setCell(Cell(skipCell()));
    QVERIFY(countColour(render(view, QSize(80, 120)), dnas::widgets::opColor(Nb101Op::Conv3x3))
            > 10);
}

void TestCellGraph::compactAndSizes()
{
    CellGraphView view;
    view.setCell(Cell(skipCell()));
    const QSize full = view.sizeHint();
    QVERIFY(full.width() > 150 && full.height() > 150);
    view.setCompact(true);
    QVERIFY(view.isCompact());
    QVERIFY(view.sizeHint().width() < full.width());
    QVERIFY(view.minimumSizeHint().isValid());
    view.setCompact(false);
    view.setLegendVisible(true);
    QVERIFY(view.sizeHint().height() > full.height());
    QVERIFY(!render(view, QSize(400, 420)).isNull());

    // Far too small: nothing fits, nothing breaks.
    for (const bool compact : {false, true}) {
        view.setCompact(compact);
        for (const Cell &cell : {Cell(skipCell()), Cell(nb201(kNb201Text)), Cell(Nb101Cell())}) {
            view.setCell(cell);
            view.setReference(Cell(readmeInceptionCell()));
            QVERIFY(!render(view, QSize(12, 9)).isNull());
            QVERIFY(!render(view, QSize(1, 1)).isNull());
        }
    }
}

void TestCellGraph::stripClick()
{
    TraversalStrip strip;
    const std::vector<double> values {-0.8, -0.4, 0.0, 0.4, 0.8};
    Nb101Cell changed = skipCell();
    changed.setOp(1, Nb101Op::MaxPool3x3);
    const std::vector<std::optional<Cell>> cells {Cell(skipCell()), Cell(changed), std::nullopt,
                                                  Cell(readmeInceptionCell()), Cell(chainCell())};
    strip.setTitle(QStringLiteral("z3"));
    strip.setCells(3, values, cells, Cell(skipCell()));
    strip.resize(700, 220);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    QCOMPARE(strip.count(), 5);
    QVERIFY(strip.cellView(2)->isInvalid());
    QCOMPARE(strip.cellView(1)->changedVertices(), QSet<int>({1}));
    QVERIFY(strip.cellView(3)->isCompact());
    QVERIFY(strip.cellView(3)->isVisible());

    QSignalSpy spy(&strip, &TraversalStrip::cellClicked);
    QTest::mouseClick(strip.cellView(3), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 3);
    QCOMPARE(spy.at(0).at(1).toDouble(), 0.4);
    QCOMPARE(strip.currentIndex(), 3);

    // The caption is part of the card too; the invalid cell is clickable.
    auto *caption = strip.cellView(4)->parentWidget()->findChild<QLabel *>();
    QVERIFY(caption);
    QCOMPARE(caption->text(), QStringLiteral("z3 = 0.80"));
    QTest::mouseClick(caption, Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toInt(), 4);
    QTest::mouseClick(strip.cellView(2), Qt::LeftButton);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).toInt(), 2);

    // Press on one card, release on another: no click.
    const QPoint p0 = strip.cellView(0)->mapTo(&strip, strip.cellView(0)->rect().center());
    const QPoint p1 = strip.cellView(1)->mapTo(&strip, strip.cellView(1)->rect().center());
    QTest::mousePress(&strip, Qt::LeftButton, {}, p0);
    QTest::mouseRelease(&strip, Qt::LeftButton, {}, p1);
    QCOMPARE(spy.count(), 3);
}

void TestCellGraph::stripKeyboard()
{
    TraversalStrip strip;
    const std::vector<double> values {-1, 0, 1};
    strip.setCells(0, values, {Cell(chainCell()), Cell(skipCell()), std::nullopt}, std::nullopt);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    strip.setFocus();
    QTRY_VERIFY(strip.hasFocus());
    QCOMPARE(strip.currentIndex(), 0);

    QSignalSpy spy(&strip, &TraversalStrip::cellClicked);
    QTest::keyClick(&strip, Qt::Key_Right);
    QTest::keyClick(&strip, Qt::Key_Right);
    QTest::keyClick(&strip, Qt::Key_Right); // stays on the last
    QCOMPARE(strip.currentIndex(), 2);
    QTest::keyClick(&strip, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 2);
    QCOMPARE(spy.at(0).at(1).toDouble(), 1.0);
    QTest::keyClick(&strip, Qt::Key_Home);
    QTest::keyClick(&strip, Qt::Key_Space);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toInt(), 0);

    strip.clear();
    QCOMPARE(strip.count(), 0);
    QCOMPARE(strip.currentIndex(), -1);
    QTest::keyClick(&strip, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
}

void TestCellGraph::stripCaptions()
{
    QCOMPARE(TraversalStrip::valueCaption(3, -0.4), QStringLiteral("z3 = \u22120.40"));
    QCOMPARE(TraversalStrip::valueCaption(0, 1.25), QStringLiteral("z0 = 1.25"));
    QCOMPARE(TraversalStrip::valueCaption(2, -0.001), QStringLiteral("z2 = 0.00"));

    TraversalStrip strip;
    strip.setCells(5, {-2.0, 2.0}, {std::nullopt, std::nullopt}, std::nullopt);
    QCOMPARE(strip.valueText(0), QStringLiteral("z5 = \u22122.00"));
    QCOMPARE(strip.dimension(), 5);
    QCOMPARE(strip.value(1), 2.0);

    // Sizes that differ: the shorter counts.
    QTest::ignoreMessage(QtWarningMsg, "TraversalStrip::setCells: 3 values but 1 cells");
    strip.setCells(1, {0.0, 1.0, 2.0}, {std::nullopt}, std::nullopt);
    QCOMPARE(strip.count(), 1);
}

void TestCellGraph::paintTiming()
{
    CellGraphView view;
    view.setCell(Cell(skipCell()));
    Nb101Cell ref = skipCell();
    ref.setOp(4, Nb101Op::MaxPool3x3);
    ref.setEdge(0, 6, false);
    view.setReference(Cell(ref));
    view.resize(420, 400);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image); // lays out once
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < 100; ++i) {
        timer.start();
        view.render(&image);
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());

    // And the layout (crossing minimisation and arc routing) on its own.
    std::vector<double> layoutMs;
    for (int i = 0; i < 20; ++i) {
        timer.start();
        view.setCell(Cell(skipCell()));
        view.render(&image);
        layoutMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(layoutMs.begin(), layoutMs.end());

    // The slowest layout over many cells (mutants of 7-vertex cells).
    dnas::Rng rng(7);
    Nb101Cell cell = readmeInceptionCell();
    double worstPlacement = 0;
    double worstLayout = 0;
    for (int i = 0; i < 300; ++i) {
        cell = dnas::mutateNb101Cell(i % 50 ? cell : smallestHashCell(), rng);
        timer.start();
        view.setCell(Cell(cell)); // places the vertices
        worstPlacement = std::max(worstPlacement, timer.nsecsElapsed() / 1e6);
        timer.start();
        view.render(&image); // routes the edges, paints
        worstLayout = std::max(worstLayout, timer.nsecsElapsed() / 1e6);
    }
    qInfo("NB-101 7-vertex cell, 420×400: median repaint %.3f ms (max %.3f); "
          "setCell + layout + paint %.3f ms; slowest of 300 mutants: setCell %.3f ms, "
          "layout + paint %.3f ms",
          ms[ms.size() / 2], ms.back(), layoutMs[layoutMs.size() / 2], worstPlacement, worstLayout);
}

void TestCellGraph::renderPngs()
{
    const QString dir = qEnvironmentVariable("DNAS_CELLGRAPH_PNG_DIR");
    if (dir.isEmpty())
        QSKIP("set DNAS_CELLGRAPH_PNG_DIR to write example images");
    QVERIFY(QDir().mkpath(dir));
    const auto save = [&](QWidget &w, const QSize &size, const QString &name) {
        w.resize(size);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + name));
    };

    Nb101Cell ref = skipCell();
    ref.setOp(4, Nb101Op::MaxPool3x3);
    ref.setEdge(2, 4, false);
    ref.setEdge(1, 4);
    {
        CellGraphView view;
        view.setCell(Cell(skipCell()));
        save(view, view.sizeHint(), QStringLiteral("nb101.png"));
        save(view, QSize(640, 220), QStringLiteral("nb101_wide.png"));
        view.setReference(Cell(ref));
        view.setLegendVisible(true);
        save(view, view.sizeHint(), QStringLiteral("nb101_reference.png"));
        view.setLegendVisible(false);
        view.setReference(std::nullopt);
        view.setCell(Cell(readmeInceptionCell()));
        save(view, view.sizeHint(), QStringLiteral("nb101_inception.png"));
        save(view, QSize(260, 240), QStringLiteral("nb101_inception_small.png"));
        // Unpruned: vertex 2 reaches the output from nowhere.
        view.setCell(Cell(nb101Cell(
            {{0, 1, 0, 0, 1}, {0, 0, 0, 1, 0}, {0, 0, 0, 1, 0}, {0, 0, 0, 0, 1}, {0, 0, 0, 0, 0}},
            {kIn, kConv3, kPool, kConv1, kOut})));
        save(view, view.sizeHint(), QStringLiteral("nb101_unpruned.png"));
        view.setCell(std::nullopt);
        save(view, view.sizeHint(), QStringLiteral("invalid.png"));
        Nb201Cell changed = nb201(kNb201Text);
        changed.setOp(2, Nb201Op::Conv3x3);
        view.setCell(Cell(nb201(kNb201Text)));
        save(view, view.sizeHint(), QStringLiteral("nb201.png"));
        save(view, QSize(180, 240), QStringLiteral("nb201_small.png"));
        view.setReference(Cell(changed));
        view.setLegendVisible(true);
        save(view, view.sizeHint(), QStringLiteral("nb201_reference.png"));

        // A dark theme, at twice the pixel density.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        view.setPalette(dark);
        const QImage image = render(view, view.sizeHint(), 2.0);
        QVERIFY(image.save(dir + QStringLiteral("/nb201_dark@2x.png")));
        view.setCell(Cell(skipCell()));
        view.setReference(Cell(ref));
        QVERIFY(
            render(view, view.sizeHint(), 2.0).save(dir + QStringLiteral("/nb101_dark@2x.png")));
    }
    for (const bool compact : {false, true}) {
        // A contact sheet of mutants, each against its parent.
        QWidget sheet;
        auto *grid = new QGridLayout(&sheet);
        dnas::Rng rng(11);
        Nb101Cell cell = smallestHashCell();
        for (int i = 0; i < 24; ++i) {
            const Nb101Cell parent = i % 6 ? cell : readmeInceptionCell();
            cell = dnas::mutateNb101Cell(parent, rng);
            auto *v = new CellGraphView(&sheet);
            v->setCompact(compact);
            v->setCell(Cell(cell));
            v->setReference(Cell(parent));
            grid->addWidget(v, i / 6, i % 6);
        }
        save(sheet, compact ? QSize(700, 640) : QSize(1500, 1400),
             compact ? QStringLiteral("sheet_compact.png") : QStringLiteral("sheet.png"));
    }
    {
        TraversalStrip strip;
        strip.setTitle(QStringLiteral("Latent dimension z3"));
        std::vector<double> values;
        std::vector<std::optional<Cell>> cells;
        for (int i = 0; i < 7; ++i)
            values.push_back(-1.2 + 0.4 * i);
        Nb101Cell a = skipCell();
        a.setOp(1, Nb101Op::Conv1x1);
        Nb101Cell b = skipCell();
        b.setEdge(0, 6, false);
        cells = {Cell(readmeInceptionCell()),
                 std::nullopt,
                 Cell(a),
                 Cell(skipCell()),
                 Cell(b),
                 Cell(chainCell()),
                 Cell(smallestHashCell())};
        strip.setCells(3, values, cells, Cell(skipCell()));
        save(strip, QSize(900, 260), QStringLiteral("strip.png"));
        strip.setFocus();
        QTest::keyClick(&strip, Qt::Key_Right);
        QTest::keyClick(&strip, Qt::Key_Right);
        save(strip, QSize(900, 260), QStringLiteral("strip_focus.png"));

        std::vector<std::optional<Cell>> cells201;
        for (int i = 0; i < 7; ++i)
            cells201.push_back(i == 5 ? std::nullopt
                                      : std::optional<Cell>(Nb201Cell::fromCode(1000 + 1237 * i)));
        strip.setTitle(QStringLiteral("Latent dimension z0"));
        strip.setCells(0, values, cells201, Cell(Nb201Cell::fromCode(1000 + 1237 * 3)));
        save(strip, QSize(900, 260), QStringLiteral("strip201.png"));
    }
}

QTEST_MAIN(TestCellGraph)
#include "tst_cellgraph.moc"
