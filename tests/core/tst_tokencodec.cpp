#include "controller/token_codec.h"
#include "space/sampling.h"
#include "testsupport/fixtures.h"
#include "util/rng.h"

#include <QTest>

using namespace dnas;

class TestTokenCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes()
    {
        const TokenCodec a(SpaceKind::Nb101);
        QCOMPARE(a.length(), 27);
        QCOMPARE(a.allowedTokens(0), (std::vector<int> {TokenCodec::NoEdge, TokenCodec::Edge}));
        QCOMPARE(a.allowedTokens(1),
                 (std::vector<int> {TokenCodec::OpConv3x3, TokenCodec::OpConv1x1,
                                    TokenCodec::OpMaxPool}));
        QCOMPARE(a.allowedTokens(26), (std::vector<int> {TokenCodec::OpOutput}));
        const TokenCodec b(SpaceKind::Nb201);
        QCOMPARE(b.length(), 6);
        QCOMPARE(int(b.allowedTokens(3).size()), 5);
    }

    // The README cell: column j of the matrix above the diagonal, then op j.
    void readmeCellTokens()
    {
        const TokenCodec codec(SpaceKind::Nb101);
        const auto t = codec.encode(test::readmeInceptionCell());
        const std::vector<std::int64_t> expected = {1, 3, // 0→1, conv1x1
                                                    1, 0, 2, // 0→2, conv3x3
                                                    1, 0, 0, 2, // 0→3, conv3x3
                                                    0, 0, 0, 1, 2, // 3→4, conv3x3
                                                    1, 0, 0, 0, 0, 4, // 0→5, maxpool
                                                    0, 1, 1, 0, 1, 1, 5};
        QCOMPARE(t, expected);
    }

    void everyNb201CellRoundTrips()
    {
        const TokenCodec codec(SpaceKind::Nb201);
        for (int code = 0; code < Nb201Cell::kCellCount; ++code) {
            const Cell c = Nb201Cell::fromCode(code);
            const auto back = codec.decode(codec.encode(c));
            QVERIFY(back.has_value());
            QCOMPARE(std::get<Nb201Cell>(*back).code(), code);
        }
    }

    void randomNb101CellsRoundTrip()
    {
        const TokenCodec codec(SpaceKind::Nb101);
        Rng rng(17);
        for (int i = 0; i < 5000; ++i) {
            Nb101Cell c = randomNb101Cell(rng);
            for (int m = 0; m < 3; ++m)
                c = mutateNb101Cell(c, rng); // reach 7-vertex cells too
            const auto tokens = codec.encode(c);
            QCOMPARE(int(tokens.size()), 27);
            const auto back = codec.decode(tokens);
            QVERIFY(back.has_value());
            QCOMPARE(std::get<Nb101Cell>(*back), c);
        }
    }

    void rejectsWhatIsNotACell()
    {
        const TokenCodec codec(SpaceKind::Nb101);
        QVERIFY(codec.encode(Nb201Cell()).empty());
        QVERIFY(codec
                    .encode(test::nb101Cell({{0, 0}, {0, 0}},
                                            {QStringLiteral("input"), QStringLiteral("output")}))
                    .empty());
        std::vector<std::int64_t> t = codec.encode(test::readmeInceptionCell());
        t[1] = TokenCodec::Edge; // an edge token where an op goes
        QVERIFY(!codec.decode(t).has_value());
        std::vector<std::int64_t> none(27, TokenCodec::NoEdge); // no edge at all: disconnected
        for (int k : {1, 4, 8, 13, 19})
            none[std::size_t(k)] = TokenCodec::OpConv3x3;
        none[26] = TokenCodec::OpOutput;
        QVERIFY(!codec.decode(none).has_value());
        QVERIFY(!codec.decode({1, 2, 3}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTokenCodec)
#include "tst_tokencodec.moc"
