// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Airpane::Client {

// A transmit or receive rate (JSON.md, "stations": txRate, rxRate), with JSON.md's field names.
struct Rate
{
    std::optional<double> mbps;
    std::optional<int> htMcs;
    std::optional<int> vhtMcs;
    std::optional<int> vhtNss;
    std::optional<int> heMcs;
    std::optional<int> heNss;
    std::optional<int> heGi;
    std::optional<int> heDcm;
    std::optional<int> heRuAlloc;
    std::optional<int> ehtMcs;
    std::optional<int> ehtNss;
    std::optional<int> ehtGi;
    std::optional<int> ehtRuAlloc;
    int widthMhz = 20;
    bool eightyPlusEighty = false;
    bool shortGi = false;

    bool operator==(const Rate &) const = default;

    // The generation the rate belongs to: "eht", "he", "vht", "ht", or "legacy" (no MCS at all).
    QString standard() const;
    std::optional<int> mcs() const;
    // Spatial streams: said for VHT and later, implied by the MCS for HT (8 per stream).
    std::optional<int> streams() const;
};

// One traffic identifier's MSDU counters, and its transmit queue where the driver has one.
struct TidStats
{
    int tid = 0; // 0 to 15, 16: frames without QoS
    std::optional<qint64> rxMsdu;
    std::optional<qint64> txMsdu;
    std::optional<qint64> txMsduRetries;
    std::optional<qint64> txMsduFailed;
    bool hasQueue = false;
    std::optional<qint64> queuedBytes;
    std::optional<qint64> queuedPackets;
    std::optional<qint64> flows;
    std::optional<qint64> drops;
    std::optional<qint64> ecnMarks;
    std::optional<qint64> overlimit;
    std::optional<qint64> collisions;
    std::optional<qint64> queueTxBytes;
    std::optional<qint64> queueTxPackets;

    bool operator==(const TidStats &) const = default;
};

// A station one of this machine's interfaces knows (JSON.md, "stations"): the AP a station
// interface is connected to, or a client of an access point. Values the driver does not report
// stay empty.
struct Station
{
    QString key; // "INTERFACE/MAC": the stable key
    QString interface;
    QString mac;
    QString vendor;
    std::optional<qint64> inactiveMs;
    std::optional<qint64> rxBytes;
    std::optional<qint64> txBytes;
    std::optional<qint64> rxPackets;
    std::optional<qint64> txPackets;
    std::optional<qint64> txRetries;
    std::optional<qint64> txFailed;
    std::optional<qint64> rxDropMisc;
    std::optional<int> signalDbm;
    std::optional<int> signalAverageDbm;
    QList<int> chainSignalDbm;
    QList<int> chainSignalAverageDbm;
    std::optional<int> beaconSignalAverageDbm;
    std::optional<int> ackSignalDbm;
    std::optional<int> ackSignalAverageDbm;
    std::optional<Rate> txRate;
    std::optional<Rate> rxRate;
    std::optional<qint64> txDurationUs;
    std::optional<qint64> rxDurationUs;
    std::optional<qint64> expectedThroughputKbps;
    std::optional<qint64> connectedSeconds;
    std::optional<qint64> associatedAtBoottimeNs;
    std::optional<qint64> beaconLoss;
    std::optional<qint64> beaconRx;
    std::optional<qint64> tOffset;
    std::optional<bool> authorized;
    std::optional<bool> authenticated;
    std::optional<bool> associated;
    std::optional<bool> shortPreamble;
    std::optional<bool> wme;
    std::optional<bool> mfp;
    std::optional<bool> tdlsPeer;
    bool hasBss = false; // the BSS parameters below, for a station interface's AP
    std::optional<int> dtimPeriod;
    std::optional<int> beaconInterval;
    bool ctsProtection = false;
    bool shortPreambleBss = false;
    bool shortSlotTime = false;
    QList<TidStats> tidStats;
    QDateTime received; // when this client received these values

    bool operator==(const Station &) const = default;

    // The newest generation either rate uses ("he", "vht", ...): what the station does with us now.
    QString standard() const;
};

} // namespace Airpane::Client
