// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elements/channelplacement.h"
#include "elements/elementsummary.h"
#include "elements/security.h"
#include "elements/standard.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane {

// A BSS an interface heard (one access point's network on one channel), with what its elements
// say, and its history in the BSS table.
struct Bss
{
    struct SignalSample
    {
        qint64 timeMs = 0; // since the epoch
        double dbm = 0;
    };

    QString bssid;
    std::uint32_t radio = 0;
    std::uint32_t ifindex = 0;
    int frequency = 0;
    int frequencyOffsetKhz = 0;
    std::uint64_t tsf = 0;
    std::uint16_t beaconInterval = 0;
    std::uint16_t capability = 0;
    std::optional<double> signalDbm;
    std::optional<int> signalQuality; // 0-100 when the driver has no dBm
    std::uint32_t seenMsAgo = 0;
    std::optional<std::uint64_t> lastSeenBoottimeNs;
    std::optional<std::uint32_t> status; // associated, authenticated, IBSS joined
    QByteArray elements;                 // the newest (probe response or beacon)
    QByteArray beaconElements;
    bool fromProbeResponse = false;
    QString mldAddress;
    std::optional<int> linkId;

    QString ssid; // as UTF-8 when it decodes; bytes that do not are escaped \xNN
    bool hidden = false;
    Elements::ElementSummary summary;
    Elements::ChannelPlacement placement;
    Elements::Security security;
    Elements::Standard standard = Elements::Standard::B;
    QString vendor;   // from the IEEE registry for the BSSID's OUI
    QString groupKey; // BSSes of one physical AP share it

    // Kept by the BSS table.
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    QList<SignalSample> history; // bounded
};

} // namespace Airpane
