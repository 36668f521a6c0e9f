#include "util/md5.h"
#include "util/rng.h"

#include <QCryptographicHash>
#include <QTest>

#include <cmath>

using namespace dnas;

class TestMd5Rng : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void md5Vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray() << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("900150983cd24fb0d6963f7d28e17f72");
        QTest::newRow("alphabet") << QByteArray("abcdefghijklmnopqrstuvwxyz")
                                  << QByteArray("c3fcd3d76192e4007dfb496cca67e13b");
        QTest::newRow("80 digits") << QByteArray("1234567890").repeated(8)
                                   << QByteArray("57edf4a22be3c955ac49da2e2107b67a");
    }
    void md5Vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        char out[32];
        md5Hex(input.constData(), std::size_t(input.size()), out);
        QCOMPARE(QByteArray(out, 32), hex);
    }

    // Every length around the 56/64-byte padding boundaries against Qt's MD5.
    void md5AgainstQt()
    {
        QByteArray data;
        for (int n = 0; n < 300; ++n) {
            char out[32];
            md5Hex(data.constData(), std::size_t(data.size()), out);
            QCOMPARE(QByteArray(out, 32),
                     QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
            data.append(char('a' + n % 26));
        }
    }

    void rngIsDeterministic()
    {
        Rng a(42);
        Rng b(42);
        Rng c(43);
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const auto x = a.next();
            QCOMPARE(b.next(), x);
            differs |= c.next() != x;
        }
        QVERIFY(differs);
    }

    void belowIsUniform()
    {
        Rng rng(7);
        int counts[6] = {};
        const int n = 60000;
        for (int i = 0; i < n; ++i)
            ++counts[rng.below(6)];
        for (const int c : counts)
            QVERIFY2(std::abs(c - n / 6) < 500, qPrintable(QString::number(c)));
    }

    void normalMoments()
    {
        Rng rng(1);
        double sum = 0;
        double sq = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) {
            const double x = rng.normal();
            sum += x;
            sq += x * x;
        }
        QVERIFY(std::abs(sum / n) < 0.01);
        QVERIFY(std::abs(sq / n - 1.0) < 0.02);
    }
};

QTEST_GUILESS_MAIN(TestMd5Rng)
#include "tst_md5_rng.moc"
