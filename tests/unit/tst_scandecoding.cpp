// SPDX-License-Identifier: GPL-3.0-or-later
// GET_SCAN replies recorded in the lab, decoded into BSSes: SSIDs, channels and widths, security
// and standard as the scenarios' hostapd configurations set them up.
#include "recording.h"

#include "elements/security.h"
#include "scan/bssfactory.h"
#include "scan/bssrecord.h"
#include "scan/bsstable.h"
#include "scan/ouiregistry.h"

#include <QDir>
#include <QTest>

using namespace Airpane;

namespace {

QList<Bss> decodeScan(const QString &scenario)
{
    QList<Bss> bsses;
    const QDir dir(QStringLiteral(AIRPANE_TEST_DATA_DIR "/nl80211/") + scenario);
    const QStringList files = dir.entryList({QStringLiteral("scan-*.nl")});
    if (files.isEmpty()) {
        return {};
    }
    // The observer (radio 0 of the scenario) has the lowest phy number.
    QString first = files.first();
    for (const QString &file : files) {
        if (file.mid(8).chopped(3).toInt() < first.mid(8).chopped(3).toInt()) {
            first = file;
        }
    }
    const Recording recording(scenario, first.chopped(3));
    for (const Netlink::GenericMessage &message : recording.genericMessages()) {
        Scan::BssRecord record;
        if (const char *error = Scan::decodeBssRecord(message.attributes, record)) {
            qWarning("%s", error);
            return {};
        }
        bsses.append(Scan::makeBss(record, 0));
    }
    return bsses;
}

const Bss *bySsid(const QList<Bss> &bsses, const QString &ssid)
{
    for (const Bss &bss : bsses) {
        if (bss.ssid == ssid) {
            return &bss;
        }
    }
    return nullptr;
}

} // namespace

class TestScanDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demo()
    {
        const QList<Bss> bsses = decodeScan(QStringLiteral("demo"));
        QVERIFY(bsses.size() >= 3);
        const Bss *office = bySsid(bsses, QStringLiteral("Airpane Office"));
        QVERIFY(office);
        QCOMPARE(office->bssid, QStringLiteral("02:00:00:00:01:00"));
        QCOMPARE(office->placement.primaryChannel, 6);
        QCOMPARE(office->placement.widthMhz, 40);
        QCOMPARE(office->placement.centerFrequency, 2447);
        QCOMPARE(office->security.kind, Elements::SecurityKind::Wpa2Wpa3Personal);
        QCOMPARE(office->security.pmf, Elements::ProtectedManagementFrames::Capable);
        QCOMPARE(office->standard, Elements::Standard::N);
        const Bss *cafe = bySsid(bsses, QStringLiteral("Café Lumière"));
        QVERIFY(cafe); // UTF-8 SSID
        QCOMPARE(cafe->security.kind, Elements::SecurityKind::Wpa2Personal);
        QCOMPARE(Elements::akmNames(cafe->summary), QStringList{QStringLiteral("PSK")});
        QCOMPARE(Elements::pairwiseCipherNames(cafe->summary), QStringList{QStringLiteral("CCMP-128")});
        if (const Bss *five = bySsid(bsses, QStringLiteral("Airpane 5G"))) {
            QCOMPARE(five->placement.widthMhz, 80);
            QCOMPARE(five->placement.centerFrequency, 5210);
            QCOMPARE(five->security.kind, Elements::SecurityKind::Wpa3Personal);
            QCOMPARE(five->security.pmf, Elements::ProtectedManagementFrames::Required);
            QCOMPARE(five->standard, Elements::Standard::Ac);
        }
        for (const Bss &bss : bsses) {
            QVERIFY(bss.signalDbm);
            QVERIFY(bss.lastSeenBoottimeNs);
            QVERIFY(!bss.summary.malformed);
            QCOMPARE(bss.summary.hasCountry, true);
        }
    }

    void security()
    {
        const QList<Bss> bsses = decodeScan(QStringLiteral("security"));
        QVERIFY(bsses.size() >= 6);
        const QList<std::pair<QString, Elements::SecurityKind>> expected = {
            {QStringLiteral("lab-open"), Elements::SecurityKind::Open},
            {QStringLiteral("lab-wpa2"), Elements::SecurityKind::Wpa2Personal},
            {QStringLiteral("lab-transition"), Elements::SecurityKind::Wpa2Wpa3Personal},
            {QStringLiteral("lab-ht40"), Elements::SecurityKind::Wpa3Personal},
            {QStringLiteral("lab-owe"), Elements::SecurityKind::Owe},
            {QStringLiteral("lab-vht80"), Elements::SecurityKind::Wpa2Personal},
        };
        for (const auto &[ssid, kind] : expected) {
            const Bss *bss = bySsid(bsses, ssid);
            QVERIFY2(bss, qPrintable(ssid));
            QCOMPARE(bss->security.kind, kind);
        }
        QCOMPARE(bySsid(bsses, QStringLiteral("lab-ht40"))->placement.widthMhz, 40);
        QCOMPARE(bySsid(bsses, QStringLiteral("lab-vht80"))->placement.widthMhz, 80);
        // lab-hidden: a beacon without SSID, and the probe response that names it.
        const auto hidden = std::count_if(bsses.begin(), bsses.end(), [](const Bss &b) {
            return b.bssid == QLatin1String("02:00:00:00:04:00");
        });
        QVERIFY(hidden >= 1);
        // Several SSIDs of one radio are one access point.
        QCOMPARE(bySsid(bsses, QStringLiteral("lab-open"))->bssid.left(14), QStringLiteral("02:00:00:00:01"));
    }

    // Wi-Fi Direct devices answering probes (SSID "DIRECT-", a P2P element, the privacy bit) are
    // devices, not WEP networks (the lab's p2p scenario: three listening wpa_supplicant peers).
    void p2pDevicesAreNotNetworks()
    {
        const QList<Bss> bsses = decodeScan(QStringLiteral("p2p"));
        int devices = 0;
        for (const Bss &bss : bsses) {
            if (bss.ssid == QLatin1String("DIRECT-")) {
                ++devices;
                QVERIFY(bss.summary.hasP2p);
                QCOMPARE(bss.security.kind, Elements::SecurityKind::P2pDevice);
                QCOMPARE(Elements::securityKey(bss.security.kind), QStringLiteral("p2p-device"));
                QCOMPARE(Elements::securityDisplayName(bss.security.kind),
                         QStringLiteral("Wi-Fi Direct device"));
            }
        }
        QVERIFY(devices > 0);
        // Without its P2P element the same answer is a WEP network.
        Elements::ElementSummary summary;
        summary.ssidLength = 7;
        std::copy_n("DIRECT-", 7, summary.ssid.begin());
        QCOMPARE(Elements::classifySecurity(0x0010, summary).kind, Elements::SecurityKind::Wep);
        summary.hasP2p = true;
        QCOMPARE(Elements::classifySecurity(0x0010, summary).kind, Elements::SecurityKind::P2pDevice);
    }

    void sixGigahertz()
    {
        const QList<Bss> bsses = decodeScan(QStringLiteral("sixghz"));
        const Bss *six = bySsid(bsses, QStringLiteral("lab-6ghz"));
        QVERIFY(six);
        QCOMPARE(six->frequency, 5975);
        QCOMPARE(six->placement.band, BandId::Band6GHz);
        QCOMPARE(six->placement.primaryChannel, 5); // not 195
        QCOMPARE(six->standard, Elements::Standard::Ax);
        QVERIFY(six->summary.hasHeOperation);
        QCOMPARE(six->security.kind, Elements::SecurityKind::Wpa3Personal);
        const Bss *five = bySsid(bsses, QStringLiteral("lab-5ghz-he"));
        QVERIFY(five);
        QCOMPARE(five->placement.widthMhz, 80);
        QCOMPARE(five->standard, Elements::Standard::Ax);
    }

    void crowdedHall()
    {
        const QList<Bss> bsses = decodeScan(QStringLiteral("hall"));
        QVERIFY2(bsses.size() >= 200, qPrintable(QString::number(bsses.size())));
        QMap<int, int> perChannel;
        QMap<Elements::SecurityKind, int> perSecurity;
        for (const Bss &bss : bsses) {
            QVERIFY(bss.ssid.startsWith(QLatin1String("Hall ")));
            ++perChannel[bss.placement.primaryChannel];
            ++perSecurity[bss.security.kind];
        }
        QCOMPARE(perChannel.keys(), (QList<int>{1, 6, 11, 36, 44, 149, 157, 161}));
        QCOMPARE(perSecurity.size(), 4); // wpa2, open, wpa3, wpa2-wpa3 cycle
        // The table groups each hostapd's 32 BSSes into one access point per channel.
        Scan::BssTable table;
        table.update(0, bsses, 1000);
        QSet<QString> groups;
        for (const Bss &bss : table.bsses()) {
            groups.insert(bss.groupKey);
        }
        QCOMPARE(groups.size(), 8);
    }

    // Two BSSes of one Multiple BSSID set are one access point when their BSSIDs lie within 2^n of
    // each other, n the beacon's MaxBSSID Indicator: 1 to 8 in 802.11, a raw byte from the air.
    void multipleBssidGroupsWithinItsIndicator_data()
    {
        QTest::addColumn<int>("indicator");
        QTest::addColumn<bool>("grouped");
        QTest::newRow("3: a set of 8") << 3 << true;
        QTest::newRow("2: a set of 4") << 2 << false;
        QTest::newRow("0: read as 1") << 0 << false;
        // Past 8 read as 8, not shifted by it (undefined from 32 on; x86 shifted 33 by 1, 255 by 31).
        QTest::newRow("33: read as 8") << 33 << true;
        QTest::newRow("255: read as 8") << 255 << true;
    }

    void multipleBssidGroupsWithinItsIndicator()
    {
        QFETCH(int, indicator);
        QFETCH(bool, grouped);
        QList<Bss> bsses(2);
        bsses[0].bssid = QStringLiteral("02:00:00:00:01:10");
        bsses[1].bssid = QStringLiteral("02:00:00:00:01:15");
        for (Bss &bss : bsses) {
            bss.frequency = 2437;
            bss.summary.hasMultipleBssid = true;
            bss.summary.maxBssidIndicator = std::uint8_t(indicator);
        }
        Scan::BssTable table;
        table.update(0, bsses, 1000);
        QCOMPARE(table.size(), 2);
        QCOMPARE(table.bsses().first().groupKey == table.bsses().last().groupKey, grouped);
    }

    void tableKeepsHistoryAndForgetsExpired()
    {
        QList<Bss> bsses = decodeScan(QStringLiteral("security"));
        QVERIFY(!bsses.isEmpty());
        Scan::BssTable table;
        Scan::BssTable::Delta delta = table.update(0, bsses, 10000);
        QCOMPARE(delta.added.size(), table.size());
        QVERIFY(delta.changed.isEmpty() && delta.removed.isEmpty());
        for (Bss &bss : bsses) {
            bss.signalDbm = *bss.signalDbm - 3;
        }
        delta = table.update(0, bsses, 20000);
        QCOMPARE(delta.changed.size(), table.size());
        const Bss *first = table.find(Scan::BssTable::keyOf(bsses.first()));
        QVERIFY(first);
        QCOMPARE(first->history.size(), 2);
        QVERIFY(first->firstSeenMs < first->lastSeenMs);
        const Bss gone = bsses.takeFirst();
        delta = table.update(0, bsses, 30000);
        QCOMPARE(delta.removed, QStringList{Scan::BssTable::keyOf(gone)});
        QVERIFY(!table.find(Scan::BssTable::keyOf(gone)));
        // Samples stay bounded.
        for (int i = 0; i < Scan::BssTable::historyCapacity + 50; ++i) {
            for (Bss &bss : bsses) {
                bss.seenMsAgo = 0;
            }
            table.update(0, bsses, 40000 + i * 1000);
        }
        QCOMPARE(table.find(Scan::BssTable::keyOf(bsses.first()))->history.size(),
                 Scan::BssTable::historyCapacity);
    }

    void ssidsAsPeopleReadThem()
    {
        const std::uint8_t utf8[] = {'C', 'a', 'f', 0xc3, 0xa9};
        QCOMPARE(Scan::ssidText(utf8, sizeof utf8), QStringLiteral("Café"));
        const std::uint8_t binary[] = {'a', 0x00, 0xff, '\\'};
        QCOMPARE(Scan::ssidText(binary, sizeof binary), QStringLiteral("a\\x00\\xff\\x5c"));
    }

    void vendorsFromTheIeeeRegistry()
    {
        Scan::OuiRegistry &registry = Scan::OuiRegistry::instance();
        QVERIFY2(registry.size() > 10000, "the ieee-data package provides /usr/share/ieee-data/oui.txt");
        QVERIFY(registry.vendor(QStringLiteral("00:50:f2:01:02:03"))
                    .contains(QLatin1String("MICROSOFT"), Qt::CaseInsensitive));
        QCOMPARE(registry.vendor(QStringLiteral("02:00:00:00:01:00")),
                 QStringLiteral("locally administered"));
    }
};

QTEST_GUILESS_MAIN(TestScanDecoding)
#include "tst_scandecoding.moc"
