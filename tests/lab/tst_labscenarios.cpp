// SPDX-License-Identifier: GPL-3.0-or-later
// Every lab scenario, checked with the reference tools inside the VM: its radios (iw list, iw dev),
// its BSSes with their SSIDs, channels, widths and security (an iw scan from a free radio), its
// Wi-Fi Direct peers (iw dev, and a reference wpa_supplicant that finds them), and its radios that
// come and go.
#include "support/command.h"
#include "support/iwscan.h"
#include "support/labscenario.h"
#include "support/p2pobserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Airpane::Lab;

namespace {

QStringList wiphyNames()
{
    static const QRegularExpression wiphy(QStringLiteral("^Wiphy (\\S+)$"),
                                          QRegularExpression::MultilineOption);
    QStringList names;
    const QString out = QString::fromUtf8(runCommand(QStringLiteral("iw"), {QStringLiteral("list")}).out);
    for (auto it = wiphy.globalMatch(out); it.hasNext();) {
        names.append(it.next().captured(1));
    }
    return names;
}

// `iw dev` as (phy index, interface name or wdev, type, addr) rows.
struct IwDevEntry
{
    QString phy;
    QString name;
    QString type;
    QString addr;
};

QList<IwDevEntry> iwDev()
{
    QList<IwDevEntry> entries;
    QString phy;
    const QString out = QString::fromUtf8(runCommand(QStringLiteral("iw"), {QStringLiteral("dev")}).out);
    for (const QString &raw : out.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (raw.startsWith(QLatin1String("phy#"))) {
            phy = raw.mid(4);
        } else if (line.startsWith(QLatin1String("Interface ")) ||
                   line.startsWith(QLatin1String("Unnamed/"))) {
            entries.append(
                {phy, line.startsWith(QLatin1String("Interface ")) ? line.mid(10) : QString(), {}, {}});
        } else if (!entries.isEmpty() && line.startsWith(QLatin1String("type "))) {
            entries.last().type = line.mid(5);
        } else if (!entries.isEmpty() && line.startsWith(QLatin1String("addr "))) {
            entries.last().addr = line.mid(5);
        }
    }
    return entries;
}

QStringList expectedAkms(const QString &security)
{
    if (security == QLatin1String("wpa2")) {
        return {QStringLiteral("PSK")};
    }
    if (security == QLatin1String("wpa3")) {
        return {QStringLiteral("SAE")};
    }
    if (security == QLatin1String("wpa2-wpa3")) {
        return {QStringLiteral("PSK"), QStringLiteral("SAE")};
    }
    if (security == QLatin1String("owe")) {
        return {QStringLiteral("OWE")};
    }
    return {};
}

int wpsConfigMethod(const QString &name)
{
    if (name == QLatin1String("display")) {
        return 0x0008;
    }
    if (name == QLatin1String("push_button")) {
        return 0x0080;
    }
    if (name == QLatin1String("keypad")) {
        return 0x0100;
    }
    return 0;
}

} // namespace

class TestLabScenarios : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM: tools/lab run -- <test>");
    }

    void scenario_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QStringLiteral(AIRPANE_SOURCE_DIR "/tools/scenarios"));
        const QStringList files = dir.entryList({QStringLiteral("*.ini")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 6);
        for (const QString &file : files) {
            const QString name = file.chopped(4);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void scenario()
    {
        QFETCH(QString, name);
        QString error;
        const LabScenario lab = LabScenario::ensure(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!lab.freeRadios().isEmpty());

        checkRadios(lab);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkAccessPoints(lab);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkPeers(lab);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkChurn(lab);
    }

private:
    void checkRadios(const LabScenario &lab)
    {
        const QStringList phys = wiphyNames();
        for (const LabRadio &radio : lab.radios) {
            QVERIFY2(phys.contains(radio.phy),
                     qPrintable(radio.phy + QStringLiteral(" missing from iw list")));
        }
        const QList<IwDevEntry> dev = iwDev();
        for (const LabAccessPoint &ap : lab.accessPoints) {
            const auto it = std::find_if(dev.begin(), dev.end(),
                                         [&](const IwDevEntry &e) { return e.name == ap.ifname; });
            QVERIFY2(it != dev.end(), qPrintable(ap.ifname + QStringLiteral(" missing from iw dev")));
            QCOMPARE(it->type, QStringLiteral("AP"));
            QCOMPARE(it->addr, ap.bssid);
        }
    }

    void checkAccessPoints(const LabScenario &lab)
    {
        if (lab.accessPoints.isEmpty()) {
            return;
        }
        const QString observer = lab.freeRadios().first().netdev;
        QMap<QString, IwBss> seen;
        QString error;
        // A crowded channel can lose a probe response; a few scans fill the kernel's BSS table.
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QList<IwBss> found =
                iwScan(observer, attempt == 0 ? QStringList{QStringLiteral("flush")} : QStringList{}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const IwBss &bss : found) {
                seen.insert(bss.bssid, bss);
            }
            if (std::all_of(lab.accessPoints.begin(), lab.accessPoints.end(),
                            [&](const LabAccessPoint &ap) { return seen.contains(ap.bssid); })) {
                break;
            }
        }
        qInfo("%s: %lld BSSes expected, %lld seen from %s", qPrintable(lab.name),
              qlonglong(lab.accessPoints.size()), qlonglong(seen.size()), qPrintable(observer));

        for (const LabAccessPoint &ap : lab.accessPoints) {
            const QByteArray what =
                (ap.name + QStringLiteral(" (") + ap.bssid + QStringLiteral(")")).toUtf8();
            QVERIFY2(seen.contains(ap.bssid), what.constData());
            const IwBss &bss = seen[ap.bssid];
            QCOMPARE(bss.frequency(), ap.frequency);
            if (ap.hidden) {
                QVERIFY2(bss.ssid().isEmpty(), what.constData());
            } else {
                QCOMPARE(bss.ssid(), ap.ssid);
            }
            QCOMPARE(bss.hasSection(QStringLiteral("RSN")), ap.security != QLatin1String("open"));
            QCOMPARE(bss.authSuites(), expectedAkms(ap.security));
            if (ap.band == QLatin1String("2.4")) {
                QCOMPARE(bss.value({}, QStringLiteral("DS Parameter set")).value_or(QString()),
                         QStringLiteral("channel %1").arg(ap.channel));
            }
            if (ap.band != QLatin1String("6")) {
                QCOMPARE(bss.value(QStringLiteral("HT operation"), QStringLiteral("primary channel"))
                             .value_or(QString()),
                         QString::number(ap.channel));
            } else {
                QVERIFY2(bss.hasSection(QStringLiteral("HE capabilities")), what.constData());
            }
            const QString offset =
                bss.value(QStringLiteral("HT operation"), QStringLiteral("secondary channel offset"))
                    .value_or(QString());
            if (ap.width >= 40 && ap.band != QLatin1String("6")) {
                QVERIFY2(offset == QLatin1String("above") || offset == QLatin1String("below"),
                         what.constData());
            } else if (ap.band != QLatin1String("6")) {
                QCOMPARE(offset, QStringLiteral("no secondary"));
            }
            if (ap.width == 80 && ap.band == QLatin1String("5")) {
                QCOMPARE(bss.value(QStringLiteral("VHT operation"), QStringLiteral("channel width"))
                             .value_or(QString()),
                         QStringLiteral("1 (80 MHz)"));
            }
        }

        // A hidden SSID answers a probe request that names it.
        for (const LabAccessPoint &ap : lab.accessPoints) {
            if (!ap.hidden) {
                continue;
            }
            const QList<IwBss> directed = iwScan(
                observer,
                {QStringLiteral("freq"), QString::number(ap.frequency), QStringLiteral("ssid"), ap.ssid},
                &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // cfg80211 keeps the probe response beside the hidden beacon: two entries, one BSSID.
            const bool revealed = std::any_of(directed.begin(), directed.end(), [&](const IwBss &b) {
                return b.bssid == ap.bssid && b.ssid() == ap.ssid;
            });
            QVERIFY2(revealed, qPrintable(ap.ssid));
        }
    }

    void checkPeers(const LabScenario &lab)
    {
        if (lab.peers.isEmpty()) {
            return;
        }
        const QList<IwDevEntry> dev = iwDev();
        for (const LabPeer &peer : lab.peers) {
            const LabRadio &radio = lab.radios[peer.radio];
            const auto it = std::find_if(dev.begin(), dev.end(), [&](const IwDevEntry &e) {
                return e.type == QLatin1String("P2P-device") && e.addr == peer.deviceAddress &&
                       QStringLiteral("phy") + e.phy == radio.phy;
            });
            QVERIFY2(it != dev.end(), qPrintable(peer.name + QStringLiteral(": no P2P-device in iw dev")));
        }

        P2pObserver observer(lab.freeRadios().first().netdev);
        QString error;
        QVERIFY2(observer.start(&error), qPrintable(error));
        for (const LabPeer &peer : lab.peers) {
            const QMap<QString, QString> found = observer.waitForPeer(peer.deviceAddress, 20000);
            QVERIFY2(!found.isEmpty(), qPrintable(peer.name + QStringLiteral(" not found by P2P_FIND")));
            QCOMPARE(found.value(QStringLiteral("device_name")), peer.deviceName);
            QCOMPARE(found.value(QStringLiteral("pri_dev_type")), peer.deviceType);
            bool ok = false;
            const int methods = found.value(QStringLiteral("config_methods")).toInt(&ok, 16);
            QVERIFY(ok);
            for (const QString &method : peer.configMethods.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                QVERIFY2(methods & wpsConfigMethod(method),
                         qPrintable(peer.name + QLatin1Char(' ') + method + QStringLiteral(" not in ") +
                                    found.value(QStringLiteral("config_methods"))));
            }
        }
    }

    void checkChurn(const LabScenario &lab)
    {
        if (lab.churnPeriod <= 0) {
            return;
        }
        bool appeared = false;
        bool disappeared = false;
        QElapsedTimer timer;
        timer.start();
        while (!(appeared && disappeared) &&
               timer.elapsed() < std::max<qint64>(30000, qint64(lab.churnPeriod * 3000))) { // hang guard
            const bool present = wiphyNames().filter(QRegularExpression(QStringLiteral("^churn"))).size() > 0;
            appeared |= present;
            disappeared |= appeared && !present;
            QThread::msleep(100);
        }
        QVERIFY2(appeared, "no radio was added");
        QVERIFY2(disappeared, "the added radio was not removed");
    }
};

QTEST_GUILESS_MAIN(TestLabScenarios)
#include "tst_labscenarios.moc"
