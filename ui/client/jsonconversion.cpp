// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonconversion.h"

#include <QHash>
#include <QJsonArray>

namespace Airpane::Client {
namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

std::optional<qint64> optionalInt64(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

std::optional<double> optionalDouble(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<uint> optionalUint(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<uint>(uint(value.toInteger())) : std::nullopt;
}

std::optional<bool> optionalBool(const QJsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

QByteArray hex(const QJsonValue &value)
{
    return QByteArray::fromHex(value.toString().toLatin1());
}

Channel channelFromJson(const QJsonObject &object)
{
    Channel channel;
    channel.frequency = object[u"frequency"].toInt();
    channel.frequencyOffsetKhz = object[u"frequencyOffsetKhz"].toInt();
    channel.number = optionalInt(object[u"channel"]);
    channel.maxPowerDbm = optionalDouble(object[u"maxPowerDbm"]);
    channel.disabled = object[u"disabled"].toBool();
    channel.flags = strings(object[u"flags"]);
    const QJsonObject dfs = object[u"dfs"].toObject();
    channel.dfsState = dfs[u"state"].toString();
    channel.dfsStateTimeMs = optionalInt64(dfs[u"stateTimeMs"]);
    channel.dfsCacTimeMs = optionalInt64(dfs[u"cacTimeMs"]);
    return channel;
}

std::optional<HighThroughputFields> fieldsFromJson(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    return HighThroughputFields{hex(object[u"mac"]), hex(object[u"phy"]), hex(object[u"mcsSet"]),
                                hex(object[u"ppe"])};
}

Band bandFromJson(const QJsonObject &object)
{
    Band band;
    band.key = object[u"band"].toString();
    if (const QJsonValue ht = object[u"ht"]; ht.isObject()) {
        HtCapabilities caps;
        caps.capabilities = quint16(ht[u"capabilities"].toInt());
        caps.ampduExponent = ht[u"ampduExponent"].toInt();
        caps.maxAmpduLength = ht[u"maxAmpduLength"].toInteger();
        caps.ampduDensity = ht[u"ampduDensity"].toInt();
        for (const QJsonValue &index : ht[u"rxMcsIndexes"].toArray()) {
            caps.rxMcsIndexes.append(index.toInt());
        }
        band.ht = caps;
    }
    if (const QJsonValue vht = object[u"vht"]; vht.isObject()) {
        VhtCapabilities caps;
        caps.capabilities = quint32(vht[u"capabilities"].toInteger());
        caps.rxMcsMap = vht[u"rxMcsMap"].toInt(0xffff);
        caps.txMcsMap = vht[u"txMcsMap"].toInt(0xffff);
        caps.rxHighestMbps = vht[u"rxHighestMbps"].toInt();
        caps.txHighestMbps = vht[u"txHighestMbps"].toInt();
        band.vht = caps;
    }
    for (const QJsonValue &value : object[u"iftypeData"].toArray()) {
        IftypeData data;
        data.interfaceTypes = strings(value[u"interfaceTypes"]);
        data.he = fieldsFromJson(value[u"he"]);
        data.he6GhzCapabilities = optionalInt(value[u"he6GhzCapabilities"]);
        data.eht = fieldsFromJson(value[u"eht"]);
        band.iftypeData.append(data);
    }
    for (const QJsonValue &value : object[u"bitrates"].toArray()) {
        band.bitrates.append({value[u"mbps"].toDouble(), value[u"shortPreamble"].toBool()});
    }
    for (const QJsonValue &value : object[u"channels"].toArray()) {
        band.channels.append(channelFromJson(value.toObject()));
    }
    return band;
}

Combination combinationFromJson(const QJsonObject &object)
{
    Combination combination;
    for (const QJsonValue &value : object[u"limits"].toArray()) {
        combination.limits.append({value[u"max"].toInt(), strings(value[u"types"])});
    }
    combination.maxInterfaces = object[u"maxInterfaces"].toInt();
    combination.channels = object[u"channels"].toInt();
    combination.staApBeaconIntervalMustMatch = object[u"staApBeaconIntervalMustMatch"].toBool();
    combination.radarDetectWidths = strings(object[u"radarDetectWidths"]);
    combination.beaconIntervalMinGcd = object[u"beaconIntervalMinGcd"].toInt();
    return combination;
}

} // namespace

const Band *Radio::band(const QString &key) const
{
    for (const Band &candidate : bands) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

Radio radioFromJson(const QJsonObject &object)
{
    Radio radio;
    radio.index = uint(object[u"index"].toInteger());
    radio.name = object[u"name"].toString();
    for (const QJsonValue &value : object[u"bands"].toArray()) {
        // A radio summary lists band keys only; capabilities list whole bands.
        if (value.isObject()) {
            radio.bands.append(bandFromJson(value.toObject()));
        } else {
            Band band;
            band.key = value.toString();
            radio.bands.append(band);
        }
    }
    radio.interfaceTypes = strings(object[u"interfaceTypes"]);
    radio.softwareInterfaceTypes = strings(object[u"softwareInterfaceTypes"]);
    for (const QJsonValue &value : object[u"combinations"].toArray()) {
        radio.combinations.append(combinationFromJson(value.toObject()));
    }
    radio.commands = strings(object[u"commands"]);
    for (const QJsonValue &value : object[u"ciphers"].toArray()) {
        radio.ciphers.append({value[u"suite"].toString(), value[u"name"].toString()});
    }
    radio.featureFlags = strings(object[u"featureFlags"]);
    radio.capabilityFlags = strings(object[u"capabilityFlags"]);
    radio.extendedFeatures = strings(object[u"extendedFeatures"]);
    radio.maxRemainOnChannelMs = optionalInt(object[u"maxRemainOnChannelMs"]);
    radio.selfManagedRegulatory = object[u"selfManagedRegulatory"].toBool();
    radio.maxScanSsids = object[u"maxScanSsids"].toInt();
    radio.maxApStations = object[u"maxApStations"].toInt();
    const QJsonObject antennas = object[u"antennas"].toObject();
    radio.antennasTx = optionalInt(antennas[u"availableTx"]);
    radio.antennasRx = optionalInt(antennas[u"availableRx"]);
    return radio;
}

Interface interfaceFromJson(const QJsonObject &object)
{
    Interface interface;
    interface.wdev = object[u"wdev"].toString();
    interface.radio = uint(object[u"radio"].toInteger());
    interface.ifindex = optionalUint(object[u"ifindex"]);
    interface.name = object[u"name"].toString();
    interface.type = object[u"type"].toString();
    interface.mac = object[u"mac"].toString();
    interface.ssid = object[u"ssid"].toString();
    if (const QJsonValue channel = object[u"channel"]; channel.isObject()) {
        interface.channel = OperatingChannel{channel[u"frequency"].toInt(), channel[u"width"].toString(),
                                             channel[u"widthMhz"].toInt(), optionalInt(channel[u"center1"]),
                                             optionalInt(channel[u"center2"])};
    }
    interface.txPowerDbm = optionalDouble(object[u"txPowerDbm"]);
    interface.use4Address = object[u"use4Address"].toBool();
    interface.up = optionalBool(object[u"up"]);
    interface.lowerUp = optionalBool(object[u"lowerUp"]);
    interface.operState = object[u"operState"].toString();
    return interface;
}

Event eventFromJson(const QJsonObject &object)
{
    Event event;
    event.time = QDateTime::fromString(object[u"time"].toString(), Qt::ISODateWithMs);
    event.command = object[u"command"].toString();
    event.kind = object[u"kind"].toString();
    event.radio = optionalUint(object[u"radio"]);
    event.ifindex = optionalUint(object[u"ifindex"]);
    event.wdev = object[u"wdev"].toString();
    event.interfaceName = object[u"interface"].toString();
    event.summary = object[u"summary"].toString();
    return event;
}

RegulatoryDomain regulatoryDomainFromJson(const QJsonObject &object)
{
    RegulatoryDomain domain;
    domain.country = object[u"country"].toString();
    domain.dfsRegion = object[u"dfsRegion"].toString();
    domain.radio = optionalUint(object[u"radio"]);
    domain.selfManaged = object[u"selfManaged"].toBool();
    domain.rules = int(object[u"rules"].toArray().size());
    return domain;
}

Peer peerFromJson(const QJsonObject &object)
{
    Peer peer;
    peer.address = object[u"address"].toString();
    peer.name = object[u"name"].toString();
    peer.primaryType = object[u"primaryType"].toString();
    peer.category = object[u"category"].toString();
    peer.secondaryTypes = strings(object[u"secondaryTypes"]);
    // JSON.md documents an array; airpane-cli and the helper send one string, space-separated.
    const QJsonValue methods = object[u"configMethodNames"];
    peer.configMethods =
        methods.isString() ? methods.toString().split(u' ', Qt::SkipEmptyParts) : strings(methods);
    peer.deviceCapability = optionalInt(object[u"deviceCapability"]);
    peer.groupCapability = optionalInt(object[u"groupCapability"]);
    peer.listenChannel = optionalInt(object[u"listenChannel"]);
    peer.operatingChannel = optionalInt(object[u"operatingChannel"]);
    peer.manufacturer = object[u"manufacturer"].toString();
    peer.modelName = object[u"modelName"].toString();
    peer.wfd = object[u"wfd"].toString();
    peer.groupClients = strings(object[u"groupClients"]);
    peer.signalDbm = optionalInt(object[u"signalDbm"]);
    peer.frequency = object[u"frequency"].toInt();
    peer.firstSeen = QDateTime::fromString(object[u"firstSeen"].toString(), Qt::ISODateWithMs);
    peer.lastSeen = QDateTime::fromString(object[u"lastSeen"].toString(), Qt::ISODateWithMs);
    peer.probeRequestOnly = object[u"probeRequestOnly"].toBool();
    return peer;
}

SentFrame sentFrameFromJson(const QJsonObject &object)
{
    static const QHash<QString, SentFrame::Status> statuses = {
        {QStringLiteral("acknowledged"), SentFrame::Status::Acknowledged},
        {QStringLiteral("not-acknowledged"), SentFrame::Status::NotAcknowledged},
        {QStringLiteral("failed"), SentFrame::Status::Failed},
    };
    SentFrame frame;
    frame.id = object[u"id"].toInteger();
    frame.description = object[u"description"].toString();
    frame.destination = object[u"destination"].toString();
    frame.frequency = object[u"frequency"].toInt();
    frame.sent = QDateTime::fromString(object[u"sent"].toString(), Qt::ISODateWithMs);
    frame.status = statuses.value(object[u"status"].toString(), SentFrame::Status::Pending);
    frame.statusAfterMs = optionalInt(object[u"statusAfterMs"]);
    frame.error = object[u"error"].toString();
    return frame;
}

P2pAvailability p2pAvailabilityFromJson(const QJsonObject &object)
{
    P2pAvailability availability;
    availability.radio = uint(object[u"radio"].toInteger());
    availability.available = object[u"available"].toBool();
    for (const QJsonValue &value : object[u"problems"].toArray()) {
        const QJsonObject problem = value.toObject();
        P2pAvailability::Problem entry{problem[u"key"].toString(), problem[u"message"].toString(),
                                       problem[u"remedy"].toString(), std::nullopt};
        if (problem[u"owner"].isObject()) {
            const QJsonObject owner = problem[u"owner"].toObject();
            entry.owner = P2pAvailability::Owner{
                owner[u"program"].toString(), uint(owner[u"pid"].toInteger()), owner[u"unit"].toString(),
                owner[u"interface"].toString(), owner[u"networkManager"].toBool()};
        }
        availability.problems.append(entry);
    }
    return availability;
}

InterfaceVerdict verdictFromJson(const QJsonObject &object)
{
    InterfaceVerdict verdict;
    verdict.allowed = object[u"allowed"].toBool();
    verdict.problems = strings(object[u"problems"]);
    verdict.notes = strings(object[u"notes"]);
    return verdict;
}

} // namespace Airpane::Client
