// SPDX-License-Identifier: GPL-3.0-or-later
#include "json.h"

#include "jsonvalues.h"
#include "scan/bsstable.h"

#include <QDateTime>
#include <QJsonArray>

namespace Airpane::Json {
namespace {

QString statusKey(std::uint32_t status)
{
    switch (status) {
    case 0:
        return QStringLiteral("authenticated");
    case 1:
        return QStringLiteral("associated");
    case 2:
        return QStringLiteral("ibss-joined");
    default:
        return QStringLiteral("unknown");
    }
}

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject bss(const Bss &bss, bool withHistory)
{
    const Elements::ElementSummary &s = bss.summary;
    const Elements::ChannelPlacement &p = bss.placement;
    QJsonArray history;
    if (withHistory) {
        for (const Bss::SignalSample &sample : bss.history) {
            history.append(QJsonArray{sample.timeMs, sample.dbm});
        }
    }
    return {
        {QStringLiteral("key"), Scan::BssTable::keyOf(bss)},
        {QStringLiteral("bssid"), bss.bssid},
        {QStringLiteral("radio"), qint64(bss.radio)},
        {QStringLiteral("ifindex"), qint64(bss.ifindex)},
        {QStringLiteral("ssid"), bss.hidden ? QJsonValue() : QJsonValue(bss.ssid)},
        {QStringLiteral("hidden"), bss.hidden},
        {QStringLiteral("frequency"), bss.frequency},
        {QStringLiteral("frequencyOffsetKhz"), bss.frequencyOffsetKhz},
        {QStringLiteral("band"), bandKey(p.band)},
        {QStringLiteral("channel"), p.primaryChannel ? QJsonValue(p.primaryChannel) : QJsonValue()},
        {QStringLiteral("widthMhz"), p.widthMhz},
        {QStringLiteral("centerFrequency"), p.centerFrequency},
        {QStringLiteral("center2Frequency"),
         p.center2Frequency ? QJsonValue(p.center2Frequency) : QJsonValue()},
        {QStringLiteral("puncturedSubchannels"), int(p.puncturedSubchannels)},
        {QStringLiteral("signalDbm"), optional(bss.signalDbm)},
        {QStringLiteral("signalQuality"), optional(bss.signalQuality)},
        {QStringLiteral("ageMs"), qint64(bss.seenMsAgo)},
        {QStringLiteral("lastSeenBoottimeNs"), optional(bss.lastSeenBoottimeNs)},
        {QStringLiteral("tsf"), qint64(bss.tsf)},
        {QStringLiteral("beaconInterval"), int(bss.beaconInterval)},
        {QStringLiteral("capability"), int(bss.capability)},
        {QStringLiteral("status"), bss.status ? QJsonValue(statusKey(*bss.status)) : QJsonValue()},
        {QStringLiteral("security"),
         QJsonObject{
             {QStringLiteral("kind"), Elements::securityKey(bss.security.kind)},
             {QStringLiteral("name"), Elements::securityDisplayName(bss.security.kind)},
             {QStringLiteral("pmf"), Elements::pmfKey(bss.security.pmf)},
             {QStringLiteral("akms"), QJsonArray::fromStringList(Elements::akmNames(s))},
             {QStringLiteral("pairwiseCiphers"),
              QJsonArray::fromStringList(Elements::pairwiseCipherNames(s))},
             {QStringLiteral("groupCipher"), s.hasRsn && s.rsnGroupCipher
                                                 ? QJsonValue(Elements::cipherSuiteName(s.rsnGroupCipher))
                                                 : QJsonValue()},
             {QStringLiteral("wpa"), s.hasWpa},
             {QStringLiteral("oweTransition"), s.hasOweTransition},
         }},
        {QStringLiteral("standard"), Elements::standardKey(bss.standard)},
        {QStringLiteral("bssLoad"),
         s.hasBssLoad
             ? QJsonValue(QJsonObject{
                   {QStringLiteral("stations"), int(s.stationCount)},
                   {QStringLiteral("utilization"), int(s.channelUtilization)},
                   {QStringLiteral("utilizationPercent"), qRound(s.channelUtilization * 100.0 / 255)},
                   {QStringLiteral("admissionCapacity"), int(s.admissionCapacity)},
               })
             : QJsonValue()},
        {QStringLiteral("country"),
         s.hasCountry ? QJsonValue(QString::fromLatin1(s.country.data(), 2)) : QJsonValue()},
        {QStringLiteral("vendor"), bss.vendor.isEmpty() ? QJsonValue() : QJsonValue(bss.vendor)},
        {QStringLiteral("groupKey"), bss.groupKey},
        {QStringLiteral("mldAddress"), bss.mldAddress.isEmpty() ? QJsonValue() : QJsonValue(bss.mldAddress)},
        {QStringLiteral("linkId"), optional(bss.linkId)},
        {QStringLiteral("multipleBssid"),
         s.hasMultipleBssid ? QJsonValue(QJsonObject{
                                  {QStringLiteral("maxBssidIndicator"), int(s.maxBssidIndicator)},
                                  {QStringLiteral("profiles"), int(s.nontransmittedProfiles)},
                              })
                            : QJsonValue()},
        {QStringLiteral("neighborApCount"), int(s.neighborApCount)},
        {QStringLiteral("colocatedNeighbor"), s.colocatedNeighbor},
        {QStringLiteral("fromProbeResponse"), bss.fromProbeResponse},
        {QStringLiteral("malformedElements"), s.malformed},
        {QStringLiteral("elements"), hex(bss.elements)},
        {QStringLiteral("beaconElements"), nullableHex(bss.beaconElements)},
        {QStringLiteral("firstSeen"), isoTime(bss.firstSeenMs)},
        {QStringLiteral("lastSeen"), isoTime(bss.lastSeenMs)},
        {QStringLiteral("history"), withHistory ? QJsonValue(history) : QJsonValue()},
    };
}

} // namespace Airpane::Json
