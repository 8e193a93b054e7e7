// SPDX-License-Identifier: GPL-3.0-or-later
// `iw dev` and `iw reg get` against airpane-cli's interfaces and regulatory domains.
#include "parity.h"

#include "support/iwscan.h"

namespace Airpane::Lab {
namespace {

// iw's words for channel widths ("20 MHz (no HT)", "80+80 MHz") as Airpane's keys.
QString widthKey(const QString &iw)
{
    if (iw == QLatin1String("20 MHz (no HT)")) {
        return QStringLiteral("20-noht");
    }
    return iw.endsWith(QLatin1String(" MHz")) ? iw.chopped(4) : QLatin1Char('?') + iw;
}

// The channel number iw derives from a frequency (util.c's ieee80211_frequency_to_channel).
int iwChannelNumber(int mhz)
{
    if (mhz == 2484) {
        return 14;
    }
    if (mhz == 5935) {
        return 2;
    }
    if (mhz < 2484) {
        return (mhz - 2407) / 5;
    }
    if (mhz >= 4910 && mhz <= 4980) {
        return (mhz - 4000) / 5;
    }
    if (mhz < 5950) {
        return (mhz - 5000) / 5;
    }
    if (mhz <= 45000) {
        return (mhz - 5950) / 5;
    }
    if (mhz >= 58320 && mhz <= 70200) {
        return (mhz - 56160) / 2160;
    }
    return 0;
}

// Regulatory rule flags: iw's word for each of Airpane's keys that iw prints. NO-IR stands for
// both no-ir and no-ibss; no-ir alone is PASSIVE-SCAN.
constexpr std::pair<const char *, const char *> ruleFlagWords[] = {
    {"no-ofdm", "NO-OFDM"},
    {"no-cck", "NO-CCK"},
    {"no-indoor", "NO-INDOOR"},
    {"no-outdoor", "NO-OUTDOOR"},
    {"dfs", "DFS"},
    {"ptp-only", "PTP-ONLY"},
    {"auto-bw", "AUTO-BW"},
    {"ir-concurrent", "IR-CONCURRENT"},
    {"no-ht40-minus", "NO-HT40MINUS"},
    {"no-ht40-plus", "NO-HT40PLUS"},
    {"no-80mhz", "NO-80MHZ"},
    {"no-160mhz", "NO-160MHZ"},
    {"no-he", "NO-HE"},
    {"no-320mhz", "NO-320MHZ"},
    {"no-eht", "NO-EHT"},
    {"psd", "PSD"},
    {"dfs-concurrent", "DFS-CONCURRENT"},
};

QStringList ruleFlagWordsFor(const QStringList &keys)
{
    QStringList words;
    for (const auto &[key, word] : ruleFlagWords) {
        if (keys.contains(QLatin1String(key))) {
            words.append(QLatin1String(word));
        }
    }
    if (keys.contains(QStringLiteral("no-ir"))) {
        words.append(keys.contains(QStringLiteral("no-ibss")) ? QStringLiteral("NO-IR")
                                                              : QStringLiteral("PASSIVE-SCAN"));
    } else if (keys.contains(QStringLiteral("no-ibss"))) {
        words.append(QStringLiteral("NO-IBSS"));
    }
    words.sort();
    return words;
}

} // namespace

void compareInterface(const IwInterface &iw, const QJsonObject &ours, ParityReport &report)
{
    report.compare(QStringLiteral("phy"), qint64(iw.phy), ours[u"radio"]);
    report.compare(QStringLiteral("name"), iw.name, ours[u"name"].toString());
    const auto ifindex = iw.value(QStringLiteral("ifindex"));
    report.compare(QStringLiteral("ifindex"), ifindex ? iwNumber(*ifindex) : std::nullopt, ours[u"ifindex"]);
    report.compare(QStringLiteral("wdev"), iw.value(QStringLiteral("wdev")).value_or(QString()),
                   ours[u"wdev"].toString());
    report.compare(QStringLiteral("addr"), iw.value(QStringLiteral("addr")).value_or(QString()),
                   ours[u"mac"].toString());
    const auto ssid = iw.value(QStringLiteral("ssid"));
    report.compare(QStringLiteral("ssid"), ssid ? unescapeIw(*ssid) : QStringLiteral("(none)"),
                   ours[u"ssid"].isNull() ? QStringLiteral("(none)") : ours[u"ssid"].toString());
    report.compare(QStringLiteral("type"), iwTypeKey(iw.value(QStringLiteral("type")).value_or(QString())),
                   ours[u"type"].toString());

    const auto channelText = iw.value(QStringLiteral("channel"));
    const QJsonObject channel = ours[u"channel"].toObject();
    if (!channelText) {
        report.compare(QStringLiteral("channel"), QStringLiteral("(none)"),
                       ours[u"channel"].isNull() ? QStringLiteral("(none)") : show(channel[u"frequency"]));
    } else if (const auto parsed = parseIwChannel(*channelText); !parsed) {
        report.problem(QStringLiteral("cannot parse iw's channel line: ") + *channelText);
    } else {
        report.compare(QStringLiteral("frequency"), qint64(parsed->mhz), channel[u"frequency"]);
        report.compare(QStringLiteral("channel number"), qint64(parsed->number),
                       QJsonValue(iwChannelNumber(channel[u"frequency"].toInt())));
        report.compare(QStringLiteral("width"), widthKey(parsed->width), channel[u"width"].toString());
        report.compare(QStringLiteral("center1"),
                       parsed->center1 ? std::optional<qint64>(parsed->center1) : std::nullopt,
                       channel[u"center1"]);
        report.compare(QStringLiteral("center2"),
                       parsed->center2 ? std::optional<qint64>(parsed->center2) : std::nullopt,
                       channel[u"center2"]);
    }
    // "txpower 30.00 dBm": mBm printed as dBm with two decimals.
    const auto power = iw.value(QStringLiteral("txpower"));
    report.compare(
        QStringLiteral("txpower"),
        power ? std::optional<qint64>(qRound64(power->section(QLatin1Char(' '), 0, 0).toDouble() * 100))
              : std::nullopt,
        ours[u"txPowerDbm"].isNull() ? QJsonValue()
                                     : QJsonValue(qRound64(ours[u"txPowerDbm"].toDouble() * 100)));
    report.compare(QStringLiteral("4addr"),
                   iw.node->value(u"4addr:").value_or(QString()) == QLatin1String("on"),
                   ours[u"use4Address"].toBool());
}

void compareRegulatoryDomain(const IwRegDomain &iw, const QJsonObject &ours, ParityReport &report)
{
    report.compare(QStringLiteral("phy"), iw.phy ? std::optional<qint64>(*iw.phy) : std::nullopt,
                   ours[u"radio"]);
    report.compare(QStringLiteral("self-managed"), iw.selfManaged, ours[u"selfManaged"].toBool());
    report.compare(QStringLiteral("country"), iw.country, ours[u"country"].toString());
    const QString dfs = ours[u"dfsRegion"].toString();
    report.compare(QStringLiteral("DFS region"), iw.dfsRegion,
                   QStringLiteral("DFS-") + (dfs == QLatin1String("unset") ? QStringLiteral("UNSET") : dfs));
    const QJsonArray rules = ours[u"rules"].toArray();
    report.compare(QStringLiteral("rules"), qint64(iw.rules.size()), QJsonValue(rules.size()));
    for (qsizetype i = 0; i < std::min(iw.rules.size(), rules.size()); ++i) {
        const IwRegRule &rule = iw.rules[i];
        const QJsonObject mine = rules[i].toObject();
        rule.node->use();
        // iw divides with integers: kHz to MHz, mBi to dBi, mBm to dBm.
        auto divided = [&](const char *key, qint64 by) {
            return QJsonValue(qint64(mine[QLatin1String(key)].toDouble()) / by);
        };
        const QString what = QStringLiteral("rule %1 ").arg(i + 1);
        report.compare(what + QStringLiteral("start"), rule.startMhz, divided("startKhz", 1000));
        report.compare(what + QStringLiteral("end"), rule.endMhz, divided("endKhz", 1000));
        report.compare(what + QStringLiteral("max bandwidth"), rule.maxBandwidthMhz,
                       divided("maxBandwidthKhz", 1000));
        const QJsonValue gain = divided("maxAntennaGainMbi", 100);
        report.compare(what + QStringLiteral("antenna gain"), rule.antennaGainDbi,
                       gain.toInteger() ? gain : QJsonValue());
        report.compare(what + QStringLiteral("EIRP"), rule.eirpDbm, divided("maxEirpMbm", 100));
        const QStringList flags = strings(mine[u"flags"]);
        // iw prints the CAC time of DFS rules only.
        report.compare(what + QStringLiteral("CAC time"), rule.cacMs,
                       flags.contains(QStringLiteral("dfs")) ? mine[u"cacTimeMs"] : QJsonValue());
        QStringList iwFlags = rule.flags;
        iwFlags.sort();
        report.compare(what + QStringLiteral("flags"), iwFlags, ruleFlagWordsFor(flags));
    }
}

} // namespace Airpane::Lab
