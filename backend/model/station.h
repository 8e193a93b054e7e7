// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane {

// A transmit or receive rate (NL80211_ATTR_STA_INFO's rate info).
struct RateInfo
{
    std::optional<std::uint32_t> bitrate100Kbps;
    std::optional<std::uint8_t> htMcs;
    std::optional<std::uint8_t> vhtMcs;
    std::optional<std::uint8_t> vhtNss;
    std::optional<std::uint8_t> heMcs;
    std::optional<std::uint8_t> heNss;
    std::optional<std::uint8_t> heGi;
    std::optional<std::uint8_t> heDcm;
    std::optional<std::uint8_t> heRuAlloc;
    std::optional<std::uint8_t> ehtMcs;
    std::optional<std::uint8_t> ehtNss;
    std::optional<std::uint8_t> ehtGi;
    std::optional<std::uint8_t> ehtRuAlloc;
    int widthMhz = 20; // 5, 10, 20, 40, 80, 160 (80+80 counts as 160), 320
    bool eightyPlusEighty = false;
    bool shortGi = false;

    bool operator==(const RateInfo &) const = default;
};

// A traffic identifier's transmit queue (NL80211_TID_STATS_TXQ_STATS), where the driver queues in
// mac80211's intermediate queues.
struct TxqStats
{
    std::optional<std::uint32_t> backlogBytes;
    std::optional<std::uint32_t> backlogPackets;
    std::optional<std::uint32_t> flows;
    std::optional<std::uint32_t> drops;
    std::optional<std::uint32_t> ecnMarks;
    std::optional<std::uint32_t> overlimit;
    std::optional<std::uint32_t> collisions;
    std::optional<std::uint32_t> txBytes;
    std::optional<std::uint32_t> txPackets;

    bool operator==(const TxqStats &) const = default;
};

// MSDU counters of one traffic identifier (NL80211_STA_INFO_TID_STATS): TIDs 0 to 15 carry QoS
// data (0 to 7 map to the access categories), 16 the frames sent without QoS.
struct TidStats
{
    int tid = 0;
    std::optional<std::uint64_t> rxMsdu;
    std::optional<std::uint64_t> txMsdu;
    std::optional<std::uint64_t> txMsduRetries;
    std::optional<std::uint64_t> txMsduFailed;
    std::optional<TxqStats> txq;

    bool operator==(const TidStats &) const = default;
};

// A station an interface knows: the AP a station is associated with, or a client of an AP.
struct Station
{
    QString mac;
    std::uint32_t ifindex = 0;
    // Not in the kernel's message: the backend adds the interface's name (the kernel names only its
    // index) and the organisation of the address from the OUI registry.
    QString interfaceName;
    QString vendor;
    std::optional<std::uint32_t> inactiveMs;
    std::optional<std::uint64_t> rxBytes;
    std::optional<std::uint64_t> txBytes;
    std::optional<std::uint32_t> rxPackets;
    std::optional<std::uint32_t> txPackets;
    std::optional<std::uint32_t> txRetries;
    std::optional<std::uint32_t> txFailed;
    std::optional<std::uint64_t> rxDropMisc;
    std::optional<std::int8_t> signalDbm;
    std::optional<std::int8_t> signalAverageDbm;
    QList<std::int8_t> chainSignalDbm;
    QList<std::int8_t> chainSignalAverageDbm;
    std::optional<std::int8_t> beaconSignalAverageDbm;
    std::optional<std::int8_t> ackSignalDbm;
    std::optional<std::int8_t> ackSignalAverageDbm;
    std::optional<RateInfo> txRate;
    std::optional<RateInfo> rxRate;
    std::optional<std::uint64_t> txDurationUs;
    std::optional<std::uint64_t> rxDurationUs;
    std::optional<std::uint32_t> expectedThroughputKbps;
    std::optional<std::uint32_t> connectedSeconds;
    std::optional<std::uint64_t> associatedAtBoottimeNs;
    std::optional<std::uint32_t> beaconLoss;
    std::optional<std::uint64_t> beaconRx;
    std::optional<std::int64_t> tOffset;
    QList<TidStats> tidStats; // as the kernel sent them, in TID order
    // Flags from NL80211_STA_INFO_STA_FLAGS, for those the kernel reported (mask).
    std::optional<bool> authorized;
    std::optional<bool> authenticated;
    std::optional<bool> associated;
    std::optional<bool> shortPreamble;
    std::optional<bool> wme;
    std::optional<bool> mfp;
    std::optional<bool> tdlsPeer;
    // NL80211_STA_INFO_BSS_PARAM
    std::optional<std::uint8_t> dtimPeriod;
    std::optional<std::uint16_t> beaconInterval;
    bool ctsProtection = false;
    bool shortPreambleBss = false;
    bool shortSlotTime = false;
    bool hasBssParameters = false;

    bool operator==(const Station &) const = default;
};

} // namespace Airpane
