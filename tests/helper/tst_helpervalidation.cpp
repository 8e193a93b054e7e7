// SPDX-License-Identifier: GPL-3.0-or-later
// The helper's argument checks: allow-lists that hostile input cannot slip through.
#include "contract.h"
#include "ratelimiter.h"
#include "validation.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
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
        // The error echoes no more than a topic's name could be (the audit's L8).
        QCOMPARE(Validation::unknownTopic({QString(100000, u'x')}).size(), 32);
        QCOMPARE(Validation::unknownTopic({QString()}), QStringLiteral("\"\""));
    }

    void stationWatches()
    {
        QString error;
        QVERIFY(Validation::stationInterfaces({}, &error)); // none: the watch ends
        QVERIFY(Validation::stationInterfaces({QStringLiteral("wlan0"), QStringLiteral("ap0")}, &error));
        QVERIFY(!Validation::stationInterfaces({QStringLiteral("wlan0"), QStringLiteral("wl/an0")}, &error));
        QVERIFY(error.contains(QStringLiteral("wl/an0")));
        QVERIFY(!Validation::stationInterfaces(
            QStringList(Validation::maxStationInterfaces + 1, QStringLiteral("wlan0")), &error));
        QVERIFY(Validation::unknownTopic({QStringLiteral("stations")}).isEmpty());
    }

    void scanOptions_data()
    {
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QVariantMap{} << true;
        QTest::newRow("frequencies") << QVariantMap{{QStringLiteral("frequencies"),
                                                     QVariantList{2412, 5180u}}}
                                     << true;
        QTest::newRow("frequency too high")
            << QVariantMap{{QStringLiteral("frequencies"), QVariantList{99999}}} << false;
        QTest::newRow("frequency as text")
            << QVariantMap{{QStringLiteral("frequencies"), QVariantList{QStringLiteral("2412")}}} << false;
        QTest::newRow("65 frequencies")
            << QVariantMap{{QStringLiteral("frequencies"), QVariantList(65, 2412)}} << false;
        QTest::newRow("ssids") << QVariantMap{{QStringLiteral("ssids"),
                                               QStringList{QStringLiteral("a"), QStringLiteral("Café")}}}
                               << true;
        QTest::newRow("ssid of 33 bytes")
            << QVariantMap{{QStringLiteral("ssids"), QStringList{QString(33, QLatin1Char('x'))}}} << false;
        QTest::newRow("ssids as variants")
            << QVariantMap{{QStringLiteral("ssids"), QVariantList{QStringLiteral("a")}}} << true;
        QTest::newRow("ssids mixed") << QVariantMap{{QStringLiteral("ssids"),
                                                     QVariantList{QStringLiteral("a"), 3}}}
                                     << false;
        QTest::newRow("passive with ssid")
            << QVariantMap{{QStringLiteral("passive"), true},
                           {QStringLiteral("ssids"), QStringList{QStringLiteral("a")}}}
            << false;
        QTest::newRow("flags") << QVariantMap{{QStringLiteral("flush"), true},
                                              {QStringLiteral("lowPriority"), false},
                                              {QStringLiteral("apForce"), true}}
                               << true;
        QTest::newRow("flag as text")
            << QVariantMap{{QStringLiteral("flush"), QStringLiteral("true")}} << false;
        QTest::newRow("duration") << QVariantMap{{QStringLiteral("durationTu"), 100u}} << true;
        QTest::newRow("duration 0") << QVariantMap{{QStringLiteral("durationTu"), 0u}} << false;
        QTest::newRow("duration huge") << QVariantMap{{QStringLiteral("durationTu"), 70000u}} << false;
        QTest::newRow("unknown") << QVariantMap{{QStringLiteral("turbo"), true}} << false;
    }

    void scanOptions()
    {
        QFETCH(QVariantMap, options);
        QFETCH(bool, valid);
        Nl80211::ScanOptions parsed;
        QString error;
        QCOMPARE(Validation::scanOptions(options, parsed, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void createOptions_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<bool>("valid");
        const QString station = QStringLiteral("station");
        const QString monitor = QStringLiteral("monitor");
        QTest::newRow("none") << station << QVariantMap{} << true;
        QTest::newRow("mac") << station
                             << QVariantMap{{QStringLiteral("mac"), QStringLiteral("02:11:22:33:44:55")}}
                             << true;
        QTest::newRow("mac multicast")
            << station << QVariantMap{{QStringLiteral("mac"), QStringLiteral("03:11:22:33:44:55")}} << false;
        QTest::newRow("mac short") << station
                                   << QVariantMap{{QStringLiteral("mac"), QStringLiteral("02:11:22")}}
                                   << false;
        QTest::newRow("mac as number") << station << QVariantMap{{QStringLiteral("mac"), 42u}} << false;
        QTest::newRow("monitor flags")
            << monitor
            << QVariantMap{{QStringLiteral("monitorFlags"), QStringList{QStringLiteral("control")}}} << true;
        QTest::newRow("monitor flags on a station")
            << station
            << QVariantMap{{QStringLiteral("monitorFlags"), QStringList{QStringLiteral("control")}}} << false;
        QTest::newRow("monitor flag unknown")
            << monitor << QVariantMap{{QStringLiteral("monitorFlags"), QStringList{QStringLiteral("all")}}}
            << false;
        QTest::newRow("up") << station << QVariantMap{{QStringLiteral("up"), false}} << true;
        QTest::newRow("up as text") << station << QVariantMap{{QStringLiteral("up"), QStringLiteral("no")}}
                                    << false;
        QTest::newRow("force") << station << QVariantMap{{QStringLiteral("force"), true}} << true;
        QTest::newRow("unknown") << station << QVariantMap{{QStringLiteral("channel"), 6u}} << false;
    }

    void createOptions()
    {
        QFETCH(QString, type);
        QFETCH(QVariantMap, options);
        QFETCH(bool, valid);
        QString error;
        const auto interfaceType = Validation::interfaceType(type, &error);
        QVERIFY(interfaceType);
        CreateInterfaceRequest request;
        request.type = *interfaceType;
        QCOMPARE(Validation::createOptions(options, request, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void interfaceTypes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        for (const char *key : {"station", "ap", "monitor", "mesh-point", "p2p-client", "p2p-go",
                                "p2p-device", "adhoc", "ocb", "nan"}) {
            QTest::newRow(key) << QString::fromLatin1(key) << true;
        }
        // AP/VLAN needs an AP to hang from, WDS is gone from the kernel: not offered.
        QTest::newRow("ap-vlan") << QStringLiteral("ap-vlan") << false;
        QTest::newRow("unknown") << QStringLiteral("router") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << QStringLiteral("STATION") << false;
    }

    void interfaceTypes()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(Validation::interfaceType(key, &error).has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void p2pDevices_data()
    {
        QTest::addColumn<QVariantMap>("device");
        QTest::addColumn<bool>("valid");
        QTest::newRow("defaults") << QVariantMap{} << true;
        QTest::newRow("all") << QVariantMap{{QStringLiteral("name"), QStringLiteral("Airpane laptop")},
                                            {QStringLiteral("type"), QStringLiteral("1-0050F204-1")},
                                            {QStringLiteral("configMethods"),
                                             QStringList{QStringLiteral("display"),
                                                         QStringLiteral("push_button")}},
                                            {QStringLiteral("listenChannel"), 11u}}
                             << true;
        QTest::newRow("name of 32 bytes")
            << QVariantMap{{QStringLiteral("name"), QString(32, QLatin1Char('x'))}} << true;
        QTest::newRow("name of 33 bytes")
            << QVariantMap{{QStringLiteral("name"), QString(33, QLatin1Char('x'))}} << false;
        QTest::newRow("name empty") << QVariantMap{{QStringLiteral("name"), QString()}} << false;
        QTest::newRow("name with newline")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("a\nb")}} << false;
        QTest::newRow("type malformed")
            << QVariantMap{{QStringLiteral("type"), QStringLiteral("TV")}} << false;
        QTest::newRow("config methods empty")
            << QVariantMap{{QStringLiteral("configMethods"), QStringList{}}} << false;
        QTest::newRow("config method unknown")
            << QVariantMap{{QStringLiteral("configMethods"), QStringList{QStringLiteral("psychic")}}}
            << false;
        QTest::newRow("listen channel 6") << QVariantMap{{QStringLiteral("listenChannel"), 6u}} << true;
        QTest::newRow("listen channel 3") << QVariantMap{{QStringLiteral("listenChannel"), 3u}} << false;
        QTest::newRow("listen channel as text")
            << QVariantMap{{QStringLiteral("listenChannel"), QStringLiteral("6")}} << false;
        QTest::newRow("unknown") << QVariantMap{{QStringLiteral("goIntent"), 15u}} << false;
    }

    void p2pDevices()
    {
        QFETCH(QVariantMap, device);
        QFETCH(bool, valid);
        P2p::LocalDevice local;
        QString error;
        QCOMPARE(Validation::p2pDevice(device, local, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid && device.contains(QStringLiteral("listenChannel"))) {
            QCOMPARE(int(local.listenChannel), device.value(QStringLiteral("listenChannel")).toInt());
        }
    }

    void p2pTimeouts()
    {
        QString error;
        QVERIFY(!Validation::p2pTimeout(0, &error));
        QVERIFY(Validation::p2pTimeout(1, &error));
        QVERIFY(Validation::p2pTimeout(3600, &error));
        QVERIFY(!Validation::p2pTimeout(3601, &error));
    }

    void liveScanSettings()
    {
        Validation::LiveScanSettings settings;
        QString error;
        QVERIFY(Validation::liveScanSettings({{QStringLiteral("mode"), QStringLiteral("passive")},
                                              {QStringLiteral("interval"), 30u},
                                              {QStringLiteral("bands"), QStringList{QStringLiteral("5GHz")}}},
                                             settings, &error));
        QCOMPARE(settings.mode, QStringLiteral("passive"));
        QCOMPARE(settings.intervalSeconds, 30);
        QCOMPARE(settings.bands, QList<BandId>{BandId::Band5GHz});
        QVERIFY(!Validation::liveScanSettings({{QStringLiteral("mode"), QStringLiteral("fast")}}, settings,
                                              &error));
        QVERIFY(!Validation::liveScanSettings({{QStringLiteral("interval"), 1u}}, settings, &error));
        QVERIFY(!Validation::liveScanSettings(
            {{QStringLiteral("bands"), QStringList{QStringLiteral("60GHz")}}}, settings, &error));
        QVERIFY(!Validation::liveScanSettings({{QStringLiteral("speed"), 1u}}, settings, &error));
        // Bands once each, and no list longer than a few (the audit's L8).
        QVERIFY(Validation::liveScanSettings(
            {{QStringLiteral("bands"),
              QStringList{QStringLiteral("5GHz"), QStringLiteral("2.4GHz"), QStringLiteral("5GHz")}}},
            settings, &error));
        QCOMPARE(settings.bands, (QList<BandId>{BandId::Band5GHz, BandId::Band2GHz}));
        QVERIFY(!Validation::liveScanSettings(
            {{QStringLiteral("bands"), QStringList(100000, QStringLiteral("5GHz"))}}, settings, &error));
        QVERIFY(error.contains(QLatin1String("at most")));
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

    // The polkit actions installed are the contract's list, and the helper checks each of them: an
    // installed action that no method checks (the audit's L7 found `lab`) is a grant no audit sees.
    void installedActionsAreTheCheckedOnes()
    {
        QFile file(QStringLiteral(AIRPANE_SOURCE_DIR "/helper/system/org.airpane.helper.actions"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        static const QRegularExpression section(QStringLiteral("^\\[(org\\.airpane\\.[^\\]]+)\\]$"),
                                                QRegularExpression::MultilineOption);
        QStringList installed;
        for (auto it = section.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();) {
            installed.append(it.next().captured(1));
        }
        QCOMPARE(installed, Contract::Action::all);

        // Checked: named in a call of authorized() or authorizedCall() in the helper's sources.
        static const QRegularExpression check(
            QStringLiteral("authorized(?:Call)?\\([^;]*?Contract::Action::(\\w+)"));
        QSet<QString> checked;
        QDirIterator sources(QStringLiteral(AIRPANE_SOURCE_DIR "/helper"), {QStringLiteral("*.cpp")},
                             QDir::Files, QDirIterator::Subdirectories);
        while (sources.hasNext()) {
            QFile source(sources.next());
            QVERIFY(source.open(QIODevice::ReadOnly));
            for (auto it = check.globalMatch(QString::fromUtf8(source.readAll())); it.hasNext();) {
                checked.insert(QStringLiteral("org.airpane.helper.") + it.next().captured(1));
            }
        }
        for (const QString &action : Contract::Action::all) {
            QVERIFY2(checked.contains(action),
                     qPrintable(action + QStringLiteral(" is installed but not checked")));
        }
        QCOMPARE(checked.size(), Contract::Action::all.size());
    }

    // The bus's own error name for "polkit wants a password but the call forbade interaction", which
    // busctl, sd-bus and GDBus answer by asking again with interaction (the audit's L6).
    void interactionRequiredIsTheBussOwnError()
    {
        QCOMPARE(Contract::Error::interactionRequired,
                 QStringLiteral("org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"));
    }
};

QTEST_GUILESS_MAIN(TestHelperValidation)
#include "tst_helpervalidation.moc"
