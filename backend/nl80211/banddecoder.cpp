// SPDX-License-Identifier: GPL-3.0-or-later
#include "banddecoder.h"

#include <linux/nl80211.h>

namespace Airpane::Nl80211 {
namespace {

using Netlink::Attribute;

// Frequency flags nl80211 reports as flag attributes, with their stable keys.
struct FlagName
{
    std::uint16_t attribute;
    const char *key;
};

constexpr FlagName channelFlags[] = {
    {NL80211_FREQUENCY_ATTR_NO_IR, "no-ir"},
    {NL80211_FREQUENCY_ATTR_RADAR, "radar"},
    {NL80211_FREQUENCY_ATTR_NO_HT40_MINUS, "no-ht40-minus"},
    {NL80211_FREQUENCY_ATTR_NO_HT40_PLUS, "no-ht40-plus"},
    {NL80211_FREQUENCY_ATTR_NO_80MHZ, "no-80mhz"},
    {NL80211_FREQUENCY_ATTR_NO_160MHZ, "no-160mhz"},
    {NL80211_FREQUENCY_ATTR_INDOOR_ONLY, "indoor-only"},
    {NL80211_FREQUENCY_ATTR_IR_CONCURRENT, "ir-concurrent"},
    {NL80211_FREQUENCY_ATTR_NO_20MHZ, "no-20mhz"},
    {NL80211_FREQUENCY_ATTR_NO_10MHZ, "no-10mhz"},
    {NL80211_FREQUENCY_ATTR_NO_HE, "no-he"},
    {NL80211_FREQUENCY_ATTR_1MHZ, "1mhz"},
    {NL80211_FREQUENCY_ATTR_2MHZ, "2mhz"},
    {NL80211_FREQUENCY_ATTR_4MHZ, "4mhz"},
    {NL80211_FREQUENCY_ATTR_8MHZ, "8mhz"},
    {NL80211_FREQUENCY_ATTR_16MHZ, "16mhz"},
    {NL80211_FREQUENCY_ATTR_NO_320MHZ, "no-320mhz"},
    {NL80211_FREQUENCY_ATTR_NO_EHT, "no-eht"},
    {NL80211_FREQUENCY_ATTR_DFS_CONCURRENT, "dfs-concurrent"},
    {NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT, "no-6ghz-vlp-client"},
    {NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT, "no-6ghz-afc-client"},
    {NL80211_FREQUENCY_ATTR_CAN_MONITOR, "can-monitor"},
    {NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP, "allow-6ghz-vlp-ap"},
};

Channel decodeChannel(const Attribute &attribute, BandId band, DecodeContext &context)
{
    const Netlink::AttributeTable freq = context.table(attribute, NL80211_FREQUENCY_ATTR_MAX, "frequency");
    Channel channel;
    std::uint32_t value = 0;
    context.read<std::uint32_t>(freq[NL80211_FREQUENCY_ATTR_FREQ], value, "FREQUENCY_ATTR_FREQ");
    channel.frequency = int(value);
    std::uint32_t offset = 0;
    context.read<std::uint32_t>(freq[NL80211_FREQUENCY_ATTR_OFFSET], offset, "FREQUENCY_ATTR_OFFSET");
    channel.frequencyOffsetKhz = int(offset);
    channel.number = channelNumber(band, channel.frequency);
    channel.disabled = freq.has(NL80211_FREQUENCY_ATTR_DISABLED);
    if (freq.has(NL80211_FREQUENCY_ATTR_MAX_TX_POWER)) {
        std::uint32_t mbm = 0;
        context.read<std::uint32_t>(freq[NL80211_FREQUENCY_ATTR_MAX_TX_POWER], mbm, "MAX_TX_POWER");
        channel.maxPowerDbm = double(mbm) / 100.0;
    }
    for (const FlagName &flag : channelFlags) {
        if (freq.has(flag.attribute)) {
            channel.flags.append(QString::fromLatin1(flag.key));
        }
    }
    if (freq.has(NL80211_FREQUENCY_ATTR_DFS_STATE)) {
        std::uint32_t state = 0;
        context.read<std::uint32_t>(freq[NL80211_FREQUENCY_ATTR_DFS_STATE], state, "DFS_STATE");
        if (state <= std::uint32_t(DfsState::Available)) {
            channel.dfsState = DfsState(state);
        }
    }
    context.read<std::uint32_t>(freq[NL80211_FREQUENCY_ATTR_DFS_TIME], channel.dfsStateTimeMs, "DFS_TIME");
    context.read<std::uint32_t>(freq[NL80211_FREQUENCY_ATTR_DFS_CAC_TIME], channel.dfsCacTimeMs,
                                "DFS_CAC_TIME");
    return channel;
}

InterfaceTypes decodeInterfaceTypes(const Attribute &attribute, DecodeContext &context)
{
    InterfaceTypes types;
    for (const Attribute &type : context.nested(attribute, "interface types")) {
        if (const auto known = interfaceTypeFromNl80211(type.type())) {
            types.append(*known);
        }
    }
    return types;
}

Band::IftypeData decodeIftypeData(const Attribute &attribute, DecodeContext &context)
{
    const Netlink::AttributeTable data =
        context.table(attribute, NL80211_BAND_IFTYPE_ATTR_MAX, "iftype data");
    Band::IftypeData result;
    if (const auto &types = data[NL80211_BAND_IFTYPE_ATTR_IFTYPES]) {
        result.interfaceTypes = decodeInterfaceTypes(*types, context);
    }
    auto bytes = [&](std::uint16_t type) { return data[type] ? data[type]->bytes() : QByteArray(); };
    result.heMac = bytes(NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC);
    result.hePhy = bytes(NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY);
    result.heMcsSet = bytes(NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET);
    result.hePpe = bytes(NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE);
    result.ehtMac = bytes(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC);
    result.ehtPhy = bytes(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY);
    result.ehtMcsSet = bytes(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET);
    result.ehtPpe = bytes(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE);
    result.vendorElements = bytes(NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS);
    context.read<std::uint16_t>(data[NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA], result.he6GhzCapabilities,
                                "HE_6GHZ_CAPA");
    if (!result.heMac.isEmpty() && result.heMac.size() != 6) {
        context.fail(QStringLiteral("HE MAC capabilities have %1 bytes").arg(result.heMac.size()));
    }
    if (!result.hePhy.isEmpty() && result.hePhy.size() != 11) {
        context.fail(QStringLiteral("HE PHY capabilities have %1 bytes").arg(result.hePhy.size()));
    }
    return result;
}

void mergeBand(const Attribute &attribute, Band &band, DecodeContext &context)
{
    const Netlink::AttributeTable table = context.table(attribute, NL80211_BAND_ATTR_MAX, "band");
    if (const auto &freqs = table[NL80211_BAND_ATTR_FREQS]) {
        for (const Attribute &freq : context.nested(*freqs, "frequencies")) {
            const Channel channel = decodeChannel(freq, band.id, context);
            const bool known = std::any_of(band.channels.begin(), band.channels.end(), [&](const Channel &c) {
                return c.frequency == channel.frequency && c.frequencyOffsetKhz == channel.frequencyOffsetKhz;
            });
            if (!known) {
                band.channels.append(channel);
            }
        }
    }
    if (const auto &rates = table[NL80211_BAND_ATTR_RATES]) {
        band.bitrates.clear();
        for (const Attribute &rate : context.nested(*rates, "bitrates")) {
            const Netlink::AttributeTable bitrate = context.table(rate, NL80211_BITRATE_ATTR_MAX, "bitrate");
            Band::Bitrate entry;
            std::uint32_t value = 0;
            context.read<std::uint32_t>(bitrate[NL80211_BITRATE_ATTR_RATE], value, "BITRATE_ATTR_RATE");
            entry.rate100Kbps = int(value);
            entry.shortPreamble = bitrate.has(NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE);
            band.bitrates.append(entry);
        }
    }
    if (table.has(NL80211_BAND_ATTR_HT_CAPA) || table.has(NL80211_BAND_ATTR_HT_MCS_SET)) {
        Band::Ht ht = band.ht.value_or(Band::Ht{});
        context.read<std::uint16_t>(table[NL80211_BAND_ATTR_HT_CAPA], ht.capabilities, "HT_CAPA");
        context.read<std::uint8_t>(table[NL80211_BAND_ATTR_HT_AMPDU_FACTOR], ht.ampduFactor,
                                   "HT_AMPDU_FACTOR");
        context.read<std::uint8_t>(table[NL80211_BAND_ATTR_HT_AMPDU_DENSITY], ht.ampduDensity,
                                   "HT_AMPDU_DENSITY");
        if (const auto &mcs = table[NL80211_BAND_ATTR_HT_MCS_SET]) {
            ht.mcsSet = mcs->bytes();
            if (ht.mcsSet.size() != 16) {
                context.fail(QStringLiteral("HT MCS set has %1 bytes").arg(ht.mcsSet.size()));
            }
        }
        band.ht = ht;
    }
    if (table.has(NL80211_BAND_ATTR_VHT_CAPA) || table.has(NL80211_BAND_ATTR_VHT_MCS_SET)) {
        Band::Vht vht = band.vht.value_or(Band::Vht{});
        context.read<std::uint32_t>(table[NL80211_BAND_ATTR_VHT_CAPA], vht.capabilities, "VHT_CAPA");
        if (const auto &mcs = table[NL80211_BAND_ATTR_VHT_MCS_SET]) {
            vht.mcsSet = mcs->bytes();
            if (vht.mcsSet.size() != 8) {
                context.fail(QStringLiteral("VHT MCS set has %1 bytes").arg(vht.mcsSet.size()));
            }
        }
        band.vht = vht;
    }
    if (const auto &iftypes = table[NL80211_BAND_ATTR_IFTYPE_DATA]) {
        band.iftypeData.clear();
        for (const Attribute &data : context.nested(*iftypes, "iftype data list")) {
            band.iftypeData.append(decodeIftypeData(data, context));
        }
    }
    if (const auto &edmg = table[NL80211_BAND_ATTR_EDMG_CHANNELS]) {
        band.edmgChannels = edmg->bytes();
    }
    if (const auto &s1g = table[NL80211_BAND_ATTR_S1G_MCS_NSS_SET]) {
        band.s1gMcsNss = s1g->bytes();
    }
    if (const auto &s1g = table[NL80211_BAND_ATTR_S1G_CAPA]) {
        band.s1gCapabilities = s1g->bytes();
    }
}

} // namespace

int channelNumber(BandId band, int frequency)
{
    switch (band) {
    case BandId::Band2GHz:
        if (frequency == 2484) {
            return 14;
        }
        return frequency >= 2407 && frequency < 2484 ? (frequency - 2407) / 5 : 0;
    case BandId::Band5GHz:
        if (frequency >= 4910 && frequency <= 4980) {
            return (frequency - 4000) / 5; // Japan's 4.9 GHz channels
        }
        return frequency >= 5000 && frequency <= 5925 ? (frequency - 5000) / 5 : 0;
    case BandId::Band6GHz:
        if (frequency == 5935) {
            return 2;
        }
        return frequency > 5950 && frequency <= 7115 ? (frequency - 5950) / 5 : 0;
    case BandId::Band60GHz:
        return frequency >= 58320 && frequency <= 70200 ? (frequency - 56160) / 2160 : 0;
    case BandId::BandS1GHz:
    case BandId::BandLc:
        return 0;
    }
    return 0;
}

void mergeBands(const Attribute &bandsAttribute, QList<Band> &bands, DecodeContext &context)
{
    for (const Attribute &attribute : context.nested(bandsAttribute, "bands")) {
        if (attribute.type() > std::uint16_t(BandId::BandLc)) {
            continue; // a band this build does not know
        }
        const auto id = BandId(attribute.type());
        auto it = std::find_if(bands.begin(), bands.end(), [&](const Band &band) { return band.id == id; });
        if (it == bands.end()) {
            bands.append(Band{});
            bands.last().id = id;
            it = bands.end() - 1;
        }
        mergeBand(attribute, *it, context);
    }
}

} // namespace Airpane::Nl80211
