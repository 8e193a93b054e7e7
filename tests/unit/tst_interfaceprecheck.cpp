// SPDX-License-Identifier: GPL-3.0-or-later
// The combination pre-check and "what can this radio run at once?", without a kernel: on the lab's
// hwsim radio as recorded and on synthetic radios with the rules hwsim lacks (two channels,
// beacon-interval divisors, radar widths and regions, totals, no combinations).
#include "situations.h"

#include "interfaces/combinationcheck.h"
#include "interfaces/concurrency.h"
#include "interfaces/requestcheck.h"

#include <QTest>

#include <linux/nl80211.h>

using namespace Airpane;
using namespace Airpane::Interfaces;

class TestInterfacePrecheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedRadioHasHwsimsCombination()
    {
        const Radio radio = Situations::radio(QStringLiteral("hwsim"));
        QCOMPARE(radio.name, QStringLiteral("phy0"));
        QCOMPARE(radio.combinations.size(), 1);
        const InterfaceCombination &combination = radio.combinations.first();
        QCOMPARE(combination.channels, 1u);
        QCOMPARE(combination.maxInterfaces, 2050u);
        QCOMPARE(combination.limits.size(), 3);
        QCOMPARE(combination.limits[0].types, InterfaceTypes{InterfaceType::Adhoc});
        QCOMPARE(combination.limits[2].types, InterfaceTypes{InterfaceType::P2pDevice});
        QCOMPARE(combination.limits[2].max, 1u);
        QVERIFY(radio.supportsInterfaceType(InterfaceType::Ocb));
        QVERIFY(!radio.supportsInterfaceType(InterfaceType::Nan));
        QVERIFY(CombinationCheck::isSoftware(radio, InterfaceType::Monitor));
    }

    void verdicts_data()
    {
        QTest::addColumn<QString>("radio");
        QTest::addColumn<QString>("running");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<int>("dfsRegion");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("message"); // the first problem, or a note when allowed
        QTest::addColumn<int>("combination");

        const QString hwsim = QStringLiteral("hwsim");
        const QString sta = QStringLiteral("station:wlan0");
        const QString connected = QStringLiteral("station:wlan0@2437/40/2447#100");
        const auto row = [](const char *name, const QString &radio, const QString &running,
                            const char *candidate, bool allowed, const char *message, int combination = -1,
                            int region = -1) {
            QTest::newRow(name) << radio << running << QString::fromLatin1(candidate) << region << allowed
                                << QString::fromUtf8(message) << combination;
        };
        row("alone needs no combination", hwsim, QString(), "station", true, "");
        row("down interfaces do not count", hwsim, QStringLiteral("ibss:ib0-"), "ibss", true, "");
        row("station beside station", hwsim, sta, "station", true, "", 0);
        row("ap beside station", hwsim, sta, "ap", true, "", 0);
        row("p2p-device beside station", hwsim, sta, "p2p-device", true, "", 0);
        row("second p2p-device", hwsim, sta + QStringLiteral(" p2p-device:0x2"), "p2p-device", false,
            "this radio allows 1 P2P-device and already has one (0x2)");
        row("second ibss", hwsim, QStringLiteral("ibss:ib0"), "ibss", false,
            "this radio allows 1 IBSS and already has one (ib0)");
        row("ocb beside station", hwsim, sta, "ocb", false,
            "OCB cannot run beside other interfaces on this radio: wlan0 (station) is up");
        row("ocb alone", hwsim, QString(), "ocb", true, "");
        row("station beside ocb", hwsim, QStringLiteral("ocb:ocb0"), "station", false,
            "station cannot run beside OCB on this radio: ocb0 is up");
        row("monitor beside ocb", hwsim, QStringLiteral("ocb:ocb0"), "monitor", true, "");
        row("monitor beside everything", hwsim, connected + QStringLiteral(" p2p-device:0x2 ap:ap0@2437"),
            "monitor", true, "");
        row("ap on another channel than a connected station", hwsim, connected, "ap@2412", false,
            "AP and station must share one channel on this radio: the station is on channel 6 (2437 MHz)");
        row("ap on the station's channel", hwsim, connected, "ap@2437", true, "", 0);
        row("ap without a channel beside a connected station", hwsim, connected, "ap", true,
            "the AP can only use channel 6 (2437 MHz), where wlan0 is: this radio uses one channel at a time",
            0);
        row("ibss without fixed frequency on the station's channel", hwsim, connected, "ibss@2437!", false,
            "an IBSS without a fixed frequency needs a channel of its own");
        row("ibss with fixed frequency on the station's channel", hwsim, connected, "ibss@2437", true, "", 0);
        row("mesh on 40 MHz above vs station 40 MHz", hwsim, connected, "mesh-point@2437/40/2447#100", true,
            "", 0);
        row("mesh on 40 MHz below vs station 40 MHz", hwsim, connected, "mesh-point@2437/40/2427", false,
            "mesh point and station must share one channel on this radio");
        row("same address as a running station", hwsim, QStringLiteral("station:wlan0=02:00:00:00:00:00"),
            "station=02:00:00:00:00:00", false,
            "wlan0 (station) is up with the same address 02:00:00:00:00:00, which a station cannot share");
        row("monitor may share an address", hwsim, QStringLiteral("station:wlan0=02:00:00:00:00:00"),
            "monitor=02:00:00:00:00:00", true, "");
        row("beacon intervals must match", hwsim, QStringLiteral("ap:ap0@2437#100"), "ap@2437#200", false,
            "all APs and mesh points on this radio must use the same beacon interval: ap0 uses 100 TU");
        row("mesh with the ap's beacon interval", hwsim, QStringLiteral("ap:ap0@2437#100"),
            "mesh-point@2437#100", true, "", 0);
        row("unknown beacon interval beside an ap", hwsim, QStringLiteral("ap:ap0@2437"), "ap@2437#100", true,
            "ap0 beacons too: use its beacon interval", 0);
        row("radar channel alone needs a combination", hwsim, QString(), "ap@5260/80/5290", true, "", 0);

        const QString two = QStringLiteral("two-channels");
        row("two channels: ap on another channel", two, connected, "ap@2412#100", true, "", 0);
        row("two channels: a third channel", two, connected + QStringLiteral(" p2p-client:p2p0@2462"),
            "ap@5180", false, "this radio uses at most 2 channels at once and would need 3");
        row("two channels: third station", two, QStringLiteral("station:wlan0 station:wlan1"), "p2p-client",
            false, "this radio allows 2 of station/P2P-client at once and already has 2 (wlan0, wlan1)");
        row("two channels: ap must take the station's beacon interval", two, connected, "ap@2437#200", false,
            "an AP beside a connected station must use its network's beacon interval on this radio: wlan0's "
            "is "
            "100 TU");
        row("two channels: ibss is not in any combination", two, connected, "ibss", false,
            "IBSS cannot run beside other interfaces on this radio: wlan0 (station) is up");

        const QString gcd = QStringLiteral("gcd");
        row("gcd: 100 and 150 have 50 in common", gcd, QStringLiteral("ap:ap0@2412#100"), "ap@2412#150", true,
            "", 0);
        row("gcd: 100 and 75 have only 25", gcd, QStringLiteral("ap:ap0@2412#100"), "ap@2412#75", false,
            "the beacon intervals here (100, 75 TU) have a greatest common divisor of 25 TU, and this radio "
            "needs "
            "at least 50 TU");

        const QString radar = QStringLiteral("radar");
        row("radar: 20 MHz in FCC", radar, QString(), "ap@5260", true, "", 0, NL80211_DFS_FCC);
        row("radar: 80 MHz is not detected", radar, QString(), "ap@5260/80/5290", false,
            "this radio cannot detect radar at 80 MHz", -1, NL80211_DFS_FCC);
        row("radar: not in JP", radar, QString(), "ap@5260", false,
            "this radio detects radar beside other interfaces only in the FCC/ETSI DFS region, and this one "
            "is JP",
            -1, NL80211_DFS_JP);
        row("radar: a second ap without radar", radar, QStringLiteral("ap:ap0@5180"), "ap@5180", true, "", 1);
        row("radar: a second ap on a radar channel", radar, QStringLiteral("ap:ap0@5260"), "ap@5260", false,
            "this radio allows 1 AP and already has one (ap0)", -1, NL80211_DFS_FCC);

        row("total: three at most", QStringLiteral("total"), QStringLiteral("station:s0 station:s1 ap:a0"),
            "ap", false, "this radio runs at most 3 interfaces at once (monitors aside) and already runs 3");
        row("no combinations: one at a time", QStringLiteral("none"), sta, "ap", false,
            "phy publishes no interface combinations, so it runs one interface at a time, monitors aside: "
            "wlan0 "
            "(station) is up");
        row("no combinations: alone", QStringLiteral("none"), QString(), "ap", true, "");
        row("no combinations: monitor beside", QStringLiteral("none"), sta, "monitor", true, "");
    }

    void verdicts()
    {
        QFETCH(QString, radio);
        QFETCH(QString, running);
        QFETCH(QString, candidate);
        QFETCH(int, dfsRegion);
        QFETCH(bool, allowed);
        QFETCH(QString, message);
        QFETCH(int, combination);

        RadioSituation situation = Situations::situation(radio, running, dfsRegion);
        if (radio == QLatin1String("none")) {
            situation.radio.name = QStringLiteral("phy");
        }
        const InterfaceVerdict verdict = CombinationCheck::check(situation, Situations::candidate(candidate));
        QVERIFY2(verdict.allowed == allowed, qPrintable(verdict.problems.join(QStringLiteral(" | "))));
        QCOMPARE(verdict.problems.isEmpty(), allowed);
        const QString said = allowed ? verdict.notes.join(QStringLiteral(" | ")) : verdict.problems.value(0);
        if (message.isEmpty()) {
            QVERIFY2(allowed || said.isEmpty(), qPrintable(said));
        } else {
            QVERIFY2(said.startsWith(message), qPrintable(said));
        }
        QCOMPARE(verdict.combination.value_or(-1), allowed ? combination : -1);
    }

    void channelCompatibility_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("compatible");
        QTest::newRow("same 20") << "ap@2437" << "ap@2437" << true;
        QTest::newRow("no-ht inside 20") << "ap@2437/0" << "ap@2437" << true;
        QTest::newRow("20 inside 40 above") << "ap@2437" << "ap@2437/40/2447" << true;
        QTest::newRow("40 above vs 40 below") << "ap@2437/40/2447" << "ap@2437/40/2427" << false;
        QTest::newRow("40 inside 80") << "ap@5180/40/5190" << "ap@5180/80/5210" << true;
        QTest::newRow("other primary") << "ap@5200/80/5210" << "ap@5180/80/5210" << false;
        QTest::newRow("other channel") << "ap@2412" << "ap@2437" << false;
    }

    void channelCompatibility()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, compatible);
        const auto first = *Situations::candidate(a).channel;
        const auto second = *Situations::candidate(b).channel;
        QCOMPARE(CombinationCheck::channelsCompatible(first, second), compatible);
        QCOMPARE(CombinationCheck::channelsCompatible(second, first), compatible);
    }

    void radarWidths()
    {
        const Radio radio = Situations::radio(QStringLiteral("hwsim"));
        const auto at = [&](const char *spec) {
            const Candidate candidate = Situations::candidate(QString::fromLatin1(spec));
            return CombinationCheck::radarWidth(radio, candidate.type, *candidate.channel);
        };
        QCOMPARE(at("ap@5180"), 0u);
        QCOMPARE(at("ap@5260"), 1u << NL80211_CHAN_WIDTH_20);
        QCOMPARE(at("ap@5240/80/5210"), 0u);                            // 36-48: no radar
        QCOMPARE(at("ap@5180/160/5250"), 1u << NL80211_CHAN_WIDTH_160); // reaches 52-64
        QCOMPARE(at("station@5260"), 0u);                               // stations do not detect radar
    }

    void concurrency_data()
    {
        QTest::addColumn<QString>("running");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<bool>("roomNow");
        QTest::addColumn<QString>("toAdd");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty: station+ap") << "" << "station+ap" << true << true << "station ap" << "";
        QTest::newRow("station runs: station+ap")
            << "station:wlan0" << "station+ap" << true << true << "ap" << "";
        QTest::newRow("p2p runs: station+p2p")
            << "station:wlan0 p2p-device:0x2" << "station+p2p" << true << true << "p2p-client" << "";
        QTest::newRow("ocb runs: station+ap") << "ocb:ocb0" << "station+ap" << true << false << "station ap"
                                              << "station cannot run beside OCB on this radio: ocb0 is up";
        QTest::newRow("ibss runs: station+ibss")
            << "ibss:ib0" << "station+ibss" << true << true << "station" << "";
        QTest::newRow("monitor needs no combination")
            << "ap:ap0" << "ap+monitor" << true << true << "monitor" << "";
    }

    void concurrency()
    {
        QFETCH(QString, running);
        QFETCH(QString, scenario);
        QFETCH(bool, supported);
        QFETCH(bool, roomNow);
        QFETCH(QString, toAdd);
        QFETCH(QString, reason);
        const ConcurrencyReport report =
            Concurrency::report(Situations::situation(QStringLiteral("hwsim"), running));
        QCOMPARE(report.scenarios.size(), Concurrency::scenarios().size());
        const auto it = std::find_if(report.scenarios.cbegin(), report.scenarios.cend(),
                                     [&](const auto &entry) { return entry.key == scenario; });
        QVERIFY(it != report.scenarios.cend());
        QCOMPARE(it->supported, supported);
        QCOMPARE(it->roomNow, roomNow);
        QStringList added;
        for (const InterfaceType type : it->toAdd) {
            added.append(interfaceTypeKey(type));
        }
        QCOMPARE(added.join(QLatin1Char(' ')), toAdd);
        QCOMPARE(it->reason, reason);
    }

    void concurrencyCombinationsAndTypes()
    {
        const ConcurrencyReport report = Concurrency::report(
            Situations::situation(QStringLiteral("hwsim"), QStringLiteral("p2p-device:0x2")));
        QCOMPARE(report.radioName, QStringLiteral("phy0"));
        QCOMPARE(report.combinations.size(), 1);
        QCOMPARE(report.combinations.first().summary,
                 QStringLiteral(
                     "IBSS ≤ 1, station/AP/mesh point/P2P-client/P2P-GO ≤ 2048, P2P-device ≤ 1; total ≤ "
                     "2050; 1 channel; radar detection at 20-noht, 20, 40, 80, 160, 5, 10"));
        // Every set hwsim runs needs its one combination, except station+monitor (monitor is software).
        QVERIFY(report.combinations.first().allows.contains(QStringLiteral("station+p2p")));
        QVERIFY(!report.combinations.first().allows.contains(QStringLiteral("station+monitor")));
        QCOMPARE(report.running.size(), 1);
        QVERIFY(report.running.first().assumed);
        const auto room = [&](InterfaceType type) {
            return *std::find_if(report.types.cbegin(), report.types.cend(),
                                 [type](const auto &entry) { return entry.type == type; });
        };
        QVERIFY(!room(InterfaceType::P2pDevice).roomNow);
        QCOMPARE(room(InterfaceType::P2pDevice).reason,
                 QStringLiteral("this radio allows 1 P2P-device and already has one (0x2)"));
        QVERIFY(room(InterfaceType::Station).roomNow);
        QVERIFY(room(InterfaceType::Monitor).software);
        QVERIFY(!room(InterfaceType::Nan).supported);
        QCOMPARE(room(InterfaceType::Nan).reason, QStringLiteral("phy0 does not support NAN"));
        QVERIFY(!room(InterfaceType::Ocb).roomNow);
    }
};

QTEST_GUILESS_MAIN(TestInterfacePrecheck)
#include "tst_interfaceprecheck.moc"
