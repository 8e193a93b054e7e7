// SPDX-License-Identifier: GPL-3.0-or-later
// The station table behind `stations --watch` and the helper's topic: what a dump changed, in
// joins, leaves and stations whose values moved, per interface; and the monitor's bounds.
#include "stations/stationmonitor.h"
#include "stations/stationtable.h"

#include <QTest>

using namespace Airpane;
using Airpane::Stations::StationTable;

namespace {

Station station(const QString &mac, std::uint32_t rxPackets)
{
    Station s;
    s.mac = mac;
    s.ifindex = 3;
    s.interfaceName = QStringLiteral("wlan1");
    s.rxPackets = rxPackets;
    return s;
}

const QString a = QStringLiteral("02:00:00:00:02:00");
const QString b = QStringLiteral("02:00:00:00:03:00");

} // namespace

class TestStationTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aDumpSaysWhoJoinedLeftAndChanged()
    {
        StationTable table;
        StationTable::Delta delta = table.update(QStringLiteral("wlan1"), {station(a, 1), station(b, 1)});
        QCOMPARE(delta.added, (QStringList{a, b}));
        QVERIFY(delta.changed.isEmpty() && delta.removed.isEmpty());

        // The same values again: nothing to say.
        QVERIFY(table.update(QStringLiteral("wlan1"), {station(a, 1), station(b, 1)}).isEmpty());

        // One moved, one left.
        delta = table.update(QStringLiteral("wlan1"), {station(a, 5)});
        QCOMPARE(delta.changed, QStringList{a});
        QCOMPARE(delta.removed, QStringList{b});
        QVERIFY(delta.added.isEmpty());
        QCOMPARE(table.find(QStringLiteral("wlan1"), a)->rxPackets, std::optional<std::uint32_t>(5));
        QCOMPARE(table.find(QStringLiteral("wlan1"), b), nullptr);

        // Per-TID counters are values too.
        Station tids = station(a, 5);
        tids.tidStats.append(TidStats{0, 3, 4, 0, 0, std::nullopt});
        QCOMPARE(table.update(QStringLiteral("wlan1"), {tids}).changed, QStringList{a});
    }

    void interfacesAreApart()
    {
        StationTable table;
        table.update(QStringLiteral("wlan1"), {station(a, 1)});
        table.update(QStringLiteral("wlan2"), {station(b, 1)});
        QCOMPARE(table.stations(QStringLiteral("wlan1")).size(), 1);
        const StationTable::Delta gone = table.clear(QStringLiteral("wlan1"));
        QCOMPARE(gone.removed, QStringList{a});
        QVERIFY(!table.contains(QStringLiteral("wlan1")));
        QCOMPARE(table.stations(QStringLiteral("wlan2")).size(), 1);
        QCOMPARE(StationTable::keyOf(QStringLiteral("wlan2"), b), QStringLiteral("wlan2/") + b);
    }

    void theMonitorsIntervalIsBounded()
    {
        using Stations::StationMonitor;
        QCOMPARE(StationMonitor::boundedInterval(0), 100);
        QCOMPARE(StationMonitor::boundedInterval(250), 250);
        QCOMPARE(StationMonitor::boundedInterval(1 << 30), 60000);
    }
};

QTEST_GUILESS_MAIN(TestStationTable)
#include "tst_stationtable.moc"
