// SPDX-License-Identifier: GPL-3.0-or-later
// RSN and WPA, WMM, OWE transition and Hotspot 2.0: iw's lines (scan.c's _print_rsn_ie,
// print_wifi_wmm_param, print_wifi_owe_tarns, print_hs20_ind) from airpane-cli's decoded fields.
#include "scanparity.h"

#include <QRegularExpression>

namespace Airpane::Lab {
namespace {

struct Selector
{
    QString oui;
    int type = -1;
};

// "CCMP-128 (00-0f-ac:4)" -> 00-0f-ac, 4
Selector selectorOf(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\(([0-9a-f]{2}-[0-9a-f]{2}-[0-9a-f]{2}):(\\d+)\\)$"));
    const auto match = pattern.match(value);
    return match.hasMatch() ? Selector{match.captured(1), match.captured(2).toInt()} : Selector{};
}

QString iwSuite(const Selector &s, bool akm)
{
    const bool ms = s.oui == QLatin1String("00-50-f2");
    const bool ieee = s.oui == QLatin1String("00-0f-ac");
    const bool wfa = s.oui == QLatin1String("50-6f-9a");
    if (!akm && (ms || ieee)) {
        static const QHash<int, QString> both{{0, QStringLiteral("Use group cipher suite")},
                                              {1, QStringLiteral("WEP-40")},
                                              {2, QStringLiteral("TKIP")},
                                              {4, QStringLiteral("CCMP")},
                                              {5, QStringLiteral("WEP-104")}};
        static const QHash<int, QString> ieeeOnly{
            {6, QStringLiteral("AES-128-CMAC")},  {7, QStringLiteral("NO-GROUP")},
            {8, QStringLiteral("GCMP")},          {9, QStringLiteral("GCMP-256")},
            {11, QStringLiteral("BIP-GMAC-128")}, {12, QStringLiteral("BIP-GMAC-256")},
            {13, QStringLiteral("BIP-CMAC-256")}};
        if (both.contains(s.type)) {
            return both[s.type];
        }
        if (ieee && ieeeOnly.contains(s.type)) {
            return ieeeOnly[s.type];
        }
    }
    if (akm) {
        static const QHash<int, QString> ieeeNames{{1, QStringLiteral("IEEE 802.1X")},
                                                   {2, QStringLiteral("PSK")},
                                                   {3, QStringLiteral("FT/IEEE 802.1X")},
                                                   {4, QStringLiteral("FT/PSK")},
                                                   {5, QStringLiteral("IEEE 802.1X/SHA-256")},
                                                   {6, QStringLiteral("PSK/SHA-256")},
                                                   {7, QStringLiteral("TDLS/TPK")},
                                                   {8, QStringLiteral("SAE")},
                                                   {9, QStringLiteral("FT/SAE")},
                                                   {11, QStringLiteral("IEEE 802.1X/SUITE-B")},
                                                   {12, QStringLiteral("IEEE 802.1X/SUITE-B-192")},
                                                   {13, QStringLiteral("FT/IEEE 802.1X/SHA-384")},
                                                   {14, QStringLiteral("FILS/SHA-256")},
                                                   {15, QStringLiteral("FILS/SHA-384")},
                                                   {16, QStringLiteral("FT/FILS/SHA-256")},
                                                   {17, QStringLiteral("FT/FILS/SHA-384")},
                                                   {18, QStringLiteral("OWE")},
                                                   {19, QStringLiteral("FT/PSK/SHA-384")},
                                                   {20, QStringLiteral("PSK/SHA-384")},
                                                   {24, QStringLiteral("SAE-EXT-KEY")},
                                                   {25, QStringLiteral("FT/SAE-EXT-KEY")}};
        if (ms && (s.type == 1 || s.type == 2)) {
            return ieeeNames[s.type];
        }
        if (ieee && ieeeNames.contains(s.type)) {
            return ieeeNames[s.type];
        }
        if (wfa && (s.type == 1 || s.type == 2)) {
            return s.type == 1 ? QStringLiteral("OSEN") : QStringLiteral("DPP");
        }
    }
    return QStringLiteral("%1:%2").arg(s.oui).arg(s.type);
}

QString suites(const QJsonObject &ours, const QString &key, bool akm)
{
    QStringList names;
    for (const QJsonObject &suite : ourFields(ours, key)) {
        names.append(iwSuite(selectorOf(suite[u"value"].toString()), akm));
    }
    return names.join(QLatin1Char(' '));
}

QString capabilitiesLine(const QJsonObject &capabilities)
{
    QString line = QStringLiteral("Capabilities:");
    const auto flag = [&](const char *key, const char *text) {
        if (ourFlag(capabilities, QLatin1String(key))) {
            line += QLatin1Char(' ') + QLatin1String(text);
        }
    };
    flag("preauthentication", "PreAuth");
    flag("noPairwise", "NoPairwise");
    line += QStringLiteral(" %1-PTKSA-RC %2-GTKSA-RC")
                .arg(ourValue(capabilities, QStringLiteral("ptksaReplayCounters")),
                     ourValue(capabilities, QStringLiteral("gtksaReplayCounters")));
    flag("mfpRequired", "MFP-required");
    flag("mfpCapable", "MFP-capable");
    flag("peerKey", "Peerkey-enabled");
    flag("sppAmsduCapable", "SPP-AMSDU-capable");
    flag("sppAmsduRequired", "SPP-AMSDU-required");
    flag("extendedKeyId", "Extended-Key-ID");
    return line + QStringLiteral(" (%1)").arg(capabilities[u"value"].toString());
}

// WPA's capabilities, which airpane-cli keeps as a number, as iw reads them (RSN's layout).
QString wpaCapabilitiesLine(qint64 value)
{
    static const int counters[] = {1, 2, 4, 16};
    QString line = QStringLiteral("Capabilities:");
    const auto flag = [&](int bit, const char *text) {
        if (value & bit) {
            line += QLatin1Char(' ') + QLatin1String(text);
        }
    };
    flag(0x1, "PreAuth");
    flag(0x2, "NoPairwise");
    line += QStringLiteral(" %1-PTKSA-RC %2-GTKSA-RC")
                .arg(counters[(value >> 2) & 3])
                .arg(counters[(value >> 4) & 3]);
    flag(0x40, "MFP-required");
    flag(0x80, "MFP-capable");
    flag(0x200, "Peerkey-enabled");
    flag(0x400, "SPP-AMSDU-capable");
    flag(0x800, "SPP-AMSDU-required");
    flag(0x2000, "Extended-Key-ID");
    return line + QStringLiteral(" (0x%1)").arg(value, 4, 16, QLatin1Char('0'));
}

} // namespace

void compareRsn(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    const bool wpa = ours[u"key"].toString() == QLatin1String("wpa");
    const QString defaultCipher = wpa ? QStringLiteral("TKIP") : QStringLiteral("CCMP");
    // iw puts the first line on the element's own line.
    report.compare(QStringLiteral("version"), iwElementText(iw),
                   QStringLiteral("* Version: %1").arg(ourValue(ours, QStringLiteral("version"))));
    QStringList expected;
    if (ourField(ours, QStringLiteral("groupCipher")).isEmpty()) {
        expected << QStringLiteral("Group cipher: %1").arg(defaultCipher)
                 << QStringLiteral("Pairwise ciphers: %1").arg(defaultCipher);
    } else {
        expected
            << QStringLiteral("Group cipher: %1").arg(suites(ours, QStringLiteral("groupCipher"), false));
        if (ourField(ours, QStringLiteral("pairwiseCipherCount")).isEmpty()) {
            expected << QStringLiteral("Pairwise ciphers: %1").arg(defaultCipher);
        } else {
            expected << QStringLiteral("Pairwise ciphers: %1")
                            .arg(suites(ours, QStringLiteral("pairwiseCipher"), false));
            expected << QStringLiteral("Authentication suites: %1")
                            .arg(ourField(ours, QStringLiteral("akmSuiteCount")).isEmpty()
                                     ? QStringLiteral("IEEE 802.1X")
                                     : suites(ours, QStringLiteral("akmSuite"), true));
        }
    }
    const QJsonObject capabilities = ourField(ours, QStringLiteral("capabilities"));
    if (!capabilities.isEmpty() && !wpa) {
        expected << capabilitiesLine(capabilities);
    } else if (!capabilities.isEmpty()) {
        expected << wpaCapabilitiesLine(iwHexNumber(capabilities[u"value"].toString()).value_or(-1));
    }
    if (!ourField(ours, QStringLiteral("pmkidCount")).isEmpty()) {
        expected << QStringLiteral("%1 PMKIDs").arg(ourValue(ours, QStringLiteral("pmkidCount")));
    }
    if (!ourField(ours, QStringLiteral("groupManagementCipher")).isEmpty()) {
        expected << QStringLiteral("Group mgmt cipher suite: %1")
                        .arg(suites(ours, QStringLiteral("groupManagementCipher"), false));
    }
    compareChildLines(report, wpa ? QStringLiteral("WPA") : QStringLiteral("RSN"), iw, expected);
}

void compareWmm(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    if (ours[u"key"].toString() != QLatin1String("wmm-parameter")) {
        // iw prints the bytes after the subtype of anything but a parameter element.
        const QByteArray body = ourBody(ours).mid(5);
        QStringList bytes;
        for (const char byte : body) {
            bytes.append(QStringLiteral("%1").arg(std::uint8_t(byte), 2, 16, QLatin1Char('0')));
        }
        const QString subtype = ourValue(ours, QStringLiteral("subtype"));
        report.compare(QStringLiteral("WMM"), iwElementText(iw),
                       (subtype == QLatin1String("0") ? QStringLiteral("information: ")
                                                      : QStringLiteral("type %1: ").arg(subtype)) +
                           bytes.join(QLatin1Char(' ')));
        iw.useAll();
        return;
    }
    report.compare(QStringLiteral("version"), iwElementText(iw),
                   QStringLiteral("* Parameter version %1").arg(ourValue(ours, QStringLiteral("version"))));
    QStringList expected;
    if (ourFlag(ours, QStringLiteral("qosInfo/uapsd"))) {
        expected << QStringLiteral("u-APSD");
    }
    for (const QJsonValue value : ours[u"fields"].toArray()) {
        const QJsonObject ac = value.toObject();
        if (!ac[u"key"].toString().startsWith(QLatin1String("ac"))) {
            continue;
        }
        static const char *const names[] = {"BE", "BK", "VI", "VO"};
        QString line =
            QStringLiteral("%1:%2 CW %3-%4, AIFSN %5")
                .arg(QLatin1String(names[ourNumber(ac, QStringLiteral("aci")) & 3]))
                .arg(ourFlag(ac, QStringLiteral("acm")) ? QStringLiteral(" acm") : QString())
                .arg(ourValue(ac, QStringLiteral("ecwMin")), ourValue(ac, QStringLiteral("ecwMax")),
                     ourValue(ac, QStringLiteral("aifsn")));
        if (const qint64 txop = ourNumber(ac, QStringLiteral("txopLimit"))) {
            line += QStringLiteral(", TXOP %1 usec").arg(txop);
        }
        expected << line;
    }
    compareChildLines(report, QStringLiteral("WMM"), iw, expected);
}

void compareOweTransition(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    QStringList expected{QStringLiteral("BSSID: %1").arg(ourValue(ours, QStringLiteral("bssid"))),
                         QStringLiteral("SSID: %1").arg(ourValue(ours, QStringLiteral("ssid")))};
    if (!ourField(ours, QStringLiteral("operatingClass")).isEmpty()) {
        expected << QStringLiteral("Band Info: %1").arg(ourValue(ours, QStringLiteral("operatingClass")))
                 << QStringLiteral("Channel Info: %1").arg(ourValue(ours, QStringLiteral("channel")));
    }
    compareChildLines(report, QStringLiteral("OWE transition"), iw, expected);
}

void compareHotspot20(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    compareChildLines(report, QStringLiteral("Hotspot 2.0"), iw,
                      {QStringLiteral("DGAF: %1")
                           .arg(ourFlag(ours, QStringLiteral("configuration/dgafDisabled")) ? 1 : 0)});
}

} // namespace Airpane::Lab
