// SPDX-License-Identifier: GPL-3.0-or-later
// End to end in the clients scenario (issue 21): the real helper with the real dbus-daemon and
// polkitd, the GUI as an unprivileged user on its "Link and clients" page (guistationsclient),
// driven command by command. An access point's two clients, WPA2 and WPA3, are shown with the
// values `iw dev X station dump -v` prints, field by field as the parity tests compare them; a third
// client joining and one leaving come with the very next update; a station interface's counters
// move with a ping flood and match `iw dev X station get`; and the kernel reports no scan while the
// page is open. Screenshots: lab-stations-clients.png, lab-stations-link.png.
#include "parity/parity.h"
#include "support/command.h"
#include "support/extrastation.h"
#include "support/labscenario.h"
#include "support/lineprocess.h"

#include "labuser.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <ctime>

using namespace Airpane;
using namespace Airpane::Lab;

namespace {

const QString outDir = QStringLiteral("/tmp/airpane-stations");
const QString thirdMac = QStringLiteral("8c:f5:a3:21:00:04");

qint64 boottimeMs()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

QByteArray iw(const QStringList &args)
{
    return runCommand(QStringLiteral("iw"), args).out;
}

// OURS in the shape of the helper's JSON (SHAPE, from airpane-cli): a field the page shows no row
// for is null there, as JSON.md has a value the driver did not report.
QJsonObject shaped(const QJsonObject &shape, const QJsonObject &ours)
{
    QJsonObject result = ours;
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        const QJsonValue mine = ours.value(it.key());
        if (mine.isUndefined()) {
            result.insert(it.key(), QJsonValue::Null);
        } else if (mine.isObject() && it.value().isObject()) {
            result.insert(it.key(), shaped(it.value().toObject(), mine.toObject()));
        }
    }
    return result;
}

// The shape of a station with every field, rates included, as airpane-cli prints it for INTERFACE.
QJsonObject stationShape(const QString &interface)
{
    const QJsonArray stations =
        QJsonDocument::fromJson(runCommand(QStringLiteral(AIRPANE_CLI),
                                           {QStringLiteral("stations"), interface, QStringLiteral("--json")})
                                    .out)
            .array();
    QJsonObject shape = stations.first().toObject();
    QJsonObject rate;
    for (const char *key :
         {"mbps", "htMcs", "vhtMcs", "vhtNss", "heMcs", "heNss", "heGi", "heDcm", "heRuAlloc", "ehtMcs",
          "ehtNss", "ehtGi", "ehtRuAlloc", "widthMhz", "eightyPlusEighty", "shortGi"}) {
        rate.insert(QLatin1String(key), QJsonValue::Null);
    }
    shape.insert(QStringLiteral("txRate"), rate);
    shape.insert(QStringLiteral("rxRate"), rate);
    return shape;
}

} // namespace

class TestGuiStations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM");
        QString error;
        m_lab = LabScenario::ensure(QStringLiteral("clients"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_ap = m_lab.accessPoints.value(0);
        m_laptop = m_lab.stations.value(0);
        m_free = m_lab.radios.value(4).netdev;
        const QString started = startGuiLab(outDir);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // The kernel's own word on scans, while the page is open.
        QVERIFY(m_events.start(QStringLiteral("iw"), {QStringLiteral("event"), QStringLiteral("-t")}));
        QVERIFY(m_gui.start(QStringLiteral("runuser"),
                            asGuiUser(outDir, underXvfb({QStringLiteral(AIRPANE_STATIONS_CLIENT)}))));
        const QJsonObject ready = ask(QStringLiteral("ready"), 180000);
        QVERIFY2(ready[u"ready"].toBool(), qPrintable(QString::fromLocal8Bit(m_gui.errors())));
        QVERIFY(ready[u"interfaces"].toArray().contains(m_ap.ifname));
        QVERIFY(ready[u"interfaces"].toArray().contains(m_laptop.ifname));
    }

    void anAccessPointsClientsWithIwsValues()
    {
        QCOMPARE(ask(QStringLiteral("show %1 1000").arg(m_ap.ifname))[u"intervalMs"].toInt(), 1000);
        QCOMPARE(ask(QStringLiteral("wait-rows 2 60000"))[u"rows"].toInt(), 2);
        const QStringList dump{QStringLiteral("dev"), m_ap.ifname, QStringLiteral("station"),
                               QStringLiteral("dump"), QStringLiteral("-v")};
        Bracket bracket;
        bracket.realtimeMinusBoottimeMs = QDateTime::currentMSecsSinceEpoch() - boottimeMs();
        bracket.beforeMs = QDateTime::currentMSecsSinceEpoch();
        const IwStations first = parseIwStations(iw(dump));
        // Three updates: the values shown were read by the kernel after iw's first read.
        QVERIFY(ask(QStringLiteral("wait-updates 3 30000"))[u"updates"].toInt() >= 3);
        QHash<QString, QJsonObject> shown;
        for (const IwStation &station : first.stations) {
            shown.insert(station.mac, ask(QStringLiteral("export %1/%2").arg(m_ap.ifname, station.mac)));
        }
        const IwStations second = parseIwStations(iw(dump));
        bracket.afterMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(first.stations.size(), 2);
        const QJsonObject shape = stationShape(m_ap.ifname);
        ParityReport all(m_ap.ifname);
        for (const IwStation &station : first.stations) {
            ParityReport report(
                QStringLiteral("%1 client %2 as the GUI shows it").arg(m_ap.ifname, station.mac));
            compareStation(station, second.find(station.mac),
                           shaped(shape, shown[station.mac][u"station"].toObject()), bracket, report);
            report.uncompared(*station.node);
            all.merge(report);
            // The table's row says the same in words; the vendor comes from the OUI registry.
            const QJsonArray row = shown[station.mac][u"row"].toArray();
            QCOMPARE(row[0].toString(), station.mac);
            QVERIFY2(row[2].toString().startsWith(
                         shown[station.mac][u"station"][u"signalDbm"].toVariant().toString()),
                     qPrintable(row[2].toString()));
        }
        QVERIFY2(all.verdict(), qPrintable(all.mismatches().value(0)));
        const QJsonArray phone = shown.value(m_lab.stations.value(1).mac)[u"row"].toArray();
        QCOMPARE(phone[1].toString(), QStringLiteral("Apple, Inc."));
        const QJsonObject laptopClient = shown.value(m_laptop.mac)[u"station"].toObject();
        QCOMPARE(laptopClient[u"mfp"].toBool(), false);                                        // WPA2
        QCOMPARE(shown.value(m_lab.stations.value(1).mac)[u"station"][u"mfp"].toBool(), true); // WPA3
        shoot(QStringLiteral("stations-clients"));
    }

    void aThirdJoinsAndOneLeavesWithTheNextUpdate()
    {
        // An update a minute: what comes sooner came from the kernel's NEW_STATION and DEL_STATION.
        QCOMPARE(ask(QStringLiteral("show %1 60000").arg(m_ap.ifname))[u"intervalMs"].toInt(), 60000);
        QCOMPARE(ask(QStringLiteral("wait-rows 2 60000"))[u"rows"].toInt(), 2);
        ask(QStringLiteral("mark"));
        ExtraStation third(m_free, thirdMac);
        QString error;
        QVERIFY2(third.join(m_ap.ssid, QStringLiteral("correct horse battery"), m_ap.frequency, &error),
                 qPrintable(error));
        const QString key = m_ap.ifname + QLatin1Char('/') + thirdMac;
        QJsonObject joined = ask(QStringLiteral("wait-row %1 present 45000").arg(key));
        QVERIFY2(joined[u"found"].toBool(), "the third client did not appear before the next poll");
        QCOMPARE(joined[u"updatesBefore"].toInt(), 0);
        QVERIFY(joined[u"inTable"].toBool());
        ask(QStringLiteral("mark"));
        QVERIFY(third.leave());
        const QJsonObject left = ask(QStringLiteral("wait-row %1 absent 45000").arg(key));
        QVERIFY2(left[u"found"].toBool(), "the leaving client stayed until the next poll");
        QCOMPARE(left[u"updatesBefore"].toInt(), 0);
        QVERIFY(!left[u"inTable"].toBool());
    }

    void aLinksCountersMoveWithTrafficAndMatchIw()
    {
        const QJsonObject shown = ask(QStringLiteral("show %1 100").arg(m_laptop.ifname));
        QCOMPARE(shown[u"intervalMs"].toInt(), 100);
        QVERIFY(!shown[u"clients"].toBool());
        QCOMPARE(ask(QStringLiteral("wait-rows 1 60000"))[u"rows"].toInt(), 1);
        const QString key = m_laptop.ifname + QLatin1Char('/') + m_ap.bssid;
        // A flood prints two bytes a packet: unread, they would fill the pipe and stop it.
        QProcess ping;
        ping.setStandardOutputFile(QProcess::nullDevice());
        ping.start(QStringLiteral("ping"), {QStringLiteral("-f"), QStringLiteral("-w"), QStringLiteral("60"),
                                            QStringLiteral("10.77.21.1")});
        QVERIFY(ping.waitForStarted());
        // While the flood runs, every look shows more frames both ways, within iw's reads around it.
        const QStringList get{QStringLiteral("dev"), m_laptop.ifname, QStringLiteral("station"),
                              QStringLiteral("get"), m_ap.bssid};
        qint64 lastReceived = -1;
        qint64 lastSent = -1;
        for (int look = 0; look < 5; ++look) {
            const IwStations before = parseIwStations(iw(get));
            ask(QStringLiteral("wait-updates 3 30000"));
            const QJsonObject station = ask(QStringLiteral("export %1").arg(key))[u"station"].toObject();
            const IwStations after = parseIwStations(iw(get));
            QVERIFY(before.find(m_ap.bssid) && after.find(m_ap.bssid));
            for (const auto &[field, line] :
                 {std::pair{"rxPackets", "rx packets"}, std::pair{"txPackets", "tx packets"},
                  std::pair{"rxBytes", "rx bytes"}, std::pair{"txBytes", "tx bytes"}}) {
                const qint64 low =
                    iwNumber(*before.find(m_ap.bssid)->node->field(QLatin1String(line))).value_or(-1);
                const qint64 high =
                    iwNumber(*after.find(m_ap.bssid)->node->field(QLatin1String(line))).value_or(-1);
                const qint64 ours = station[QLatin1String(field)].toInteger(-1);
                QVERIFY2(low <= ours && ours <= high, qPrintable(QStringLiteral("%1: %2 not in %3..%4")
                                                                     .arg(QLatin1String(field))
                                                                     .arg(ours)
                                                                     .arg(low)
                                                                     .arg(high)));
            }
            qInfo("look %d: %lld packets in, %lld out", look, station[u"rxPackets"].toInteger(),
                  station[u"txPackets"].toInteger());
            QVERIFY2(station[u"rxPackets"].toInteger() > lastReceived &&
                         station[u"txPackets"].toInteger() > lastSent,
                     "the counters did not move while the ping flood ran");
            lastReceived = station[u"rxPackets"].toInteger();
            lastSent = station[u"txPackets"].toInteger();
        }
        // A few seconds of history for the chart, then the flood ends.
        ask(QStringLiteral("wait-updates 40 60000"));
        shoot(QStringLiteral("stations-link"));
        ping.kill();
        ping.waitForFinished();

        // Quiet again: every field as `iw dev X station get` prints it.
        ask(QStringLiteral("wait-updates 5 30000"));
        Bracket bracket;
        bracket.realtimeMinusBoottimeMs = QDateTime::currentMSecsSinceEpoch() - boottimeMs();
        bracket.beforeMs = QDateTime::currentMSecsSinceEpoch();
        const IwStations first = parseIwStations(iw(get));
        ask(QStringLiteral("wait-updates 3 30000"));
        const QJsonObject ours = ask(QStringLiteral("export %1").arg(key))[u"station"].toObject();
        const IwStations second = parseIwStations(iw(get));
        bracket.afterMs = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(first.stations.size(), 1);
        ParityReport report(QStringLiteral("%1's link as the GUI shows it").arg(m_laptop.ifname));
        compareStation(first.stations.first(), second.find(m_ap.bssid),
                       shaped(stationShape(m_laptop.ifname), ours), bracket, report);
        report.uncompared(*first.stations.first().node);
        QVERIFY2(report.verdict(), qPrintable(report.mismatches().value(0)));
    }

    // Last: the page was open for all of the above.
    void theKernelReportsNoScan()
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

    void cleanupTestCase()
    {
        m_gui.write("quit");
        m_gui.stop();
        QFile log(QStringLiteral(AIRPANE_ARTIFACTS_DIR "/lab-stations-gui.log"));
        if (log.open(QIODevice::WriteOnly)) {
            log.write(m_gui.errors());
        }
    }

private:
    // Sends COMMAND to the GUI and returns its answer (empty after HANG guard).
    QJsonObject ask(const QString &command, int timeoutMs = 120000)
    {
        m_gui.write(command.toUtf8());
        const QString name = command.section(QLatin1Char(' '), 0, 0);
        return m_gui
            .waitForJson([&](const QJsonObject &line) { return line[u"command"].toString() == name; },
                         timeoutMs)
            .value_or(QJsonObject());
    }

    void shoot(const QString &name)
    {
        const QString file = outDir + QLatin1Char('/') + name + QStringLiteral(".png");
        QCOMPARE(ask(QStringLiteral("screenshot %1").arg(file))[u"error"].toString(), QString());
        QCOMPARE(QImage(file).size(), QSize(1600, 1000));
        const QString target = QStringLiteral(AIRPANE_ARTIFACTS_DIR "/lab-%1.png").arg(name);
        QFile::remove(target);
        QVERIFY(QFile::copy(file, target));
    }

    LabScenario m_lab;
    LabAccessPoint m_ap;
    LabStation m_laptop;
    QString m_free;
    LineProcess m_events;
    LineProcess m_gui;
};

QTEST_GUILESS_MAIN(TestGuiStations)
#include "tst_guistations.moc"
