// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationconversion.h"

#include <QJsonArray>

namespace Airpane::Client {
namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::optional<qint64> optional64(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

std::optional<bool> optionalBool(const QJsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

QList<int> levels(const QJsonValue &value)
{
    QList<int> list;
    for (const QJsonValue &level : value.toArray()) {
        list.append(level.toInt());
    }
    return list;
}

TidStats tidFromJson(const QJsonObject &object)
{
    TidStats tid;
    tid.tid = object[u"tid"].toInt();
    tid.rxMsdu = optional64(object[u"rxMsdu"]);
    tid.txMsdu = optional64(object[u"txMsdu"]);
    tid.txMsduRetries = optional64(object[u"txMsduRetries"]);
    tid.txMsduFailed = optional64(object[u"txMsduFailed"]);
    const QJsonObject txq = object[u"txq"].toObject();
    tid.hasQueue = object[u"txq"].isObject();
    tid.queuedBytes = optional64(txq[u"backlogBytes"]);
    tid.queuedPackets = optional64(txq[u"backlogPackets"]);
    tid.flows = optional64(txq[u"flows"]);
    tid.drops = optional64(txq[u"drops"]);
    tid.ecnMarks = optional64(txq[u"ecnMarks"]);
    tid.overlimit = optional64(txq[u"overlimit"]);
    tid.collisions = optional64(txq[u"collisions"]);
    tid.queueTxBytes = optional64(txq[u"txBytes"]);
    tid.queueTxPackets = optional64(txq[u"txPackets"]);
    return tid;
}

} // namespace

QString Rate::standard() const
{
    return ehtMcs   ? QStringLiteral("eht")
           : heMcs  ? QStringLiteral("he")
           : vhtMcs ? QStringLiteral("vht")
           : htMcs  ? QStringLiteral("ht")
                    : QStringLiteral("legacy");
}

std::optional<int> Rate::mcs() const
{
    return ehtMcs ? ehtMcs : heMcs ? heMcs : vhtMcs ? vhtMcs : htMcs;
}

std::optional<int> Rate::streams() const
{
    if (ehtMcs) {
        return ehtNss;
    }
    if (heMcs) {
        return heNss;
    }
    if (vhtMcs) {
        return vhtNss;
    }
    return htMcs ? std::optional<int>(*htMcs / 8 + 1) : std::nullopt;
}

QString Station::standard() const
{
    static const QStringList order = {QStringLiteral("legacy"), QStringLiteral("ht"), QStringLiteral("vht"),
                                      QStringLiteral("he"), QStringLiteral("eht")};
    QString best;
    for (const std::optional<Rate> &rate : {txRate, rxRate}) {
        if (rate && order.indexOf(rate->standard()) > order.indexOf(best)) {
            best = rate->standard();
        }
    }
    return best;
}

Rate rateFromJson(const QJsonObject &object)
{
    Rate rate;
    const QJsonValue mbps = object[u"mbps"];
    rate.mbps = mbps.isDouble() ? std::optional<double>(mbps.toDouble()) : std::nullopt;
    rate.htMcs = optionalInt(object[u"htMcs"]);
    rate.vhtMcs = optionalInt(object[u"vhtMcs"]);
    rate.vhtNss = optionalInt(object[u"vhtNss"]);
    rate.heMcs = optionalInt(object[u"heMcs"]);
    rate.heNss = optionalInt(object[u"heNss"]);
    rate.heGi = optionalInt(object[u"heGi"]);
    rate.heDcm = optionalInt(object[u"heDcm"]);
    rate.heRuAlloc = optionalInt(object[u"heRuAlloc"]);
    rate.ehtMcs = optionalInt(object[u"ehtMcs"]);
    rate.ehtNss = optionalInt(object[u"ehtNss"]);
    rate.ehtGi = optionalInt(object[u"ehtGi"]);
    rate.ehtRuAlloc = optionalInt(object[u"ehtRuAlloc"]);
    rate.widthMhz = object[u"widthMhz"].toInt(20);
    rate.eightyPlusEighty = object[u"eightyPlusEighty"].toBool();
    rate.shortGi = object[u"shortGi"].toBool();
    return rate;
}

QVariantMap rateToMap(const Rate &rate)
{
    QVariantMap map{{QStringLiteral("widthMhz"), rate.widthMhz},
                    {QStringLiteral("eightyPlusEighty"), rate.eightyPlusEighty},
                    {QStringLiteral("shortGi"), rate.shortGi}};
    if (rate.mbps) {
        map.insert(QStringLiteral("mbps"), *rate.mbps);
    }
    for (const auto &[key, value] :
         {std::pair{"htMcs", rate.htMcs}, std::pair{"vhtMcs", rate.vhtMcs}, std::pair{"vhtNss", rate.vhtNss},
          std::pair{"heMcs", rate.heMcs}, std::pair{"heNss", rate.heNss}, std::pair{"heGi", rate.heGi},
          std::pair{"heDcm", rate.heDcm}, std::pair{"heRuAlloc", rate.heRuAlloc},
          std::pair{"ehtMcs", rate.ehtMcs}, std::pair{"ehtNss", rate.ehtNss}, std::pair{"ehtGi", rate.ehtGi},
          std::pair{"ehtRuAlloc", rate.ehtRuAlloc}}) {
        if (value) {
            map.insert(QLatin1String(key), *value);
        }
    }
    return map;
}

Station stationFromJson(const QJsonObject &object, const QDateTime &received)
{
    Station station;
    station.interface = object[u"interface"].toString();
    station.mac = object[u"mac"].toString();
    station.key = station.interface + QLatin1Char('/') + station.mac;
    station.vendor = object[u"vendor"].toString();
    station.inactiveMs = optional64(object[u"inactiveMs"]);
    station.rxBytes = optional64(object[u"rxBytes"]);
    station.txBytes = optional64(object[u"txBytes"]);
    station.rxPackets = optional64(object[u"rxPackets"]);
    station.txPackets = optional64(object[u"txPackets"]);
    station.txRetries = optional64(object[u"txRetries"]);
    station.txFailed = optional64(object[u"txFailed"]);
    station.rxDropMisc = optional64(object[u"rxDropMisc"]);
    station.signalDbm = optionalInt(object[u"signalDbm"]);
    station.signalAverageDbm = optionalInt(object[u"signalAverageDbm"]);
    station.chainSignalDbm = levels(object[u"chainSignalDbm"]);
    station.chainSignalAverageDbm = levels(object[u"chainSignalAverageDbm"]);
    station.beaconSignalAverageDbm = optionalInt(object[u"beaconSignalAverageDbm"]);
    station.ackSignalDbm = optionalInt(object[u"ackSignalDbm"]);
    station.ackSignalAverageDbm = optionalInt(object[u"ackSignalAverageDbm"]);
    if (object[u"txRate"].isObject()) {
        station.txRate = rateFromJson(object[u"txRate"].toObject());
    }
    if (object[u"rxRate"].isObject()) {
        station.rxRate = rateFromJson(object[u"rxRate"].toObject());
    }
    station.txDurationUs = optional64(object[u"txDurationUs"]);
    station.rxDurationUs = optional64(object[u"rxDurationUs"]);
    station.expectedThroughputKbps = optional64(object[u"expectedThroughputKbps"]);
    station.connectedSeconds = optional64(object[u"connectedSeconds"]);
    station.associatedAtBoottimeNs = optional64(object[u"associatedAtBoottimeNs"]);
    station.beaconLoss = optional64(object[u"beaconLoss"]);
    station.beaconRx = optional64(object[u"beaconRx"]);
    station.tOffset = optional64(object[u"tOffset"]);
    station.authorized = optionalBool(object[u"authorized"]);
    station.authenticated = optionalBool(object[u"authenticated"]);
    station.associated = optionalBool(object[u"associated"]);
    station.shortPreamble = optionalBool(object[u"shortPreamble"]);
    station.wme = optionalBool(object[u"wme"]);
    station.mfp = optionalBool(object[u"mfp"]);
    station.tdlsPeer = optionalBool(object[u"tdlsPeer"]);
    if (object[u"bss"].isObject()) {
        const QJsonObject bss = object[u"bss"].toObject();
        station.hasBss = true;
        station.dtimPeriod = optionalInt(bss[u"dtimPeriod"]);
        station.beaconInterval = optionalInt(bss[u"beaconInterval"]);
        station.ctsProtection = bss[u"ctsProtection"].toBool();
        station.shortPreambleBss = bss[u"shortPreamble"].toBool();
        station.shortSlotTime = bss[u"shortSlotTime"].toBool();
    }
    for (const QJsonValue &tid : object[u"tidStats"].toArray()) {
        station.tidStats.append(tidFromJson(tid.toObject()));
    }
    station.received = received;
    return station;
}

} // namespace Airpane::Client
