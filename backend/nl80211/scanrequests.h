// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/band.h"
#include "nl/message.h"

#include <QByteArray>
#include <QList>
#include <QMap>

#include <cstdint>
#include <optional>

namespace Airpane::Nl80211 {

// Which interface: a network device, or a wdev without one (a P2P device).
struct ScanTarget
{
    std::optional<std::uint32_t> ifindex;
    std::optional<std::uint64_t> wdev;
};

// TRIGGER_SCAN's options, as nl80211 offers them.
struct ScanOptions
{
    QList<int> frequencies;  // MHz; empty: every channel the radio may use
    QList<QByteArray> ssids; // probed for; empty and not passive: the wildcard SSID
    bool passive = false;    // no probe requests at all
    bool lowPriority = false;
    bool flush = false;   // forget older results
    bool apForce = false; // scan although the interface runs an AP
    bool colocated6Ghz = false;
    bool randomMac = false;
    std::optional<std::uint16_t> durationTu; // dwell time per channel
    bool durationMandatory = false;
    QByteArray elements; // extra elements for the probe requests
    bool noCckRates = false;
    QMap<BandId, QByteArray> supportedRates; // per band, in 500 kb/s units
};

Netlink::MessageBuilder triggerScan(std::uint16_t family, const ScanTarget &target,
                                    const ScanOptions &options);
Netlink::MessageBuilder getScan(std::uint16_t family, const ScanTarget &target);
Netlink::MessageBuilder abortScan(std::uint16_t family, const ScanTarget &target);

} // namespace Airpane::Nl80211
