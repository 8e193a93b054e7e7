// SPDX-License-Identifier: GPL-3.0-or-later
#include "wiphydecoder.h"

#include "banddecoder.h"
#include "decodecontext.h"

#include <linux/nl80211.h>

#include <cstring>

namespace Airpane::Nl80211 {
namespace {

using Netlink::Attribute;
using Netlink::AttributeTable;

InterfaceTypes interfaceTypes(const Attribute &attribute, DecodeContext &context)
{
    InterfaceTypes types;
    for (const Attribute &type : context.nested(attribute, "interface types")) {
        if (const auto known = interfaceTypeFromNl80211(type.type())) {
            types.append(*known);
        }
    }
    return types;
}

QList<InterfaceCombination> combinations(const Attribute &attribute, DecodeContext &context)
{
    QList<InterfaceCombination> result;
    for (const Attribute &entry : context.nested(attribute, "interface combinations")) {
        const AttributeTable comb = context.table(entry, MAX_NL80211_IFACE_COMB, "combination");
        InterfaceCombination combination;
        if (const auto &limits = comb[NL80211_IFACE_COMB_LIMITS]) {
            for (const Attribute &limitEntry : context.nested(*limits, "combination limits")) {
                const AttributeTable limit = context.table(limitEntry, MAX_NL80211_IFACE_LIMIT, "limit");
                InterfaceCombination::Limit item;
                context.read<std::uint32_t>(limit[NL80211_IFACE_LIMIT_MAX], item.max, "IFACE_LIMIT_MAX");
                if (const auto &types = limit[NL80211_IFACE_LIMIT_TYPES]) {
                    item.types = interfaceTypes(*types, context);
                }
                combination.limits.append(item);
            }
        }
        context.read<std::uint32_t>(comb[NL80211_IFACE_COMB_MAXNUM], combination.maxInterfaces,
                                    "COMB_MAXNUM");
        context.read<std::uint32_t>(comb[NL80211_IFACE_COMB_NUM_CHANNELS], combination.channels,
                                    "COMB_NUM_CHANNELS");
        combination.staApBeaconIntervalMustMatch = comb.has(NL80211_IFACE_COMB_STA_AP_BI_MATCH);
        context.read<std::uint32_t>(comb[NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS],
                                    combination.radarDetectWidths, "COMB_RADAR_DETECT_WIDTHS");
        context.read<std::uint32_t>(comb[NL80211_IFACE_COMB_RADAR_DETECT_REGIONS],
                                    combination.radarDetectRegions, "COMB_RADAR_DETECT_REGIONS");
        context.read<std::uint32_t>(comb[NL80211_IFACE_COMB_BI_MIN_GCD], combination.beaconIntervalMinGcd,
                                    "COMB_BI_MIN_GCD");
        result.append(combination);
    }
    return result;
}

QMap<InterfaceType, QList<std::uint16_t>> frameTypes(const Attribute &attribute, DecodeContext &context)
{
    QMap<InterfaceType, QList<std::uint16_t>> result;
    for (const Attribute &perType : context.nested(attribute, "frame types")) {
        const auto type = interfaceTypeFromNl80211(perType.type());
        QList<std::uint16_t> frames;
        for (const Attribute &frame : context.nested(perType, "frame type list")) {
            if (const auto value = frame.u16()) {
                frames.append(*value);
            } else {
                context.fail(QStringLiteral("frame type has %1 bytes").arg(frame.size()));
            }
        }
        if (type) {
            result.insert(*type, frames);
        }
    }
    return result;
}

void decodeInto(const AttributeTable &table, Radio &radio, DecodeContext &context)
{
    if (const auto &name = table[NL80211_ATTR_WIPHY_NAME]) {
        radio.name = name->string();
    }
    context.read<std::uint32_t>(table[NL80211_ATTR_GENERATION], radio.generation, "GENERATION");
    if (const auto &bands = table[NL80211_ATTR_WIPHY_BANDS]) {
        mergeBands(*bands, radio.bands, context);
    }
    if (const auto &types = table[NL80211_ATTR_SUPPORTED_IFTYPES]) {
        radio.interfaceTypes = interfaceTypes(*types, context);
    }
    if (const auto &types = table[NL80211_ATTR_SOFTWARE_IFTYPES]) {
        radio.softwareInterfaceTypes = interfaceTypes(*types, context);
    }
    if (const auto &combs = table[NL80211_ATTR_INTERFACE_COMBINATIONS]) {
        radio.combinations = combinations(*combs, context);
    }
    if (const auto &commands = table[NL80211_ATTR_SUPPORTED_COMMANDS]) {
        radio.commands.clear();
        for (const Attribute &command : context.nested(*commands, "supported commands")) {
            if (const auto value = command.u32()) {
                radio.commands.append(*value);
            } else {
                context.fail(QStringLiteral("supported command has %1 bytes").arg(command.size()));
            }
        }
    }
    if (const auto &tx = table[NL80211_ATTR_TX_FRAME_TYPES]) {
        radio.txFrameTypes = frameTypes(*tx, context);
    }
    if (const auto &rx = table[NL80211_ATTR_RX_FRAME_TYPES]) {
        radio.rxFrameTypes = frameTypes(*rx, context);
    }
    if (const auto &ciphers = table[NL80211_ATTR_CIPHER_SUITES]) {
        if (ciphers->size() % 4 != 0) {
            context.fail(QStringLiteral("cipher suites have %1 bytes").arg(ciphers->size()));
        } else {
            radio.cipherSuites.clear();
            const QByteArray bytes = ciphers->bytes();
            for (qsizetype i = 0; i < bytes.size(); i += 4) {
                std::uint32_t suite;
                std::memcpy(&suite, bytes.constData() + i, 4);
                radio.cipherSuites.append(suite);
            }
        }
    }
    context.read<std::uint32_t>(table[NL80211_ATTR_FEATURE_FLAGS], radio.featureFlags, "FEATURE_FLAGS");
    if (const auto &ext = table[NL80211_ATTR_EXT_FEATURES]) {
        radio.extendedFeatures = ext->bytes();
    }
    auto flag = [&](std::uint16_t type, bool &out) {
        if (table.has(type)) {
            out = true;
        }
    };
    flag(NL80211_ATTR_SUPPORT_IBSS_RSN, radio.ibssRsn);
    flag(NL80211_ATTR_SUPPORT_AP_UAPSD, radio.apUapsd);
    flag(NL80211_ATTR_TDLS_SUPPORT, radio.tdls);
    flag(NL80211_ATTR_TDLS_EXTERNAL_SETUP, radio.tdlsExternalSetup);
    flag(NL80211_ATTR_ROAM_SUPPORT, radio.roaming);
    flag(NL80211_ATTR_OFFCHANNEL_TX_OK, radio.offchannelTx);
    flag(NL80211_ATTR_SUPPORT_MESH_AUTH, radio.meshAuth);
    flag(NL80211_ATTR_CONTROL_PORT_ETHERTYPE, radio.controlPortEthertype);
    flag(NL80211_ATTR_WIPHY_SELF_MANAGED_REG, radio.selfManagedRegulatory);

    context.read<std::uint8_t>(table[NL80211_ATTR_MAX_NUM_SCAN_SSIDS], radio.maxScanSsids,
                               "MAX_NUM_SCAN_SSIDS");
    context.read<std::uint16_t>(table[NL80211_ATTR_MAX_SCAN_IE_LEN], radio.maxScanIeLength,
                                "MAX_SCAN_IE_LEN");
    context.read<std::uint8_t>(table[NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS], radio.maxSchedScanSsids,
                               "MAX_NUM_SCHED_SCAN_SSIDS");
    context.read<std::uint16_t>(table[NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN], radio.maxSchedScanIeLength,
                                "MAX_SCHED_SCAN_IE_LEN");
    context.read<std::uint8_t>(table[NL80211_ATTR_MAX_MATCH_SETS], radio.maxMatchSets, "MAX_MATCH_SETS");
    context.read<std::uint32_t>(table[NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS], radio.maxScanPlans,
                                "MAX_SCAN_PLANS");
    context.read<std::uint32_t>(table[NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL], radio.maxScanPlanInterval,
                                "MAX_SCAN_PLAN_INTERVAL");
    context.read<std::uint32_t>(table[NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS], radio.maxScanPlanIterations,
                                "MAX_SCAN_PLAN_ITERATIONS");
    context.read<std::uint32_t>(table[NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION],
                                radio.maxRemainOnChannelMs, "MAX_REMAIN_ON_CHANNEL_DURATION");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX], radio.antennaAvailableTx,
                                "WIPHY_ANTENNA_AVAIL_TX");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX], radio.antennaAvailableRx,
                                "WIPHY_ANTENNA_AVAIL_RX");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_ANTENNA_TX], radio.antennaConfiguredTx,
                                "WIPHY_ANTENNA_TX");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_ANTENNA_RX], radio.antennaConfiguredRx,
                                "WIPHY_ANTENNA_RX");
    context.read<std::uint8_t>(table[NL80211_ATTR_WIPHY_RETRY_SHORT], radio.retryShort, "WIPHY_RETRY_SHORT");
    context.read<std::uint8_t>(table[NL80211_ATTR_WIPHY_RETRY_LONG], radio.retryLong, "WIPHY_RETRY_LONG");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_FRAG_THRESHOLD], radio.fragmentationThreshold,
                                "WIPHY_FRAG_THRESHOLD");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_RTS_THRESHOLD], radio.rtsThreshold,
                                "WIPHY_RTS_THRESHOLD");
    context.read<std::uint8_t>(table[NL80211_ATTR_WIPHY_COVERAGE_CLASS], radio.coverageClass,
                               "WIPHY_COVERAGE_CLASS");
    if (const auto &mask = table[NL80211_ATTR_HT_CAPABILITY_MASK]) {
        radio.htCapabilityMask = mask->bytes();
    }
    if (const auto &mask = table[NL80211_ATTR_VHT_CAPABILITY_MASK]) {
        radio.vhtCapabilityMask = mask->bytes();
    }
    if (const auto &capa = table[NL80211_ATTR_EXT_CAPA]) {
        radio.extendedCapabilities = capa->bytes();
    }
    if (const auto &mask = table[NL80211_ATTR_EXT_CAPA_MASK]) {
        radio.extendedCapabilitiesMask = mask->bytes();
    }
    context.read<std::uint8_t>(table[NL80211_ATTR_MAX_NUM_PMKIDS], radio.maxPmkids, "MAX_NUM_PMKIDS");
    context.read<std::uint32_t>(table[NL80211_ATTR_MAX_AP_ASSOC_STA], radio.maxApStations,
                                "MAX_AP_ASSOC_STA");
    context.read<std::uint8_t>(table[NL80211_ATTR_MAX_CSA_COUNTERS], radio.maxCsaCounters,
                               "MAX_CSA_COUNTERS");
    context.read<std::uint32_t>(table[NL80211_ATTR_DEVICE_AP_SME], radio.deviceApSme, "DEVICE_AP_SME");
    context.read<std::uint32_t>(table[NL80211_ATTR_PROBE_RESP_OFFLOAD], radio.probeResponseOffload,
                                "PROBE_RESP_OFFLOAD");
}

} // namespace

std::optional<std::uint32_t> wiphyIndex(Netlink::Bytes attributes)
{
    const Netlink::AttributeList list(attributes);
    if (const auto wiphy = list.find(NL80211_ATTR_WIPHY)) {
        return wiphy->u32();
    }
    return std::nullopt;
}

QString mergeWiphy(Netlink::Bytes attributes, QMap<std::uint32_t, Radio> &radios)
{
    DecodeContext context("wiphy");
    const AttributeTable table(attributes, NL80211_ATTR_MAX);
    if (!table.ok()) {
        return QStringLiteral("wiphy: ") + table.error();
    }
    std::uint32_t index = 0;
    if (!table.has(NL80211_ATTR_WIPHY)) {
        return QStringLiteral("wiphy: no NL80211_ATTR_WIPHY");
    }
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY], index, "WIPHY");
    if (!context.ok()) {
        return context.error();
    }
    // Decode into a copy: a malformed message changes nothing.
    Radio radio = radios.value(index);
    radio.index = index;
    decodeInto(table, radio, context);
    if (!context.ok()) {
        return context.error();
    }
    radios.insert(index, radio);
    return {};
}

} // namespace Airpane::Nl80211
