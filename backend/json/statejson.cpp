// SPDX-License-Identifier: GPL-3.0-or-later
#include "json.h"

#include "jsonvalues.h"
#include "nl80211/names.h"

#include <QDateTime>
#include <QJsonArray>

namespace Airpane::Json {
namespace {

QJsonValue wdevId(std::uint64_t wdev)
{
    return QStringLiteral("0x%1").arg(wdev, 0, 16);
}

QJsonArray signals(const QList<std::int8_t> &values)
{
    QJsonArray array;
    for (const std::int8_t value : values) {
        array.append(int(value));
    }
    return array;
}

QJsonValue txq(const std::optional<TxqStats> &txq)
{
    if (!txq) {
        return QJsonValue();
    }
    return QJsonObject{
        {QStringLiteral("backlogBytes"), optional(txq->backlogBytes)},
        {QStringLiteral("backlogPackets"), optional(txq->backlogPackets)},
        {QStringLiteral("flows"), optional(txq->flows)},
        {QStringLiteral("drops"), optional(txq->drops)},
        {QStringLiteral("ecnMarks"), optional(txq->ecnMarks)},
        {QStringLiteral("overlimit"), optional(txq->overlimit)},
        {QStringLiteral("collisions"), optional(txq->collisions)},
        {QStringLiteral("txBytes"), optional(txq->txBytes)},
        {QStringLiteral("txPackets"), optional(txq->txPackets)},
    };
}

QJsonArray tids(const QList<TidStats> &stats)
{
    QJsonArray array;
    for (const TidStats &tid : stats) {
        array.append(QJsonObject{
            {QStringLiteral("tid"), tid.tid},
            {QStringLiteral("rxMsdu"), optional(tid.rxMsdu)},
            {QStringLiteral("txMsdu"), optional(tid.txMsdu)},
            {QStringLiteral("txMsduRetries"), optional(tid.txMsduRetries)},
            {QStringLiteral("txMsduFailed"), optional(tid.txMsduFailed)},
            {QStringLiteral("txq"), txq(tid.txq)},
        });
    }
    return array;
}

} // namespace

QJsonObject interface(const Interface &interface)
{
    QJsonValue channel;
    if (interface.channel) {
        const OperatingChannel &c = *interface.channel;
        channel = QJsonObject{
            {QStringLiteral("frequency"), c.frequency},
            {QStringLiteral("frequencyOffsetKhz"), c.frequencyOffsetKhz},
            {QStringLiteral("width"), Nl80211::channelWidthKey(c.width)},
            {QStringLiteral("widthMhz"), Nl80211::channelWidthMhz(c.width)},
            {QStringLiteral("center1"), c.center1 ? QJsonValue(c.center1) : QJsonValue()},
            {QStringLiteral("center2"), c.center2 ? QJsonValue(c.center2) : QJsonValue()},
        };
    }
    return {
        {QStringLiteral("wdev"), wdevId(interface.wdev)},
        {QStringLiteral("radio"), qint64(interface.radio)},
        {QStringLiteral("ifindex"), optional(interface.ifindex)},
        {QStringLiteral("name"), interface.name.isEmpty() ? QJsonValue() : QJsonValue(interface.name)},
        {QStringLiteral("type"), interfaceTypeKey(interface.type)},
        {QStringLiteral("mac"), interface.mac},
        {QStringLiteral("ssid"), interface.ssid.isEmpty() ? QJsonValue() : QJsonValue(interface.ssid)},
        {QStringLiteral("channel"), channel},
        {QStringLiteral("txPowerDbm"),
         interface.txPowerMbm ? QJsonValue(*interface.txPowerMbm / 100.0) : QJsonValue()},
        {QStringLiteral("use4Address"), interface.use4Address},
        {QStringLiteral("up"), optional(interface.up)},
        {QStringLiteral("lowerUp"), optional(interface.lowerUp)},
        {QStringLiteral("operState"),
         interface.operState.isEmpty() ? QJsonValue() : QJsonValue(interface.operState)},
    };
}

QJsonObject regulatoryDomain(const RegulatoryDomain &domain)
{
    QJsonArray rules;
    for (const RegulatoryDomain::Rule &rule : domain.rules) {
        rules.append(QJsonObject{
            {QStringLiteral("startKhz"), qint64(rule.startKhz)},
            {QStringLiteral("endKhz"), qint64(rule.endKhz)},
            {QStringLiteral("maxBandwidthKhz"), qint64(rule.maxBandwidthKhz)},
            {QStringLiteral("maxAntennaGainMbi"), qint64(rule.maxAntennaGainMbi)},
            {QStringLiteral("maxEirpMbm"), qint64(rule.maxEirpMbm)},
            {QStringLiteral("cacTimeMs"), qint64(rule.cacTimeMs)},
            {QStringLiteral("psdDbmPerMhz"), optional(rule.psdDbmPerMhz)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(rule.flagKeys())},
        });
    }
    return {
        {QStringLiteral("country"), domain.alpha2},
        {QStringLiteral("dfsRegion"), domain.dfsRegionKey()},
        {QStringLiteral("radio"), optional(domain.radio)},
        {QStringLiteral("selfManaged"), domain.selfManaged},
        {QStringLiteral("rules"), rules},
    };
}

QJsonObject rate(const RateInfo &rate)
{
    return {
        {QStringLiteral("mbps"),
         rate.bitrate100Kbps ? QJsonValue(*rate.bitrate100Kbps / 10.0) : QJsonValue()},
        {QStringLiteral("htMcs"), optional(rate.htMcs)},
        {QStringLiteral("vhtMcs"), optional(rate.vhtMcs)},
        {QStringLiteral("vhtNss"), optional(rate.vhtNss)},
        {QStringLiteral("heMcs"), optional(rate.heMcs)},
        {QStringLiteral("heNss"), optional(rate.heNss)},
        {QStringLiteral("heGi"), optional(rate.heGi)},
        {QStringLiteral("heDcm"), optional(rate.heDcm)},
        {QStringLiteral("heRuAlloc"), optional(rate.heRuAlloc)},
        {QStringLiteral("ehtMcs"), optional(rate.ehtMcs)},
        {QStringLiteral("ehtNss"), optional(rate.ehtNss)},
        {QStringLiteral("ehtGi"), optional(rate.ehtGi)},
        {QStringLiteral("ehtRuAlloc"), optional(rate.ehtRuAlloc)},
        {QStringLiteral("widthMhz"), rate.widthMhz},
        {QStringLiteral("eightyPlusEighty"), rate.eightyPlusEighty},
        {QStringLiteral("shortGi"), rate.shortGi},
    };
}

QJsonObject station(const Station &station)
{
    return {
        {QStringLiteral("mac"), station.mac},
        {QStringLiteral("ifindex"), qint64(station.ifindex)},
        {QStringLiteral("interface"),
         station.interfaceName.isEmpty() ? QJsonValue() : QJsonValue(station.interfaceName)},
        {QStringLiteral("vendor"), station.vendor.isEmpty() ? QJsonValue() : QJsonValue(station.vendor)},
        {QStringLiteral("inactiveMs"), optional(station.inactiveMs)},
        {QStringLiteral("rxBytes"), optional(station.rxBytes)},
        {QStringLiteral("txBytes"), optional(station.txBytes)},
        {QStringLiteral("rxPackets"), optional(station.rxPackets)},
        {QStringLiteral("txPackets"), optional(station.txPackets)},
        {QStringLiteral("txRetries"), optional(station.txRetries)},
        {QStringLiteral("txFailed"), optional(station.txFailed)},
        {QStringLiteral("rxDropMisc"), optional(station.rxDropMisc)},
        {QStringLiteral("signalDbm"), optional(station.signalDbm)},
        {QStringLiteral("signalAverageDbm"), optional(station.signalAverageDbm)},
        {QStringLiteral("chainSignalDbm"), signals(station.chainSignalDbm)},
        {QStringLiteral("chainSignalAverageDbm"), signals(station.chainSignalAverageDbm)},
        {QStringLiteral("beaconSignalAverageDbm"), optional(station.beaconSignalAverageDbm)},
        {QStringLiteral("ackSignalDbm"), optional(station.ackSignalDbm)},
        {QStringLiteral("ackSignalAverageDbm"), optional(station.ackSignalAverageDbm)},
        {QStringLiteral("txRate"), station.txRate ? QJsonValue(rate(*station.txRate)) : QJsonValue()},
        {QStringLiteral("rxRate"), station.rxRate ? QJsonValue(rate(*station.rxRate)) : QJsonValue()},
        {QStringLiteral("txDurationUs"), optional(station.txDurationUs)},
        {QStringLiteral("rxDurationUs"), optional(station.rxDurationUs)},
        {QStringLiteral("expectedThroughputKbps"), optional(station.expectedThroughputKbps)},
        {QStringLiteral("connectedSeconds"), optional(station.connectedSeconds)},
        {QStringLiteral("associatedAtBoottimeNs"), optional(station.associatedAtBoottimeNs)},
        {QStringLiteral("beaconLoss"), optional(station.beaconLoss)},
        {QStringLiteral("beaconRx"), optional(station.beaconRx)},
        {QStringLiteral("tOffset"), optional(station.tOffset)},
        {QStringLiteral("tidStats"), tids(station.tidStats)},
        {QStringLiteral("authorized"), optional(station.authorized)},
        {QStringLiteral("authenticated"), optional(station.authenticated)},
        {QStringLiteral("associated"), optional(station.associated)},
        {QStringLiteral("shortPreamble"), optional(station.shortPreamble)},
        {QStringLiteral("wme"), optional(station.wme)},
        {QStringLiteral("mfp"), optional(station.mfp)},
        {QStringLiteral("tdlsPeer"), optional(station.tdlsPeer)},
        {QStringLiteral("bss"),
         station.hasBssParameters ? QJsonValue(QJsonObject{
                                        {QStringLiteral("dtimPeriod"), optional(station.dtimPeriod)},
                                        {QStringLiteral("beaconInterval"), optional(station.beaconInterval)},
                                        {QStringLiteral("ctsProtection"), station.ctsProtection},
                                        {QStringLiteral("shortPreamble"), station.shortPreambleBss},
                                        {QStringLiteral("shortSlotTime"), station.shortSlotTime},
                                    })
                                  : QJsonValue()},
    };
}

QJsonObject surveyEntry(const SurveyEntry &entry)
{
    return {
        {QStringLiteral("ifindex"), qint64(entry.ifindex)},
        {QStringLiteral("frequency"), entry.frequency},
        {QStringLiteral("frequencyOffsetKhz"), entry.frequencyOffsetKhz},
        {QStringLiteral("inUse"), entry.inUse},
        {QStringLiteral("noiseDbm"), optional(entry.noiseDbm)},
        {QStringLiteral("activeMs"), optional(entry.activeMs)},
        {QStringLiteral("busyMs"), optional(entry.busyMs)},
        {QStringLiteral("extBusyMs"), optional(entry.extBusyMs)},
        {QStringLiteral("rxMs"), optional(entry.rxMs)},
        {QStringLiteral("txMs"), optional(entry.txMs)},
        {QStringLiteral("scanMs"), optional(entry.scanMs)},
        {QStringLiteral("bssRxMs"), optional(entry.bssRxMs)},
    };
}

QJsonObject event(const Event &event)
{
    return {
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(event.timeMs).toString(Qt::ISODateWithMs)},
        {QStringLiteral("command"), event.name},
        {QStringLiteral("kind"), eventKindKey(event.kind)},
        {QStringLiteral("radio"), optional(event.radio)},
        {QStringLiteral("ifindex"), optional(event.ifindex)},
        {QStringLiteral("wdev"), event.wdev ? wdevId(*event.wdev) : QJsonValue()},
        {QStringLiteral("interface"),
         event.interfaceName.isEmpty() ? QJsonValue() : QJsonValue(event.interfaceName)},
        // Off-channel work: the cookie that ties an event to the request that caused it.
        {QStringLiteral("cookie"),
         event.cookie ? QJsonValue(QStringLiteral("0x%1").arg(*event.cookie, 0, 16)) : QJsonValue()},
        {QStringLiteral("frequency"), optional(event.frequency)},
        {QStringLiteral("durationMs"), optional(event.durationMs)},
        {QStringLiteral("acknowledged"), optional(event.acknowledged)},
        {QStringLiteral("summary"), event.summary},
    };
}

} // namespace Airpane::Json
