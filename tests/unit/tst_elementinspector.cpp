// SPDX-License-Identifier: GPL-3.0-or-later
// The element inspector on elements recorded from the lab's hostapd access points
// (tests/data/elements/): one row per decoded field, with the value iw and hostapd's
// configuration say it has; and every recorded BSS decodes without errors or stray offsets.
#include "elementtesting.h"

#include <QTest>

using namespace Airpane;
using namespace Airpane::Testing;

class TestElementInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recorded_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("bssid");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        struct Row
        {
            const char *scenario, *bssid, *element, *path, *value;
        };
        // demo: the café (2.4 GHz, WPA2), the office (HT40, WPA2/WPA3), the 5 GHz VHT80 WPA3 one.
        // security: open, hidden, OWE, VHT80. sixghz: 6 GHz HE on channel 5 and 5 GHz HE80. hall.
        static const Row rows[] = {
            {"demo", "02:00:00:00:02:00", "ssid", "ssid", "Café Lumière"},
            {"demo", "02:00:00:00:02:00", "supported-rates", "basicRate[2]", "5.5 Mb/s"},
            {"demo", "02:00:00:00:02:00", "supported-rates", "rate[3]", "18 Mb/s"},
            {"demo", "02:00:00:00:02:00", "extended-supported-rates", "rate[3]", "54 Mb/s"},
            {"demo", "02:00:00:00:02:00", "ds-parameter-set", "channel", "1"},
            {"demo", "02:00:00:00:02:00", "country", "countryCode", "US"},
            {"demo", "02:00:00:00:02:00", "country", "environment", "indoor and outdoor"},
            {"demo", "02:00:00:00:02:00", "country", "subband/firstChannel", "1"},
            {"demo", "02:00:00:00:02:00", "country", "subband/channelCount", "11"},
            {"demo", "02:00:00:00:02:00", "country", "subband/maxPower", "30 dBm"},
            {"demo", "02:00:00:00:02:00", "erp", "barkerPreambleMode", "yes"},
            {"demo", "02:00:00:00:02:00", "erp", "useProtection", "no"},
            {"demo", "02:00:00:00:02:00", "rsn", "version", "1"},
            {"demo", "02:00:00:00:02:00", "rsn", "groupCipher", "CCMP-128 (00-0f-ac:4)"},
            {"demo", "02:00:00:00:02:00", "rsn", "pairwiseCipher", "CCMP-128 (00-0f-ac:4)"},
            {"demo", "02:00:00:00:02:00", "rsn", "akmSuite", "PSK (00-0f-ac:2)"},
            {"demo", "02:00:00:00:02:00", "rsn", "capabilities", "0x000c"},
            {"demo", "02:00:00:00:02:00", "rsn", "capabilities/ptksaReplayCounters", "16"},
            {"demo", "02:00:00:00:02:00", "rsn", "capabilities/mfpCapable", "no"},
            {"demo", "02:00:00:00:02:00", "supported-operating-classes", "currentOperatingClass", "81"},
            {"demo", "02:00:00:00:02:00", "ht-capabilities", "capabilityInformation", "0x000c"},
            {"demo", "02:00:00:00:02:00", "ht-capabilities", "capabilityInformation/channelWidth40", "no"},
            {"demo", "02:00:00:00:02:00", "ht-capabilities", "capabilityInformation/smPowerSave", "disabled"},
            {"demo", "02:00:00:00:02:00", "ht-capabilities", "capabilityInformation/maxAmsduLength",
             "3839 bytes"},
            {"demo", "02:00:00:00:02:00", "ht-capabilities", "ampduParameters/maxAmpduLength", "65535 bytes"},
            {"demo", "02:00:00:00:02:00", "ht-capabilities", "ampduParameters/minMpduSpacing", "8 µs"},
            {"demo", "02:00:00:00:02:00", "ht-capabilities", "supportedMcsSet/rxMcsIndexes", "0-15"},
            {"demo", "02:00:00:00:02:00", "ht-operation", "primaryChannel", "1"},
            {"demo", "02:00:00:00:02:00", "ht-operation", "information1/secondaryChannelOffset", "none"},
            {"demo", "02:00:00:00:02:00", "ht-operation", "information1/staChannelWidth", "20 MHz"},
            {"demo", "02:00:00:00:02:00", "ht-operation", "information2/htProtection", "none"},
            {"demo", "02:00:00:00:02:00", "extended-capabilities", "capabilities/extendedChannelSwitching",
             "yes"},
            {"demo", "02:00:00:00:02:00", "extended-capabilities", "capabilities/utf8Ssid", "yes"},
            {"demo", "02:00:00:00:02:00", "wmm-parameter", "qosInfo/parameterSetCount", "1"},
            {"demo", "02:00:00:00:02:00", "wmm-parameter", "acBE", "CW 15-1023, AIFSN 3"},
            {"demo", "02:00:00:00:02:00", "wmm-parameter", "acVO", "CW 3-7, AIFSN 2, TXOP 1504 µs"},
            {"demo", "02:00:00:00:02:00", "wmm-parameter", "acVI/txopLimit", "3008 µs"},
            {"demo", "02:00:00:00:01:00", "ssid", "ssid", "Airpane Office"},
            {"demo", "02:00:00:00:01:00", "rsn", "akmSuite[1]", "SAE (00-0f-ac:8)"},
            {"demo", "02:00:00:00:01:00", "rsn", "capabilities/mfpCapable", "yes"},
            {"demo", "02:00:00:00:01:00", "rsn", "capabilities/mfpRequired", "no"},
            {"demo", "02:00:00:00:01:00", "ht-capabilities", "capabilityInformation/channelWidth40", "yes"},
            {"demo", "02:00:00:00:01:00", "ht-operation", "information1/secondaryChannelOffset", "above"},
            {"demo", "02:00:00:00:01:00", "ht-operation", "information1/staChannelWidth", "any"},
            {"demo", "02:00:00:00:01:00", "supported-operating-classes", "currentOperatingClass", "83"},
            {"demo", "02:00:00:00:03:00", "vht-operation", "channelWidth", "1 (80, 160 or 80+80 MHz)"},
            {"demo", "02:00:00:00:03:00", "vht-operation", "centerFrequencySegment0", "42"},
            {"demo", "02:00:00:00:03:00", "rsn", "capabilities/mfpRequired", "yes"},
            {"security", "02:00:00:00:04:00", "ssid", "hidden", "yes"},
            {"security", "02:00:00:00:04:00", "tim", "dtimPeriod", "2"},
            {"security", "02:00:00:00:04:00", "tim", "bitmapControl/groupTraffic", "no"},
            {"security", "02:00:00:00:04:01", "ssid", "ssid", "lab-owe"},
            {"security", "02:00:00:00:04:01", "rsn", "akmSuite", "OWE (00-0f-ac:18)"},
            {"security", "02:00:00:00:04:01", "rsn", "capabilities/mfpRequired", "yes"},
            {"security", "02:00:00:00:03:00", "country", "subband[1]/firstChannel", "149"},
            {"security", "02:00:00:00:03:00", "country", "padding", "00"},
            {"security", "02:00:00:00:03:00", "vht-capabilities", "capabilityInformation/maxMpduLength",
             "3895 bytes"},
            {"security", "02:00:00:00:03:00", "vht-capabilities", "supportedMcsSet/rxMcsMap/nss1", "MCS 0-9"},
            {"security", "02:00:00:00:03:00", "vht-capabilities", "supportedMcsSet/txMcsMap", "0xaaaa"},
            {"security", "02:00:00:00:03:00", "vht-operation", "basicMcsSet/nss1", "MCS 0-7"},
            {"security", "02:00:00:00:03:00", "vht-operation", "basicMcsSet/nss2", "not supported"},
            {"security", "02:00:00:00:03:00", "transmit-power-envelope", "maxTransmitPower80", "23 dBm"},
            {"security", "02:00:00:00:03:00", "transmit-power-envelope",
             "transmitPowerInformation/interpretation", "local EIRP"},
            {"security", "02:00:00:00:03:00", "extended-capabilities", "capabilities/maxMsdusInAmsdu",
             "unlimited"},
            {"sixghz", "02:00:00:00:01:00", "ds-parameter-set", "channel", "5"},
            {"sixghz", "02:00:00:00:01:00", "country", "subband/channelCount", "24"},
            {"sixghz", "02:00:00:00:01:00", "extended-supported-rates", "membershipSelector",
             "SAE hash-to-element only"},
            {"sixghz", "02:00:00:00:01:00", "rsn-extension", "capabilities/saeHashToElement", "yes"},
            {"sixghz", "02:00:00:00:01:00", "transmit-power-envelope", "maxTransmitPower20", "23 dBm"},
            {"sixghz", "02:00:00:00:01:00", "he-capabilities", "macCapabilities", "0178c81a4000"},
            {"sixghz", "02:00:00:00:01:00", "he-capabilities", "macCapabilities/multiTidAggregationRx", "7"},
            {"sixghz", "02:00:00:00:01:00", "he-capabilities",
             "macCapabilities/maxAmpduLengthExponentExtension", "3"},
            {"sixghz", "02:00:00:00:01:00", "he-capabilities", "phyCapabilities/he40And80In5g", "yes"},
            {"sixghz", "02:00:00:00:01:00", "he-capabilities", "phyCapabilities/puncturedPreambleRx", "15"},
            {"sixghz", "02:00:00:00:01:00", "he-capabilities", "mcs80/rx/nss2", "MCS 0-11"},
            {"sixghz", "02:00:00:00:01:00", "he-capabilities", "mcs80/tx/nss3", "not supported"},
            {"sixghz", "02:00:00:00:01:00", "he-operation", "parameters/sixGhzOperationInformationPresent",
             "yes"},
            {"sixghz", "02:00:00:00:01:00", "he-operation", "parameters/txopDurationRtsThreshold", "1023"},
            {"sixghz", "02:00:00:00:01:00", "he-operation", "bssColorInformation/bssColorDisabled", "yes"},
            {"sixghz", "02:00:00:00:01:00", "he-operation", "sixGhzOperationInformation/primaryChannel", "5"},
            {"sixghz", "02:00:00:00:01:00", "he-operation", "sixGhzOperationInformation/control/channelWidth",
             "20 MHz"},
            {"sixghz", "02:00:00:00:01:00", "he-operation",
             "sixGhzOperationInformation/centerFrequencySegment0", "5"},
            {"sixghz", "02:00:00:00:01:00", "he-operation", "sixGhzOperationInformation/minimumRate",
             "6 Mb/s"},
            {"sixghz", "02:00:00:00:01:00", "he-6ghz-band-capabilities", "capabilities/maxMpduLength",
             "11454 bytes"},
            {"sixghz", "02:00:00:00:01:00", "he-6ghz-band-capabilities", "capabilities/smPowerSave",
             "disabled"},
            {"sixghz", "02:00:00:00:02:00", "he-operation", "bssColorInformation/bssColor", "13"},
            {"sixghz", "02:00:00:00:02:00", "he-operation", "parameters/vhtOperationInformationPresent",
             "no"},
            {"sixghz", "02:00:00:00:02:00", "he-operation", "basicMcsNssSet", "0xfffc"},
            {"sixghz", "02:00:00:00:02:00", "country", "subband[1]", "6 channels from 149, at most 13 dBm"},
            {"hall", "02:00:00:00:01:00", "ssid", "ssid", "Hall 1-01"},
            {"hall", "02:00:00:00:08:1f", "ssid", "ssid", "Hall 8-32"},
        };
        for (const Row &row : rows) {
            QTest::addRow("%s %s %s %s", row.scenario, row.bssid, row.element, row.path)
                << QString::fromLatin1(row.scenario) << QString::fromLatin1(row.bssid)
                << QString::fromLatin1(row.element) << QString::fromLatin1(row.path)
                << QString::fromUtf8(row.value);
        }
    }

    void recorded()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, bssid);
        QFETCH(QString, element);
        QFETCH(QString, path);
        QFETCH(QString, value);
        const QList<RecordedBss> bsses = recordedBsses(scenario);
        const auto bss = std::find_if(bsses.cbegin(), bsses.cend(),
                                      [&](const RecordedBss &b) { return b.bssid == bssid; });
        QVERIFY2(bss != bsses.cend(), qPrintable(QStringLiteral("no BSS %1 in the recording").arg(bssid)));
        const QList<Elements::DecodedElement> decoded = inspectBytes(bss->elements);
        const Elements::DecodedElement *found = findElement(decoded, element);
        QVERIFY2(found, qPrintable(QStringLiteral("no element %1").arg(element)));
        QVERIFY2(found->error.isEmpty(), qPrintable(found->error));
        const Elements::Field *field = findField(*found, path);
        QVERIFY2(field, qPrintable(QStringLiteral("no field %1 in\n%2").arg(path, describe(*found))));
        QCOMPARE(field->value, value);
        QVERIFY2(!field->label.isEmpty() && !field->explanation.isEmpty(), qPrintable(path));
    }

    // Every recorded BSS, both sets of elements: no errors, no unknown elements, offsets that a
    // hex view can trust, and the elements laid end to end over the whole data.
    void allRecorded_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &scenario : recordedScenarios()) {
            QTest::newRow(qPrintable(scenario)) << scenario;
        }
    }

    void allRecorded()
    {
        QFETCH(QString, scenario);
        const QList<RecordedBss> bsses = recordedBsses(scenario);
        QVERIFY(!bsses.isEmpty());
        for (const RecordedBss &bss : bsses) {
            for (const QByteArray &data : {bss.elements, bss.beaconElements}) {
                int expected = 0;
                for (const Elements::DecodedElement &element : inspectBytes(data)) {
                    const QString where = QStringLiteral("%1 %2: ").arg(bss.bssid, element.key);
                    QVERIFY2(element.error.isEmpty(), qPrintable(where + element.error));
                    QVERIFY2(!element.key.startsWith(QLatin1String("unknown")),
                             qPrintable(where + element.name));
                    QCOMPARE(element.offset, expected);
                    QCOMPARE(element.raw, data.mid(element.offset, element.length));
                    QVERIFY2(offsetProblems(element).isEmpty(), qPrintable(where + offsetProblems(element)));
                    QVERIFY2(unexplained(element).isEmpty(), qPrintable(unexplained(element).join(u' ')));
                    QVERIFY2(!element.fields.isEmpty() || element.length == 2, qPrintable(where));
                    expected += element.length;
                }
                QCOMPARE(expected, data.size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestElementInspector)
#include "tst_elementinspector.moc"
