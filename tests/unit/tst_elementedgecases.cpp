// SPDX-License-Identifier: GPL-3.0-or-later
// The element inspector on hand-built elements: every kind the lab's access points do not send,
// and malformed ones (truncated, overlong, lying inner lengths), which must carry an error while
// decoding goes on with the next element.
#include "elementtesting.h"

#include <QTest>

using namespace Airpane;
using namespace Airpane::Testing;

namespace {

struct Case
{
    const char *name;
    const char *hex;     // spaces are ignored
    const char *element; // the key of the element checked (with [N] for the N-th)
    const char *error;   // a part of its error, "" for none
    const char *path;    // a field below it, "" for none
    const char *value;
};

// One row per element kind or malformation. The bytes follow IEEE 802.11-2020 (with 802.11ax/be)
// and the Wi-Fi Alliance's specifications.
const Case cases[] = {
    {"CF parameter set", "0406 01 02 6400 3200", "cf-parameter-set", "", "cfpMaxDuration", "100 TU"},
    {"IBSS parameter set", "0602 0a00", "ibss-parameter-set", "", "atimWindow", "10 TU"},
    {"TIM with group traffic", "0505 00 03 01 00 02", "tim", "", "bitmapControl/groupTraffic", "yes"},
    {"TIM bitmap", "0505 00 03 01 00 02", "tim", "", "partialVirtualBitmap", "0002"},
    {"BSS load stations", "0b05 0500 80 1000", "bss-load", "", "stationCount", "5"},
    {"BSS load utilization", "0b05 0500 80 1000", "bss-load", "", "channelUtilization", "128/255 (50 %)"},
    {"BSS load capacity", "0b05 0500 80 1000", "bss-load", "", "availableAdmissionCapacity", "16 × 32 µs/s"},
    {"power constraint", "2001 03", "power-constraint", "", "localPowerConstraint", "3 dB"},
    {"TPC report", "2302 11 00", "tpc-report", "", "transmitPower", "17 dBm"},
    {"TPC report negative", "2302 f6 00", "tpc-report", "", "transmitPower", "-10 dBm"},
    {"channel switch", "2503 01 24 05", "channel-switch-announcement", "", "newChannel", "36"},
    {"extended channel switch", "3c04 00 73 24 0a", "extended-channel-switch-announcement", "",
     "newOperatingClass", "115"},
    {"ERP under its draft ID", "2f01 03", "erp-draft", "", "useProtection", "yes"},
    {"secondary channel offset", "3e01 03", "secondary-channel-offset", "", "secondaryChannelOffset",
     "below"},
    {"mobility domain", "3603 a1b2 01", "mobility-domain", "", "mdid", "a1b2"},
    {"FT over DS", "3603 a1b2 01", "mobility-domain", "", "ftCapabilityAndPolicy/ftOverDs", "yes"},
    {"AP channel report", "3304 51 01 06 0b", "ap-channel-report", "", "channel[2]", "11"},
    {"operating classes", "3b08 51 53 54 82 80 00 51 02", "supported-operating-classes", "",
     "operatingClass[1]", "84"},
    {"operating class extension", "3b08 51 53 54 82 80 00 51 02", "supported-operating-classes", "",
     "currentOperatingClassExtension", "128"},
    {"operating class duple", "3b08 51 53 54 82 80 00 51 02", "supported-operating-classes", "",
     "operatingClassDuple", "81 2"},
    {"OBSS scan dwell", "4a0e 1400 0a00 2c01 c800 1400 0500 1900", "obss-scan-parameters", "", "passiveDwell",
     "20 TU"},
    {"OBSS scan interval", "4a0e 1400 0a00 2c01 c800 1400 0500 1900", "obss-scan-parameters", "",
     "triggerScanInterval", "300 s"},
    {"OBSS scan threshold", "4a0e 1400 0a00 2c01 c800 1400 0500 1900", "obss-scan-parameters", "",
     "activityThreshold", "0.25 %"},
    {"20/40 coexistence", "4801 02", "bss-coexistence", "", "fortyMhzIntolerant", "yes"},
    {"measurement pilot", "4206 0a dd03 001122", "measurement-pilot-transmission", "", "subelement",
     "vendor 00-11-22"},
    {"operating mode notification", "c701 12", "operating-mode-notification", "", "operatingMode/rxNss", "2"},
    {"operating mode width", "c701 12", "operating-mode-notification", "", "operatingMode/channelWidth",
     "80 MHz"},
    {"transmit power PSD", "c303 0a 14 0c", "transmit-power-envelope", "", "maxPsd2", "6 dBm/MHz"},
    {"transmit power half dB", "c302 00 2f", "transmit-power-envelope", "", "maxTransmitPower20", "23.5 dBm"},
    {"RSN second pairwise",
     "3032 0100 000fac04 0200 000fac04 000fac09 0200 000fac08 000fac09 cc00 0100 "
     "00112233445566778899aabbccddeeff 000fac06",
     "rsn", "", "pairwiseCipher[1]", "GCMP-256 (00-0f-ac:9)"},
    {"RSN FT-SAE",
     "3032 0100 000fac04 0200 000fac04 000fac09 0200 000fac08 000fac09 cc00 0100 "
     "00112233445566778899aabbccddeeff 000fac06",
     "rsn", "", "akmSuite[1]", "FT/SAE (00-0f-ac:9)"},
    {"RSN PMKID",
     "3032 0100 000fac04 0200 000fac04 000fac09 0200 000fac08 000fac09 cc00 0100 "
     "00112233445566778899aabbccddeeff 000fac06",
     "rsn", "", "pmkid", "00112233445566778899aabbccddeeff"},
    {"RSN group management cipher",
     "3032 0100 000fac04 0200 000fac04 000fac09 0200 000fac08 000fac09 cc00 0100 "
     "00112233445566778899aabbccddeeff 000fac06",
     "rsn", "", "groupManagementCipher", "BIP-CMAC-128 (00-0f-ac:6)"},
    {"RSN version only", "3002 0100", "rsn", "", "version", "1"},
    {"RSN lying pairwise count", "300c 0100 000fac04 0500 000fac04", "rsn", "cut short", "", ""},
    {"RSN lying PMKID count", "301a 0100 000fac04 0100 000fac04 0100 000fac02 0000 0200 00112233", "rsn",
     "cut short", "", ""},
    {"RSN extension", "f401 20", "rsn-extension", "", "capabilities/saeHashToElement", "yes"},
    {"RSN extension length lies", "f402 20 00", "rsn-extension", "field length", "", ""},
    {"RM enabled capabilities", "4605 73 00 00 00 00", "rm-enabled-capabilities", "",
     "capabilities/beaconActive", "yes"},
    {"interworking network type", "6b09 13 02 08 001122334455", "interworking", "",
     "accessNetworkOptions/accessNetworkType", "3 (free public)"},
    {"interworking internet", "6b09 13 02 08 001122334455", "interworking", "",
     "accessNetworkOptions/internet", "yes"},
    {"interworking venue", "6b09 13 02 08 001122334455", "interworking", "", "venueGroup", "2 (business)"},
    {"interworking HESSID", "6b09 13 02 08 001122334455", "interworking", "", "hessid", "00:11:22:33:44:55"},
    {"advertisement protocol", "6c02 7f 00", "advertisement-protocol", "", "protocol", "ANQP"},
    {"advertisement limit", "6c02 7f 00", "advertisement-protocol", "", "protocol/queryResponseLengthLimit",
     "127"},
    {"roaming consortium third OI", "6f0a 00 33 506f9a 001bc5 04bd", "roaming-consortium", "", "oi[2]",
     "04bd"},
    {"roaming consortium lying OI length", "6f05 00 0f 506f9a", "roaming-consortium", "cut short", "", ""},
    {"mesh configuration", "7107 01 01 00 01 00 0a 09", "mesh-configuration", "", "formationInfo/peerings",
     "5"},
    {"mesh forwarding", "7107 01 01 00 01 00 0a 09", "mesh-configuration", "", "meshCapability/forwarding",
     "yes"},
    {"mesh ID", "7204 6d657368", "mesh-id", "", "meshId", "mesh"},
    {"S1G capabilities", "d90f 41 00000000000000000000 00000000", "s1g-capabilities", "",
     "capabilityInformation/channelWidth", "1"},
    {"S1G capabilities TWT", "d90f 00 00000000000000 60 00 0000000000", "s1g-capabilities", "",
     "capabilityInformation/twtResponder", "yes"},
    {"S1G operation", "e806 03 44 01 02 fcff", "s1g-operation", "", "channelWidth/operatingChannelWidth",
     "2 MHz"},
    {"short beacon interval", "d602 6400", "short-beacon-interval", "", "shortBeaconInterval", "100 TU"},
    {"nontransmitted BSSID capability", "5302 1104", "nontransmitted-bssid-capability", "",
     "capability/privacy", "yes"},
    {"multiple BSSID index", "5503 02 03 00", "multiple-bssid-index", "", "bssidIndex", "2"},
    {"multiple BSSID profile", "4710 03 000d 5302 1104 0004 74657374 5501 02", "multiple-bssid", "",
     "nontransmittedProfile", "test"},
    {"multiple BSSID profile SSID", "4710 03 000d 5302 1104 0004 74657374 5501 02", "multiple-bssid", "",
     "nontransmittedProfile/ssid/ssid", "test"},
    {"multiple BSSID profile index", "4710 03 000d 5302 1104 0004 74657374 5501 02", "multiple-bssid", "",
     "nontransmittedProfile/multiple-bssid-index/bssidIndex", "2"},
    {"multiple BSSID lying profile", "4705 03 0009 0000", "multiple-bssid", "cut short", "", ""},
    {"multiple BSSID lying inner element", "4707 03 0004 0005 6162", "multiple-bssid", "SSID", "", ""},
    {"multiple BSSID configuration", "ff03 37 04 02", "multiple-bssid-configuration", "", "bssidCount", "4"},
    {"RNR co-located 6 GHz", "c911 000d 83 05 ff 020000000100 11223344 42 14", "reduced-neighbor-report", "",
     "neighborApInformation/tbttInformation/bssParameters/colocatedAp", "yes"},
    {"RNR channel", "c911 000d 83 05 ff 020000000100 11223344 42 14", "reduced-neighbor-report", "",
     "neighborApInformation/channel", "5"},
    {"RNR BSSID", "c911 000d 83 05 ff 020000000100 11223344 42 14", "reduced-neighbor-report", "",
     "neighborApInformation/tbttInformation/bssid", "02:00:00:00:01:00"},
    {"RNR PSD", "c911 000d 83 05 ff 020000000100 11223344 42 14", "reduced-neighbor-report", "",
     "neighborApInformation/tbttInformation/psd20MHz", "10 dBm/MHz"},
    {"RNR MLD parameters", "c914 0010 83 05 0a 020000000100 11223344 42 14 00 2100",
     "reduced-neighbor-report", "", "neighborApInformation/tbttInformation/mldParameters/linkId", "1"},
    {"RNR lying count", "c911 100d 83 05 ff 020000000100 11223344 42 14", "reduced-neighbor-report",
     "cut short", "", ""},
    {"HE operation VHT information", "ff0b 24 00c000 05 fcff 012a00 03", "he-operation", "",
     "vhtOperationInformation/centerFrequencySegment0", "42"},
    {"HE operation co-hosted", "ff0b 24 00c000 05 fcff 012a00 03", "he-operation", "",
     "maxCoHostedBssidIndicator", "3"},
    {"HE operation without its 6 GHz part", "ff07 24 000002 05 fcff", "he-operation", "cut short", "", ""},
    {"MU EDCA", "ff0e 26 00 03a408 27a408 424308 623208", "mu-edca-parameter-set", "", "acVI/muEdcaTimer",
     "8"},
    {"MU EDCA contention window", "ff0e 26 00 03a408 27a408 424308 623208", "mu-edca-parameter-set", "",
     "acBE/ecwMax", "1023"},
    {"spatial reuse offset", "ff03 27 04 10", "spatial-reuse-parameter-set", "", "nonSrgObssPdMaxOffset",
     "16"},
    {"spatial reuse group", "ff14 27 08 05 0a 0100000000000000 0200000000000000",
     "spatial-reuse-parameter-set", "", "srgPartialBssidBitmap", "0200000000000000"},
    {"spatial reuse truncated group", "ff05 27 08 05 0a 01", "spatial-reuse-parameter-set", "cut short", "",
     ""},
    {"EHT capabilities", "ff0f 6c 0300 000000000000000000 443322", "eht-capabilities", "",
     "macCapabilities/omControl", "yes"},
    {"EHT MCS map", "ff0f 6c 0300 000000000000000000 443322", "eht-capabilities", "", "mcs80/mcs0_9",
     "RX 4, TX 4 streams"},
    {"EHT 320 MHz map", "ff12 6c 0000 020000000000000000 443322 111111", "eht-capabilities", "",
     "mcs320/mcs12_13", "RX 1, TX 1 streams"},
    {"EHT 160 MHz map after HE's width",
     "ff1a 23 000000000000 0800000000000000000000 faff faff faff faff ff12 6c 0000 000000000000000000 443322 "
     "222222",
     "eht-capabilities", "", "mcs160/mcs0_9", "RX 2, TX 2 streams"},
    {"EHT capabilities without the 320 MHz map", "ff0f 6c 0000 020000000000000000 443322", "eht-capabilities",
     "cut short", "", ""},
    {"EHT operation puncturing", "ff0b 6a 03 44444444 04 0f 2f 0400", "eht-operation", "",
     "operationInformation/disabledSubchannelBitmap", "0x0004 (2)"},
    {"EHT operation width", "ff0b 6a 03 44444444 04 0f 2f 0400", "eht-operation", "",
     "operationInformation/control/channelWidth", "320 MHz"},
    {"EHT operation truncated", "ff09 6a 03 44444444 04 0f 2f", "eht-operation", "cut short", "", ""},
    {"multi-link MLD address",
     "ff1f 6b 3001 0b 02000000aa00 01 05 0100 000f 3200 07 02000000bb00 1104 00026162", "multi-link", "",
     "mldAddress", "02:00:00:00:aa:00"},
    {"multi-link link ID", "ff1f 6b 3001 0b 02000000aa00 01 05 0100 000f 3200 07 02000000bb00 1104 00026162",
     "multi-link", "", "linkIdInfo", "1"},
    {"multi-link per-STA profile",
     "ff1f 6b 3001 0b 02000000aa00 01 05 0100 000f 3200 07 02000000bb00 1104 00026162", "multi-link", "",
     "perStaProfile/macAddress", "02:00:00:00:bb:00"},
    {"multi-link per-STA SSID",
     "ff1f 6b 3001 0b 02000000aa00 01 05 0100 000f 3200 07 02000000bb00 1104 00026162", "multi-link", "",
     "perStaProfile/ssid/ssid", "ab"},
    {"multi-link lying common info", "ff06 6b 0000 20 0000", "multi-link", "cut short", "", ""},
    {"multi-link short common info", "ff06 6b 3000 07 0200", "multi-link", "cut short", "", ""},
    {"WPA", "dd16 0050f201 0100 0050f202 0100 0050f202 0100 0050f202", "wpa", "", "akmSuite",
     "PSK (00-50-f2:2)"},
    {"WPA group cipher", "dd16 0050f201 0100 0050f202 0100 0050f202 0100 0050f202", "wpa", "", "groupCipher",
     "TKIP (00-50-f2:2)"},
    {"WMM information", "dd07 0050f2 02 00 01 80", "wmm-information", "", "qosInfo/uapsd", "yes"},
    {"WMM parameter truncated", "dd0a 0050f2 02 01 01 80 00 03a4", "wmm-parameter", "cut short", "", ""},
    {"Hotspot 2.0 release", "dd07 506f9a10 12 0100", "hotspot20", "", "configuration/release", "2"},
    {"Hotspot 2.0 PPS MO", "dd07 506f9a10 12 0100", "hotspot20", "", "ppsMoId", "1"},
    {"OWE transition BSSID", "dd14 506f9a1c 020000000401 07 6c61622d6f7765 510b", "owe-transition", "",
     "bssid", "02:00:00:00:04:01"},
    {"OWE transition SSID", "dd14 506f9a1c 020000000401 07 6c61622d6f7765 510b", "owe-transition", "", "ssid",
     "lab-owe"},
    {"OWE transition channel", "dd14 506f9a1c 020000000401 07 6c61622d6f7765 510b", "owe-transition", "",
     "channel", "11"},
    {"OWE transition lying SSID length", "dd0c 506f9a1c 020000000401 09 6c", "owe-transition", "cut short",
     "", ""},
    {"OSEN", "dd14 506f9a12 000fac04 0100 000fac04 0100 506f9a01", "osen", "", "akmSuite",
     "OSEN (50-6f-9a:1)"},
    {"other vendor", "dd06 00037f 010203", "vendor-specific", "", "data", "010203"},
    {"vendor too short", "dd02 0050", "vendor-specific", "too short", "", ""},
    {"unknown element", "1002 aabb", "unknown", "", "data", "aabb"},
    {"unknown extension", "ff03 63 aabb", "unknown-extension", "", "data", "aabb"},
    {"empty extension", "ff00", "extension", "extension ID", "", ""},
    {"element past the end", "0004 6162", "ssid", "only 2 are left", "", ""},
    {"one stray byte", "030106 dd", "truncated", "no room", "", ""},
    {"overlong DS", "0302 0601", "ds-parameter-set", "after the last field", "extra", "01"},
    {"overlong SSID", "0021 616161616161616161616161616161616161616161616161616161616161616161", "ssid",
     "32 bytes", "", ""},
    {"short HT capabilities", "2d02 0c00", "ht-capabilities", "too short", "", ""},
    {"short HT operation", "3d03 060000", "ht-operation", "too short", "", ""},
    {"short VHT capabilities", "bf04 00000000", "vht-capabilities", "too short", "", ""},
    {"short HE capabilities", "ff08 23 0178c81a400004", "he-capabilities", "too short", "", ""},
    {"decoding goes on", "0302 0601 0301 0b", "ds-parameter-set[1]", "", "channel", "11"},
    {"country with an odd tail", "0705 555320 0102", "country", "after the last field", "", ""},
    {"country operating triplet", "0709 555320 c9 51 02 0b01 14", "country", "",
     "operatingTriplet/operatingClass", "81"},
};

} // namespace

class TestElementEdgeCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handBuilt_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("element");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        for (const Case &c : cases) {
            QTest::newRow(c.name) << QByteArray::fromHex(QByteArray(c.hex).replace(' ', ""))
                                  << QString::fromLatin1(c.element) << QString::fromLatin1(c.error)
                                  << QString::fromLatin1(c.path) << QString::fromUtf8(c.value);
        }
    }

    void handBuilt()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, element);
        QFETCH(QString, error);
        QFETCH(QString, path);
        QFETCH(QString, value);
        const QList<Elements::DecodedElement> decoded = inspectBytes(data);
        const Elements::DecodedElement *found = findElement(decoded, element);
        QVERIFY2(found, qPrintable(QStringLiteral("no element %1").arg(element)));
        if (error.isEmpty()) {
            QVERIFY2(found->error.isEmpty(), qPrintable(found->error + QLatin1Char('\n') + describe(*found)));
        } else {
            QVERIFY2(found->error.contains(error),
                     qPrintable(QStringLiteral("error \"%1\"").arg(found->error)));
        }
        QVERIFY2(offsetProblems(*found).isEmpty(), qPrintable(offsetProblems(*found)));
        if (!path.isEmpty()) {
            const Elements::Field *field = findField(*found, path);
            QVERIFY2(field, qPrintable(QStringLiteral("no field %1 in\n%2").arg(path, describe(*found))));
            QCOMPARE(field->value, value);
        }
        // Every element's name, every field's label and explanation are there for people.
        for (const Elements::DecodedElement &each : decoded) {
            QVERIFY(!each.name.isEmpty());
            QVERIFY2(unexplained(each).isEmpty(), qPrintable(unexplained(each).join(u' ')));
        }
    }
};

QTEST_GUILESS_MAIN(TestElementEdgeCases)
#include "tst_elementedgecases.moc"
