// SPDX-License-Identifier: GPL-3.0-or-later
// Stations followed live in the clients scenario, below the GUI: the backend's station monitor
// reads the kernel only while someone watches; `airpane-cli stations --watch` sees a third client
// join and one leave by the kernel's events, long before its next poll; a link's counters move with
// a ping flood; the helper bounds the rate a client asks for and paces its signals to it; and none
// of this scans (the kernel's scan events stay silent).
#include "support/command.h"
#include "support/extrastation.h"
#include "support/labscenario.h"
#include "support/lineprocess.h"

#include "core/backend.h"
#include "stations/stationmonitor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace Airpane;
using namespace Airpane::Lab;

namespace {

// What the third client is: a radio the scenario leaves free, an address with a real OUI.
const QString thirdMac = QStringLiteral("8c:f5:a3:21:00:04");

QList<QJsonObject> probe(const QStringList &args, int timeoutMs = 60000)
{
    const CommandResult result =
        runCommand(QStringLiteral("runuser"),
                   QStringList{QStringLiteral("-u"), QStringLiteral("airpane-allowed"), QStringLiteral("--"),
                               QStringLiteral(AIRPANE_PROBE)} +
                       args,
                   timeoutMs);
    QList<QJsonObject> lines;
    for (const QByteArray &line : result.out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return lines;
}

QJsonObject lineOf(const QList<QJsonObject> &lines, const QString &key, const QString &value)
{
    for (const QJsonObject &line : lines) {
        if (line[key].toString() == value) {
            return line;
        }
    }
    return {};
}

} // namespace

class TestStations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM");
        QString error;
        m_lab = LabScenario::ensure(QStringLiteral("clients"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_lab.accessPoints.size(), 1);
        QCOMPARE(m_lab.stations.size(), 2);
        m_ap = m_lab.accessPoints.first();
        m_laptop = m_lab.stations.first();
        QCOMPARE(m_laptop.name, QStringLiteral("laptop"));
        m_free = m_lab.radios.value(4).netdev;
        QCOMPARE(m_lab.radios.value(4).role, QStringLiteral("free"));
        // The kernel's own word on scans, for the whole test.
        QVERIFY(m_events.start(QStringLiteral("iw"), {QStringLiteral("event"), QStringLiteral("-t")}));
    }

    void theMonitorReadsOnlyWhileWatched()
    {
        Backend backend;
        QString error;
        QVERIFY2(backend.start(&error), qPrintable(error));
        QVERIFY(backend.waitForReady(30000));
        Stations::StationMonitor monitor(&backend);
        QObject watcher;
        QCOMPARE(monitor.watch(&watcher, {m_laptop.ifname}, 1), Stations::StationMonitor::minimumIntervalMs);
        QCOMPARE(monitor.intervalOf(m_laptop.ifname), 100);
        // The link has one station: the access point.
        QTRY_VERIFY_WITH_TIMEOUT(monitor.dumpCount() >= 10, 30000); // hang guard
        const QList<Station> stations = monitor.table().stations(m_laptop.ifname);
        QCOMPARE(stations.size(), 1);
        QCOMPARE(stations.first().mac, m_ap.bssid);
        QCOMPARE(stations.first().interfaceName, m_laptop.ifname);
        QVERIFY(!stations.first().tidStats.isEmpty());

        // A second watcher at a slower pace: the interface is read at the faster one.
        QObject slow;
        monitor.watch(&slow, {m_laptop.ifname, m_ap.ifname}, 1000000);
        QCOMPARE(monitor.intervalOf(m_laptop.ifname), 100);
        QCOMPARE(monitor.intervalOf(m_ap.ifname), Stations::StationMonitor::maximumIntervalMs);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.table().stations(m_ap.ifname).size(), 2, 30000);

        // Nobody watches: no more reads, and what it knew is gone.
        monitor.unwatch(&watcher);
        monitor.unwatch(&slow);
        QVERIFY(monitor.watched().isEmpty());
        const int dumps = monitor.dumpCount();
        QTest::qWait(2000);
        QCOMPARE(monitor.dumpCount(), dumps);
        QVERIFY(monitor.table().stations(m_laptop.ifname).isEmpty());

        // A watcher that goes ends its watch.
        {
            QObject gone;
            monitor.watch(&gone, {m_laptop.ifname}, 100);
            QCOMPARE(monitor.watched(), QStringList{m_laptop.ifname});
        }
        QVERIFY(monitor.watched().isEmpty());
    }

    void aThirdJoinsAndOneLeavesByTheKernelsEvents()
    {
        // Read every minute: a join or leave seen within 45 s came from the kernel's events.
        LineProcess cli;
        QVERIFY(cli.start(QStringLiteral(AIRPANE_CLI),
                          {QStringLiteral("stations"), m_ap.ifname, QStringLiteral("--watch"),
                           QStringLiteral("--interval"), QStringLiteral("60000"), QStringLiteral("--json")}));
        for (const LabStation &station : std::as_const(m_lab.stations)) {
            QVERIFY2(cli.waitForJson(
                         [&](const QJsonObject &line) {
                             return line[u"change"].toString() == QLatin1String("joined") &&
                                    line[u"mac"].toString() == station.mac;
                         },
                         30000),
                     qPrintable(station.mac + QStringLiteral(" is not listed")));
        }
        ExtraStation third(m_free, thirdMac);
        QString error;
        QVERIFY2(third.join(m_ap.ssid, QStringLiteral("correct horse battery"), m_ap.frequency, &error),
                 qPrintable(error));
        const auto joined = cli.waitForJson(
            [](const QJsonObject &line) { return line[u"mac"].toString() == thirdMac; }, 45000);
        QVERIFY2(joined, "the third station's join did not come before the next poll");
        QCOMPARE((*joined)[u"change"].toString(), QStringLiteral("joined"));
        QCOMPARE((*joined)[u"station"][u"vendor"].toString(),
                 QStringLiteral("SAMSUNG ELECTRO-MECHANICS(THAILAND)"));

        QVERIFY(third.leave());
        const auto left = cli.waitForJson(
            [](const QJsonObject &line) {
                return line[u"mac"].toString() == thirdMac &&
                       line[u"change"].toString() == QLatin1String("left");
            },
            45000);
        QVERIFY2(left, "the leave did not come before the next poll");
    }

    void theLinksCountersMoveWithTraffic()
    {
        LineProcess cli;
        QVERIFY(cli.start(QStringLiteral(AIRPANE_CLI),
                          {QStringLiteral("stations"), m_laptop.ifname, QStringLiteral("--watch"),
                           QStringLiteral("--interval"), QStringLiteral("100"), QStringLiteral("--json")}));
        QVERIFY(cli.waitForJson(
            [](const QJsonObject &line) { return line[u"change"].toString() == QLatin1String("joined"); },
            30000));
        // A flood prints two bytes a packet: unread, they would fill the pipe and stop it.
        QProcess ping;
        ping.setStandardOutputFile(QProcess::nullDevice());
        ping.start(QStringLiteral("ping"), {QStringLiteral("-f"), QStringLiteral("-w"), QStringLiteral("30"),
                                            QStringLiteral("10.77.21.1")});
        QVERIFY(ping.waitForStarted());
        QList<qint64> received;
        QList<qint64> sent;
        cli.waitForJson(
            [&](const QJsonObject &line) {
                if (line[u"changed"].toArray().contains(QStringLiteral("rxPackets"))) {
                    received.append(line[u"station"][u"rxPackets"].toInteger());
                    sent.append(line[u"station"][u"txPackets"].toInteger());
                }
                return received.size() >= 20;
            },
            60000);
        ping.kill();
        ping.waitForFinished();
        QVERIFY2(received.size() >= 20, "the link's counters did not move while the ping flood ran");
        QVERIFY(std::is_sorted(received.begin(), received.end()));
        QVERIFY(std::is_sorted(sent.begin(), sent.end()));
        // A flood, not beacons: hundreds of frames each way.
        QVERIFY2(received.last() - received.first() > 200, qPrintable(QString::number(received.last())));
        QVERIFY2(sent.last() - sent.first() > 200, qPrintable(QString::number(sent.last())));
    }

    void theHelperBoundsTheRateAndPacesItsSignals()
    {
        const CommandResult services =
            runCommand(QStringLiteral(AIRPANE_SOURCE_DIR "/tools/lab-guest/system-services"),
                       {QStringLiteral("start"), QStringLiteral(AIRPANE_BUILD_DIR)}, 180000);
        QVERIFY2(services.ok(), services.err.constData());
        // Faster than ten a second is not granted.
        QList<QJsonObject> lines =
            probe({QStringLiteral("watch-stations"), m_ap.ifname, QStringLiteral("10"), QStringLiteral("2")});
        QCOMPARE(
            lineOf(lines, QStringLiteral("call"), QStringLiteral("WatchStations"))[u"intervalMs"].toInt(),
            100);
        // One a second for six seconds: the first signal with both clients, then at most one a second.
        lines = probe(
            {QStringLiteral("watch-stations"), m_ap.ifname, QStringLiteral("1000"), QStringLiteral("6")});
        QCOMPARE(lineOf(lines, QStringLiteral("call"), QStringLiteral("WatchStations"))[u"error"].toString(),
                 QString());
        const QJsonObject first = lineOf(lines, QStringLiteral("signal"), QStringLiteral("StationsChanged"));
        QCOMPARE(first[u"changed"].toArray().size(), 2);
        const int count =
            lineOf(lines, QStringLiteral("summary"), QStringLiteral("stations"))[u"signals"].toInt();
        QVERIFY2(count >= 2 && count <= 8, qPrintable(QString::number(count)));
        // Names are checked, and the interfaces must exist.
        for (const auto &[name, error] :
             {std::pair{QStringLiteral("nosuch0"), QStringLiteral("org.airpane.Helper1.Error.NotFound")},
              std::pair{QStringLiteral("wl/an0"),
                        QStringLiteral("org.airpane.Helper1.Error.InvalidArgument")}}) {
            lines =
                probe({QStringLiteral("watch-stations"), name, QStringLiteral("1000"), QStringLiteral("1")});
            QCOMPARE(
                lineOf(lines, QStringLiteral("call"), QStringLiteral("WatchStations"))[u"error"].toString(),
                error);
        }
        QStringList many;
        for (int i = 0; i < 17; ++i) {
            many.append(m_ap.ifname);
        }
        lines = probe(
            {QStringLiteral("watch-stations"), many.join(u','), QStringLiteral("1000"), QStringLiteral("1")});
        QCOMPARE(lineOf(lines, QStringLiteral("call"), QStringLiteral("WatchStations"))[u"error"].toString(),
                 QStringLiteral("org.airpane.Helper1.Error.InvalidArgument"));
    }

    // Last: everything above watched stations, at up to ten reads a second.
    void nothingOfThisScanned()
    {
        m_events.stop();
        QVERIFY2(!m_events.lines().isEmpty(), "iw event heard nothing: the joins and leaves should show");
        for (const QByteArray &line : m_events.lines()) {
            // The third client's own wpa_supplicant scans to find the AP; nothing else may.
            if (!line.contains(QByteArray(m_free.toLatin1() + ' '))) {
                QVERIFY2(!line.contains("scan"), line.constData());
            }
        }
    }

private:
    LabScenario m_lab;
    LabAccessPoint m_ap;
    LabStation m_laptop;
    QString m_free;
    LineProcess m_events;
};

QTEST_GUILESS_MAIN(TestStations)
#include "tst_stations.moc"
