#include "space/nb201_cell.h"

#include <QTest>

using namespace dnas;

class TestNb201Cell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCellRoundTrips()
    {
        for (int code = 0; code < Nb201Cell::kCellCount; ++code) {
            const Nb201Cell c = Nb201Cell::fromCode(code);
            QCOMPARE(c.code(), code);
            QString error;
            const auto back = Nb201Cell::fromString(c.toString(), &error);
            QVERIFY2(back.has_value(), qPrintable(error));
            QCOMPARE(back->code(), code);
        }
    }

    // Architecture 0 of NAS-Bench-201 (ops 4,2,1,2,1,1 in string order).
    void knownString()
    {
        const QString s = QStringLiteral("|avg_pool_3x3~0|+|nor_conv_1x1~0|skip_connect~1|+|nor_"
                                         "conv_1x1~0|skip_connect~1|skip_connect~2|");
        QString error;
        const auto c = Nb201Cell::fromString(s, &error);
        QVERIFY2(c.has_value(), qPrintable(error));
        QCOMPARE(c->op(0), Nb201Op::AvgPool3x3);
        QCOMPARE(c->op(1), Nb201Op::Conv1x1);
        QCOMPARE(c->op(2), Nb201Op::Skip);
        QCOMPARE(c->op(5), Nb201Op::Skip);
        QCOMPARE(c->code(), ((((4 * 5 + 2) * 5 + 1) * 5 + 2) * 5 + 1) * 5 + 1);
        QCOMPARE(c->toString(), s);
        QCOMPARE(Nb201Cell::edgeFrom(4), 1);
        QCOMPARE(Nb201Cell::edgeTo(4), 3);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << QStringLiteral("3 nodes");
        QTest::newRow("two nodes")
            << QStringLiteral("|none~0|+|none~0|none~1|") << QStringLiteral("found 2");
        QTest::newRow("no bars") << QStringLiteral("none~0+|none~0|none~1|+|none~0|none~1|none~2|")
                                 << QStringLiteral("not enclosed");
        QTest::newRow("wrong arity") << QStringLiteral("|none~0|+|none~0|+|none~0|none~1|none~2|")
                                     << QStringLiteral("node 2 needs 2 inputs");
        QTest::newRow("wrong source")
            << QStringLiteral("|none~0|+|none~1|none~0|+|none~0|none~1|none~2|")
            << QStringLiteral("must read op~0");
        QTest::newRow("unknown op")
            << QStringLiteral("|conv_5x5~0|+|none~0|none~1|+|none~0|none~1|none~2|")
            << QStringLiteral("unknown op \"conv_5x5\"");
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!Nb201Cell::fromString(text, &message).has_value());
        QVERIFY2(message.contains(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestNb201Cell)
#include "tst_nb201cell.moc"
