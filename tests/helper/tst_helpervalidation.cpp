// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's argument checks: allow-lists that hostile input cannot slip through.
#include "contract.h"
#include "ratelimiter.h"
#include "validation.h"

#include <QJsonArray>
#include <QTest>
#include <QThread>

using namespace Airpane;

class TestHelperValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interfaceNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("wlan0") << QStringLiteral("wlan0") << true;
        QTest::newRow("wlan1-1") << QStringLiteral("wlan1-1") << true;
        QTest::newRow("p2p_dev.0") << QStringLiteral("p2p_dev.0") << true;
        QTest::newRow("15 bytes") << QStringLiteral("abcdefghijklmno") << true;
        QTest::newRow("16 bytes") << QStringLiteral("abcdefghijklmnop") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << QStringLiteral("wl/an0") << false;
        QTest::newRow("space") << QStringLiteral("wlan 0") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("wlän0") << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("dot dot") << QStringLiteral("..") << false;
        QTest::newRow("newline") << QStringLiteral("wlan0\n") << false;
        QTest::newRow("NUL") << QString::fromUtf8("wl\0an", 5) << false;
        QTest::newRow("colon") << QStringLiteral("wlan0:1") << false;
    }

    void interfaceNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isInterfaceName(name), valid);
    }

    void topics()
    {
        QCOMPARE(Validation::unknownTopic(Contract::Topic::all), QString());
        QCOMPARE(Validation::unknownTopic({QStringLiteral("radios"), QStringLiteral("bogus")}),
                 QStringLiteral("bogus"));
        QCOMPARE(Validation::unknownTopic({QStringLiteral("RADIOS")}), QStringLiteral("RADIOS"));
        QCOMPARE(Validation::unknownTopic({QString()}), QStringLiteral("\"\""));
    }

    void rateLimitPerClient()
    {
        RateLimiter limiter(3);
        QVERIFY(limiter.allow(QStringLiteral(":1.1")));
        QVERIFY(limiter.allow(QStringLiteral(":1.1")));
        QVERIFY(limiter.allow(QStringLiteral(":1.1")));
        QVERIFY(!limiter.allow(QStringLiteral(":1.1")));
        QVERIFY(limiter.allow(QStringLiteral(":1.2"))); // another client has its own budget
        QThread::msleep(1050);
        QVERIFY(limiter.allow(QStringLiteral(":1.1")));
    }

    void jsonTravelsWithoutNulls()
    {
        const QJsonObject object{{QStringLiteral("name"), QStringLiteral("phy0")},
                                 {QStringLiteral("missing"), QJsonValue()},
                                 {QStringLiteral("nested"),
                                  QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), QJsonValue()}}},
                                 {QStringLiteral("list"), QJsonArray{1, QJsonValue(), QStringLiteral("x")}}};
        const QVariantMap map = Contract::variantFromJson(object);
        QVERIFY(!map.contains(QStringLiteral("missing")));
        QCOMPARE(map.value(QStringLiteral("nested")).toMap().size(), 1);
        QCOMPARE(map.value(QStringLiteral("list")).toList().size(), 2);
        const QJsonObject back = Contract::jsonFromVariant(map);
        QCOMPARE(back.value(QStringLiteral("name")).toString(), QStringLiteral("phy0"));
        QCOMPARE(back.value(QStringLiteral("nested")).toObject().value(QStringLiteral("a")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHelperValidation)
#include "tst_helpervalidation.moc"
