// SPDX-License-Identifier: GPL-3.0-or-later
#include "perturbations.h"

#include "parity.h"

#include <QJsonDocument>

namespace Airpane::Lab {

const QList<Perturbation> &perturbations()
{
    // The values differ from what every lab radio (mac80211_hwsim) reports.
    static const QList<Perturbation> all{
        {"channel power", "radio", "bands/0/channels/0/maxPowerDbm", "7.5", "max power"},
        {"channel flag", "radio", "bands/0/channels/0/flags", "[\"radar\"]", "flags"},
        {"channel disabled", "radio", "bands/0/channels/0/disabled", "true", "disabled"},
        {"bitrate", "radio", "bands/0/bitrates/1/shortPreamble", "false", "bitrates"},
        {"feature flag", "radio", "featureFlags", "[\"SK_TX_STATUS\"]", "featureFlags"},
        {"capability flag", "radio", "capabilityFlags", "[]", "capabilityFlags"},
        {"HT capabilities", "radio", "bands/0/ht/capabilities", "4223", "HT capabilities"},
        {"HT MCS", "radio", "bands/0/ht/rxMcsIndexes", "[0, 1, 2, 3]", "HT MCS set"},
        {"VHT RX map", "radio", "bands/1/vht/rxMcsMap", "0", "VHT RX MCS set"},
        {"HE MAC", "radio", "bands/0/iftypeData/0/he/mac", "\"0178c81a4001\"", "HE MAC"},
        {"HE MCS", "radio", "bands/1/iftypeData/0/he/mcsSet", "\"fefffaffffffffffffffffff\"", "HE MCS"},
        {"EHT MCS", "radio", "bands/0/iftypeData/0/eht/mcsSet", "\"878888\"", "EHT NSS"},
        {"iftypes", "radio", "bands/0/iftypeData/0/interfaceTypes", "[\"station\"]", "HE Iftypes"},
        {"scan SSIDs", "radio", "maxScanSsids", "5", "max # scan SSIDs"},
        {"scan plan interval", "radio", "maxScanPlanInterval", "100", "max scan plan interval"},
        {"retry", "radio", "retryLong", "5", "retry long limit"},
        {"antennas", "radio", "antennas/availableTx", "3", "Available Antennas"},
        {"command", "radio", "commands/0", "\"get_wiphy\"", "commands"},
        {"combination", "radio", "combinations/0/maxInterfaces", "3", "total"},
        {"cipher", "radio", "ciphers/0/suite", "\"00-0f-ac:3\"", "ciphers"},
        {"modes", "radio", "interfaceTypes", "[\"station\"]", "interface modes"},
        {"frame types", "radio", "txFrameTypes/ap/0", "16", "txFrameTypes"},
        {"extended features", "radio", "extendedFeatures", "[]", "extended features"},
        {"HT overrides", "radio", "htCapabilityMask", "null", "HT capability overrides"},
        {"txpower", "interface", "txPowerDbm", "12.5", "txpower"},
        {"center1", "interface", "channel/center1", "1", "center1"},
        {"ssid", "interface", "ssid", "\"Airpane\"", "ssid"},
        {"type", "interface", "type", "\"monitor\"", "type"},
        {"rule flags", "domain", "rules/0/flags", "[\"dfs\"]", "flags"},
        {"rule EIRP", "domain", "rules/0/maxEirpMbm", "100", "EIRP"},
        {"DFS region", "domain", "dfsRegion", "\"JP\"", "DFS region"},
        {"channel widths", "channels", "bands/0/channels/0/flags", "[\"no-ht40-plus\"]", "details"},
        {"DFS CAC time", "channels", "bands/1/channels/4/dfs/cacTimeMs", "1000", "details"},
        {"DFS state", "channels", "bands/1/channels/4/dfs/state", "\"available\"", "DFS state"},
    };
    return all;
}

QJsonValue withValue(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        return value;
    }
    const QString step = path.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        array[step.toInt()] = withValue(array[step.toInt()], path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    object[step] = withValue(object[step], path, value);
    return object;
}

ParityReport comparePerturbed(const Snapshot &snapshot, const Perturbation &change, bool perturbed)
{
    const QString subject = QLatin1String(change.subject);
    const QJsonValue value =
        QJsonDocument::fromJson(QByteArray("[") + change.value + QByteArray("]")).array().first();
    auto ours = [&](const QJsonValue &json) {
        return perturbed ? withValue(json, QString::fromLatin1(change.path).split(QLatin1Char('/')), value)
                               .toObject()
                         : json.toObject();
    };
    ParityReport report(subject);
    if (subject == QLatin1String("radio")) {
        for (const IwPhy &phy : parseIwPhys(snapshot.iwList)) {
            if (phy.name == snapshot.radios[0][u"name"].toString()) {
                compareRadio(phy, ours(snapshot.radios[0]), report);
            }
        }
    } else if (subject == QLatin1String("channels")) {
        compareChannelList(parseIwTree(snapshot.iwChannels), parseIwTree(snapshot.iwChannelsAgain),
                           ours(snapshot.channelsRadio), report);
    } else if (subject == QLatin1String("interface")) {
        const auto mine = std::find_if(snapshot.interfaces.begin(), snapshot.interfaces.end(),
                                       [](const QJsonValue &i) { return !i[u"channel"].isNull(); });
        for (const IwInterface &interface : parseIwDev(snapshot.iwDev).interfaces) {
            if (mine != snapshot.interfaces.end() && interface.name == (*mine)[u"name"].toString()) {
                compareInterface(interface, ours(*mine), report);
            }
        }
    } else {
        const IwReg reg = parseIwReg(snapshot.iwReg);
        if (!reg.domains.isEmpty()) {
            compareRegulatoryDomain(reg.domains.first(), ours(snapshot.domains[0]), report);
        }
    }
    return report;
}

} // namespace Airpane::Lab
