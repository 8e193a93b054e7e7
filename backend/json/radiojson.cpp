// SPDX-License-Identifier: GPL-3.0-or-later
#include "json.h"

#include "jsonvalues.h"
#include "nl80211/names.h"

#include <QJsonArray>

namespace Airpane::Json {
namespace {

QJsonArray interfaceTypes(const InterfaceTypes &types)
{
    QJsonArray array;
    for (const InterfaceType type : types) {
        array.append(interfaceTypeKey(type));
    }
    return array;
}

QJsonObject frameTypes(const QMap<InterfaceType, QList<std::uint16_t>> &types)
{
    QJsonObject object;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        QJsonArray frames;
        for (const std::uint16_t frame : it.value()) {
            frames.append(int(frame));
        }
        object.insert(interfaceTypeKey(it.key()), frames);
    }
    return object;
}

// The MCS indexes a 10-byte RX MCS bitmask (the start of the HT Supported MCS Set) allows.
QJsonArray htMcsIndexes(const QByteArray &mcsSet)
{
    QJsonArray indexes;
    for (int i = 0; i < 77 && i / 8 < std::min<qsizetype>(mcsSet.size(), 10); ++i) {
        if ((std::uint8_t(mcsSet[i / 8]) >> (i % 8)) & 1) {
            indexes.append(i);
        }
    }
    return indexes;
}

QJsonObject ht(const Band::Ht &ht)
{
    return {
        {QStringLiteral("capabilities"), int(ht.capabilities)},
        {QStringLiteral("ampduExponent"), int(ht.ampduFactor)},
        {QStringLiteral("maxAmpduLength"), (1 << (13 + ht.ampduFactor)) - 1},
        {QStringLiteral("ampduDensity"), int(ht.ampduDensity)},
        {QStringLiteral("mcsSet"), hex(ht.mcsSet)},
        {QStringLiteral("rxMcsIndexes"), htMcsIndexes(ht.mcsSet)},
    };
}

QJsonObject vht(const Band::Vht &vht)
{
    QJsonObject object{
        {QStringLiteral("capabilities"), qint64(vht.capabilities)},
        {QStringLiteral("mcsSet"), hex(vht.mcsSet)},
    };
    if (vht.mcsSet.size() == 8) {
        auto u16 = [&](int offset) {
            return int(std::uint8_t(vht.mcsSet[offset]) | std::uint8_t(vht.mcsSet[offset + 1]) << 8);
        };
        object.insert(QStringLiteral("rxMcsMap"), u16(0));
        object.insert(QStringLiteral("rxHighestMbps"), u16(2) & 0x1fff);
        object.insert(QStringLiteral("txMcsMap"), u16(4));
        object.insert(QStringLiteral("txHighestMbps"), u16(6) & 0x1fff);
    }
    return object;
}

QJsonObject iftypeData(const Band::IftypeData &data)
{
    QJsonObject object{{QStringLiteral("interfaceTypes"), interfaceTypes(data.interfaceTypes)}};
    object.insert(QStringLiteral("he"), data.hasHe() ? QJsonValue(QJsonObject{
                                                           {QStringLiteral("mac"), hex(data.heMac)},
                                                           {QStringLiteral("phy"), hex(data.hePhy)},
                                                           {QStringLiteral("mcsSet"), hex(data.heMcsSet)},
                                                           {QStringLiteral("ppe"), hex(data.hePpe)},
                                                       })
                                                     : QJsonValue());
    object.insert(QStringLiteral("he6GhzCapabilities"), optional(data.he6GhzCapabilities));
    object.insert(QStringLiteral("eht"), data.hasEht() ? QJsonValue(QJsonObject{
                                                             {QStringLiteral("mac"), hex(data.ehtMac)},
                                                             {QStringLiteral("phy"), hex(data.ehtPhy)},
                                                             {QStringLiteral("mcsSet"), hex(data.ehtMcsSet)},
                                                             {QStringLiteral("ppe"), hex(data.ehtPpe)},
                                                         })
                                                       : QJsonValue());
    return object;
}

QJsonObject channel(const Channel &channel)
{
    QJsonObject object{
        {QStringLiteral("frequency"), channel.frequency},
        {QStringLiteral("frequencyOffsetKhz"), channel.frequencyOffsetKhz},
        {QStringLiteral("channel"), channel.number ? QJsonValue(channel.number) : QJsonValue()},
        {QStringLiteral("maxPowerDbm"), optional(channel.maxPowerDbm)},
        {QStringLiteral("disabled"), channel.disabled},
        {QStringLiteral("flags"), QJsonArray::fromStringList(channel.flags)},
    };
    static const char *dfsStates[] = {"usable", "unavailable", "available"};
    object.insert(QStringLiteral("dfs"),
                  channel.dfsState
                      ? QJsonValue(QJsonObject{
                            {QStringLiteral("state"), QLatin1String(dfsStates[int(*channel.dfsState)])},
                            {QStringLiteral("stateTimeMs"), optional(channel.dfsStateTimeMs)},
                            {QStringLiteral("cacTimeMs"), optional(channel.dfsCacTimeMs)},
                        })
                      : QJsonValue());
    return object;
}

QJsonObject combination(const InterfaceCombination &combination)
{
    QJsonArray limits;
    for (const InterfaceCombination::Limit &limit : combination.limits) {
        limits.append(QJsonObject{{QStringLiteral("max"), qint64(limit.max)},
                                  {QStringLiteral("types"), interfaceTypes(limit.types)}});
    }
    return {
        {QStringLiteral("limits"), limits},
        {QStringLiteral("maxInterfaces"), qint64(combination.maxInterfaces)},
        {QStringLiteral("channels"), qint64(combination.channels)},
        {QStringLiteral("staApBeaconIntervalMustMatch"), combination.staApBeaconIntervalMustMatch},
        {QStringLiteral("radarDetectWidths"),
         QJsonArray::fromStringList(Nl80211::channelWidthKeys(combination.radarDetectWidths))},
        {QStringLiteral("radarDetectRegions"), qint64(combination.radarDetectRegions)},
        {QStringLiteral("beaconIntervalMinGcd"), qint64(combination.beaconIntervalMinGcd)},
    };
}

QJsonArray capabilityFlags(const Radio &radio)
{
    QJsonArray flags;
    const std::pair<bool, const char *> all[] = {
        {radio.ibssRsn, "IBSS_RSN"},
        {radio.apUapsd, "AP_UAPSD"},
        {radio.tdls, "TDLS"},
        {radio.tdlsExternalSetup, "TDLS_EXTERNAL_SETUP"},
        {radio.roaming, "ROAM"},
        {radio.offchannelTx, "OFFCHANNEL_TX"},
        {radio.meshAuth, "MESH_AUTH"},
        {radio.controlPortEthertype, "CONTROL_PORT_ETHERTYPE"},
        {radio.selfManagedRegulatory, "SELF_MANAGED_REG"},
    };
    for (const auto &[set, name] : all) {
        if (set) {
            flags.append(QLatin1String(name));
        }
    }
    return flags;
}

} // namespace

QJsonObject band(const Band &band)
{
    QJsonArray bitrates;
    for (const Band::Bitrate &rate : band.bitrates) {
        bitrates.append(QJsonObject{{QStringLiteral("mbps"), rate.rate100Kbps / 10.0},
                                    {QStringLiteral("shortPreamble"), rate.shortPreamble}});
    }
    QJsonArray channels;
    for (const Channel &c : band.channels) {
        channels.append(channel(c));
    }
    QJsonArray iftypes;
    for (const Band::IftypeData &data : band.iftypeData) {
        iftypes.append(iftypeData(data));
    }
    return {
        {QStringLiteral("band"), bandKey(band.id)},
        {QStringLiteral("number"), int(band.id)},
        {QStringLiteral("ht"), band.ht ? QJsonValue(ht(*band.ht)) : QJsonValue()},
        {QStringLiteral("vht"), band.vht ? QJsonValue(vht(*band.vht)) : QJsonValue()},
        {QStringLiteral("iftypeData"), iftypes},
        {QStringLiteral("bitrates"), bitrates},
        {QStringLiteral("channels"), channels},
    };
}

QJsonObject radioSummary(const Radio &radio)
{
    QJsonArray bands;
    for (const Band &b : radio.bands) {
        bands.append(bandKey(b.id));
    }
    return {
        {QStringLiteral("index"), qint64(radio.index)},
        {QStringLiteral("name"), radio.name},
        {QStringLiteral("bands"), bands},
        {QStringLiteral("interfaceTypes"), interfaceTypes(radio.interfaceTypes)},
        {QStringLiteral("maxRemainOnChannelMs"), optional(radio.maxRemainOnChannelMs)},
        {QStringLiteral("selfManagedRegulatory"), radio.selfManagedRegulatory},
    };
}

QJsonObject radio(const Radio &radio)
{
    QJsonObject object = radioSummary(radio);
    QJsonArray bands;
    for (const Band &b : radio.bands) {
        bands.append(band(b));
    }
    object.insert(QStringLiteral("bands"), bands);
    object.insert(QStringLiteral("generation"), qint64(radio.generation));
    object.insert(QStringLiteral("softwareInterfaceTypes"), interfaceTypes(radio.softwareInterfaceTypes));
    QJsonArray combinations;
    for (const InterfaceCombination &c : radio.combinations) {
        combinations.append(combination(c));
    }
    object.insert(QStringLiteral("combinations"), combinations);
    QJsonArray commands;
    for (const std::uint32_t command : radio.commands) {
        commands.append(Nl80211::commandName(command));
    }
    object.insert(QStringLiteral("commands"), commands);
    object.insert(QStringLiteral("txFrameTypes"), frameTypes(radio.txFrameTypes));
    object.insert(QStringLiteral("rxFrameTypes"), frameTypes(radio.rxFrameTypes));
    QJsonArray ciphers;
    for (const std::uint32_t suite : radio.cipherSuites) {
        const QString name = Nl80211::cipherName(suite);
        ciphers.append(
            QJsonObject{{QStringLiteral("suite"), Nl80211::cipherSuiteSelector(suite)},
                        {QStringLiteral("name"), name.isEmpty() ? QJsonValue() : QJsonValue(name)}});
    }
    object.insert(QStringLiteral("ciphers"), ciphers);
    object.insert(QStringLiteral("featureFlags"),
                  QJsonArray::fromStringList(Nl80211::featureFlagNames(radio.featureFlags)));
    object.insert(QStringLiteral("capabilityFlags"), capabilityFlags(radio));
    object.insert(QStringLiteral("extendedFeatures"),
                  QJsonArray::fromStringList(Nl80211::extendedFeatureNames(radio.extendedFeatures)));
    object.insert(QStringLiteral("maxScanSsids"), int(radio.maxScanSsids));
    object.insert(QStringLiteral("maxScanIeLength"), int(radio.maxScanIeLength));
    object.insert(QStringLiteral("maxSchedScanSsids"), int(radio.maxSchedScanSsids));
    object.insert(QStringLiteral("maxSchedScanIeLength"), int(radio.maxSchedScanIeLength));
    object.insert(QStringLiteral("maxMatchSets"), int(radio.maxMatchSets));
    object.insert(QStringLiteral("maxScanPlans"), optional(radio.maxScanPlans));
    object.insert(QStringLiteral("maxScanPlanInterval"), optional(radio.maxScanPlanInterval));
    object.insert(QStringLiteral("maxScanPlanIterations"), optional(radio.maxScanPlanIterations));
    object.insert(QStringLiteral("antennas"),
                  QJsonObject{
                      {QStringLiteral("availableTx"), optional(radio.antennaAvailableTx)},
                      {QStringLiteral("availableRx"), optional(radio.antennaAvailableRx)},
                      {QStringLiteral("configuredTx"), optional(radio.antennaConfiguredTx)},
                      {QStringLiteral("configuredRx"), optional(radio.antennaConfiguredRx)},
                  });
    object.insert(QStringLiteral("retryShort"), optional(radio.retryShort));
    object.insert(QStringLiteral("retryLong"), optional(radio.retryLong));
    object.insert(QStringLiteral("fragmentationThreshold"), optional(radio.fragmentationThreshold));
    object.insert(QStringLiteral("rtsThreshold"), optional(radio.rtsThreshold));
    object.insert(QStringLiteral("coverageClass"), optional(radio.coverageClass));
    object.insert(QStringLiteral("htCapabilityMask"), nullableHex(radio.htCapabilityMask));
    object.insert(QStringLiteral("vhtCapabilityMask"), nullableHex(radio.vhtCapabilityMask));
    object.insert(QStringLiteral("extendedCapabilities"), nullableHex(radio.extendedCapabilities));
    object.insert(QStringLiteral("extendedCapabilitiesMask"), nullableHex(radio.extendedCapabilitiesMask));
    object.insert(QStringLiteral("maxPmkids"), optional(radio.maxPmkids));
    object.insert(QStringLiteral("maxApStations"), optional(radio.maxApStations));
    object.insert(QStringLiteral("maxCsaCounters"), optional(radio.maxCsaCounters));
    object.insert(QStringLiteral("deviceApSme"), optional(radio.deviceApSme));
    object.insert(QStringLiteral("probeResponseOffload"), optional(radio.probeResponseOffload));
    return object;
}

} // namespace Airpane::Json
