// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationdecoder.h"

#include "decodecontext.h"
#include "interfacedecoder.h"

#include <linux/nl80211.h>

#include <cstring>

namespace Airpane::Nl80211 {
namespace {

using Netlink::AttributeTable;

RateInfo decodeRate(const Netlink::Attribute &attribute, DecodeContext &context)
{
    const AttributeTable rate = context.table(attribute, NL80211_RATE_INFO_MAX, "rate");
    RateInfo info;
    std::optional<std::uint16_t> legacy;
    context.read<std::uint16_t>(rate[NL80211_RATE_INFO_BITRATE], legacy, "RATE_INFO_BITRATE");
    context.read<std::uint32_t>(rate[NL80211_RATE_INFO_BITRATE32], info.bitrate100Kbps,
                                "RATE_INFO_BITRATE32");
    if (!info.bitrate100Kbps && legacy) {
        info.bitrate100Kbps = *legacy;
    }
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_MCS], info.htMcs, "RATE_INFO_MCS");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_VHT_MCS], info.vhtMcs, "RATE_INFO_VHT_MCS");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_VHT_NSS], info.vhtNss, "RATE_INFO_VHT_NSS");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_HE_MCS], info.heMcs, "RATE_INFO_HE_MCS");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_HE_NSS], info.heNss, "RATE_INFO_HE_NSS");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_HE_GI], info.heGi, "RATE_INFO_HE_GI");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_HE_DCM], info.heDcm, "RATE_INFO_HE_DCM");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_HE_RU_ALLOC], info.heRuAlloc, "RATE_INFO_HE_RU_ALLOC");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_EHT_MCS], info.ehtMcs, "RATE_INFO_EHT_MCS");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_EHT_NSS], info.ehtNss, "RATE_INFO_EHT_NSS");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_EHT_GI], info.ehtGi, "RATE_INFO_EHT_GI");
    context.read<std::uint8_t>(rate[NL80211_RATE_INFO_EHT_RU_ALLOC], info.ehtRuAlloc,
                               "RATE_INFO_EHT_RU_ALLOC");
    if (rate.has(NL80211_RATE_INFO_40_MHZ_WIDTH)) {
        info.widthMhz = 40;
    } else if (rate.has(NL80211_RATE_INFO_80_MHZ_WIDTH)) {
        info.widthMhz = 80;
    } else if (rate.has(NL80211_RATE_INFO_80P80_MHZ_WIDTH)) {
        info.widthMhz = 160;
        info.eightyPlusEighty = true;
    } else if (rate.has(NL80211_RATE_INFO_160_MHZ_WIDTH)) {
        info.widthMhz = 160;
    } else if (rate.has(NL80211_RATE_INFO_320_MHZ_WIDTH)) {
        info.widthMhz = 320;
    } else if (rate.has(NL80211_RATE_INFO_10_MHZ_WIDTH)) {
        info.widthMhz = 10;
    } else if (rate.has(NL80211_RATE_INFO_5_MHZ_WIDTH)) {
        info.widthMhz = 5;
    }
    info.shortGi = rate.has(NL80211_RATE_INFO_SHORT_GI);
    return info;
}

QList<std::int8_t> chain(const Netlink::Attribute &attribute, DecodeContext &context)
{
    QList<std::int8_t> values;
    for (const Netlink::Attribute &entry : context.nested(attribute, "chain signal")) {
        if (const auto value = entry.s8()) {
            values.append(*value);
        } else {
            context.fail(QStringLiteral("chain signal has %1 bytes").arg(entry.size()));
        }
    }
    return values;
}

void decodeFlags(const Netlink::Attribute &attribute, Station &station, DecodeContext &context)
{
    nl80211_sta_flag_update update;
    if (attribute.size() != sizeof update) {
        context.fail(QStringLiteral("STA_FLAGS has %1 bytes").arg(attribute.size()));
        return;
    }
    std::memcpy(&update, attribute.payload().data(), sizeof update);
    auto flag = [&](int bit, std::optional<bool> &out) {
        if (update.mask & (1u << bit)) {
            out = (update.set & (1u << bit)) != 0;
        }
    };
    flag(NL80211_STA_FLAG_AUTHORIZED, station.authorized);
    flag(NL80211_STA_FLAG_AUTHENTICATED, station.authenticated);
    flag(NL80211_STA_FLAG_ASSOCIATED, station.associated);
    flag(NL80211_STA_FLAG_SHORT_PREAMBLE, station.shortPreamble);
    flag(NL80211_STA_FLAG_WME, station.wme);
    flag(NL80211_STA_FLAG_MFP, station.mfp);
    flag(NL80211_STA_FLAG_TDLS_PEER, station.tdlsPeer);
}

TxqStats decodeTxq(const Netlink::Attribute &attribute, DecodeContext &context)
{
    const AttributeTable table = context.table(attribute, NL80211_TXQ_STATS_MAX, "TXQ_STATS");
    TxqStats txq;
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_BACKLOG_BYTES], txq.backlogBytes, "BACKLOG_BYTES");
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_BACKLOG_PACKETS], txq.backlogPackets,
                                "BACKLOG_PACKETS");
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_FLOWS], txq.flows, "FLOWS");
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_DROPS], txq.drops, "DROPS");
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_ECN_MARKS], txq.ecnMarks, "ECN_MARKS");
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_OVERLIMIT], txq.overlimit, "OVERLIMIT");
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_COLLISIONS], txq.collisions, "COLLISIONS");
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_TX_BYTES], txq.txBytes, "TXQ TX_BYTES");
    context.read<std::uint32_t>(table[NL80211_TXQ_STATS_TX_PACKETS], txq.txPackets, "TXQ TX_PACKETS");
    return txq;
}

// The kernel nests each TID's counters under the TID plus one (zero is no valid attribute type), and
// leaves out the TIDs the driver had nothing for.
QList<TidStats> decodeTids(const Netlink::Attribute &attribute, DecodeContext &context)
{
    QList<TidStats> tids;
    for (const Netlink::Attribute &entry : context.nested(attribute, "TID_STATS")) {
        if (entry.type() < 1 || entry.type() > 17) {
            context.fail(QStringLiteral("TID_STATS has an entry for TID %1").arg(int(entry.type()) - 1));
            continue;
        }
        const AttributeTable table = context.table(entry, NL80211_TID_STATS_MAX, "TID");
        TidStats tid;
        tid.tid = entry.type() - 1;
        context.read<std::uint64_t>(table[NL80211_TID_STATS_RX_MSDU], tid.rxMsdu, "RX_MSDU");
        context.read<std::uint64_t>(table[NL80211_TID_STATS_TX_MSDU], tid.txMsdu, "TX_MSDU");
        context.read<std::uint64_t>(table[NL80211_TID_STATS_TX_MSDU_RETRIES], tid.txMsduRetries,
                                    "TX_MSDU_RETRIES");
        context.read<std::uint64_t>(table[NL80211_TID_STATS_TX_MSDU_FAILED], tid.txMsduFailed,
                                    "TX_MSDU_FAILED");
        if (const auto &txq = table[NL80211_TID_STATS_TXQ_STATS]) {
            tid.txq = decodeTxq(*txq, context);
        }
        tids.append(tid);
    }
    return tids;
}

} // namespace

std::variant<Station, QString> decodeStation(Netlink::Bytes attributes)
{
    DecodeContext context("station");
    const AttributeTable table(attributes, NL80211_ATTR_MAX);
    if (!table.ok()) {
        return QStringLiteral("station: ") + table.error();
    }
    Station station;
    if (const auto &mac = table[NL80211_ATTR_MAC]) {
        station.mac = macAddress(mac->bytes());
    }
    if (station.mac.isEmpty()) {
        return QStringLiteral("station: no valid NL80211_ATTR_MAC");
    }
    context.read<std::uint32_t>(table[NL80211_ATTR_IFINDEX], station.ifindex, "IFINDEX");
    if (!table.has(NL80211_ATTR_STA_INFO)) {
        return context.ok() ? std::variant<Station, QString>(station) : context.error();
    }
    const AttributeTable info =
        context.table(*table[NL80211_ATTR_STA_INFO], NL80211_STA_INFO_MAX, "STA_INFO");
    context.read<std::uint32_t>(info[NL80211_STA_INFO_INACTIVE_TIME], station.inactiveMs, "INACTIVE_TIME");
    std::optional<std::uint32_t> rx32;
    std::optional<std::uint32_t> tx32;
    context.read<std::uint32_t>(info[NL80211_STA_INFO_RX_BYTES], rx32, "RX_BYTES");
    context.read<std::uint32_t>(info[NL80211_STA_INFO_TX_BYTES], tx32, "TX_BYTES");
    context.read<std::uint64_t>(info[NL80211_STA_INFO_RX_BYTES64], station.rxBytes, "RX_BYTES64");
    context.read<std::uint64_t>(info[NL80211_STA_INFO_TX_BYTES64], station.txBytes, "TX_BYTES64");
    if (!station.rxBytes && rx32) {
        station.rxBytes = *rx32;
    }
    if (!station.txBytes && tx32) {
        station.txBytes = *tx32;
    }
    context.read<std::uint32_t>(info[NL80211_STA_INFO_RX_PACKETS], station.rxPackets, "RX_PACKETS");
    context.read<std::uint32_t>(info[NL80211_STA_INFO_TX_PACKETS], station.txPackets, "TX_PACKETS");
    context.read<std::uint32_t>(info[NL80211_STA_INFO_TX_RETRIES], station.txRetries, "TX_RETRIES");
    context.read<std::uint32_t>(info[NL80211_STA_INFO_TX_FAILED], station.txFailed, "TX_FAILED");
    context.read<std::uint64_t>(info[NL80211_STA_INFO_RX_DROP_MISC], station.rxDropMisc, "RX_DROP_MISC");
    context.read<std::int8_t>(info[NL80211_STA_INFO_SIGNAL], station.signalDbm, "SIGNAL");
    context.read<std::int8_t>(info[NL80211_STA_INFO_SIGNAL_AVG], station.signalAverageDbm, "SIGNAL_AVG");
    context.read<std::int8_t>(info[NL80211_STA_INFO_BEACON_SIGNAL_AVG], station.beaconSignalAverageDbm,
                              "BEACON_SIGNAL_AVG");
    context.read<std::int8_t>(info[NL80211_STA_INFO_ACK_SIGNAL], station.ackSignalDbm, "ACK_SIGNAL");
    context.read<std::int8_t>(info[NL80211_STA_INFO_ACK_SIGNAL_AVG], station.ackSignalAverageDbm,
                              "ACK_SIGNAL_AVG");
    if (const auto &chainSignal = info[NL80211_STA_INFO_CHAIN_SIGNAL]) {
        station.chainSignalDbm = chain(*chainSignal, context);
    }
    if (const auto &chainSignal = info[NL80211_STA_INFO_CHAIN_SIGNAL_AVG]) {
        station.chainSignalAverageDbm = chain(*chainSignal, context);
    }
    if (const auto &rate = info[NL80211_STA_INFO_TX_BITRATE]) {
        station.txRate = decodeRate(*rate, context);
    }
    if (const auto &rate = info[NL80211_STA_INFO_RX_BITRATE]) {
        station.rxRate = decodeRate(*rate, context);
    }
    context.read<std::uint64_t>(info[NL80211_STA_INFO_TX_DURATION], station.txDurationUs, "TX_DURATION");
    context.read<std::uint64_t>(info[NL80211_STA_INFO_RX_DURATION], station.rxDurationUs, "RX_DURATION");
    context.read<std::uint32_t>(info[NL80211_STA_INFO_EXPECTED_THROUGHPUT], station.expectedThroughputKbps,
                                "EXPECTED_THROUGHPUT");
    context.read<std::uint32_t>(info[NL80211_STA_INFO_CONNECTED_TIME], station.connectedSeconds,
                                "CONNECTED_TIME");
    context.read<std::uint64_t>(info[NL80211_STA_INFO_ASSOC_AT_BOOTTIME], station.associatedAtBoottimeNs,
                                "ASSOC_AT_BOOTTIME");
    context.read<std::uint32_t>(info[NL80211_STA_INFO_BEACON_LOSS], station.beaconLoss, "BEACON_LOSS");
    context.read<std::uint64_t>(info[NL80211_STA_INFO_BEACON_RX], station.beaconRx, "BEACON_RX");
    context.read<std::int64_t>(info[NL80211_STA_INFO_T_OFFSET], station.tOffset, "T_OFFSET");
    if (const auto &tids = info[NL80211_STA_INFO_TID_STATS]) {
        station.tidStats = decodeTids(*tids, context);
    }
    if (const auto &flags = info[NL80211_STA_INFO_STA_FLAGS]) {
        decodeFlags(*flags, station, context);
    }
    if (const auto &bss = info[NL80211_STA_INFO_BSS_PARAM]) {
        const AttributeTable param = context.table(*bss, NL80211_STA_BSS_PARAM_MAX, "BSS_PARAM");
        station.hasBssParameters = true;
        station.ctsProtection = param.has(NL80211_STA_BSS_PARAM_CTS_PROT);
        station.shortPreambleBss = param.has(NL80211_STA_BSS_PARAM_SHORT_PREAMBLE);
        station.shortSlotTime = param.has(NL80211_STA_BSS_PARAM_SHORT_SLOT_TIME);
        context.read<std::uint8_t>(param[NL80211_STA_BSS_PARAM_DTIM_PERIOD], station.dtimPeriod,
                                   "DTIM_PERIOD");
        context.read<std::uint16_t>(param[NL80211_STA_BSS_PARAM_BEACON_INTERVAL], station.beaconInterval,
                                    "BEACON_INTERVAL");
    }
    if (!context.ok()) {
        return context.error();
    }
    return station;
}

} // namespace Airpane::Nl80211
