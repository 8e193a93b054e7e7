// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elements/channelplacement.h"
#include "elements/elementsummary.h"
#include "elements/security.h"
#include "elements/standard.h"

#include <array>
#include <cstdint>
#include <span>

namespace Airpane::Scan {

using Bytes = std::span<const std::uint8_t>;

// One BSS of a GET_SCAN reply, decoded in place: element bytes stay views into the message, the
// summary and its derived placement, security and standard are plain values. No allocation.
struct BssRecord
{
    std::array<std::uint8_t, 6> bssid{};
    std::uint32_t ifindex = 0;
    std::uint64_t wdev = 0;
    std::uint32_t generation = 0;
    int frequency = 0;
    int frequencyOffsetKhz = 0;
    std::uint64_t tsf = 0;
    std::uint16_t beaconInterval = 0;
    std::uint16_t capability = 0;
    bool hasSignalMbm = false;
    std::int32_t signalMbm = 0;
    bool hasSignalUnspec = false;
    std::uint8_t signalUnspec = 0;
    bool hasStatus = false;
    std::uint32_t status = 0; // enum nl80211_bss_status
    std::uint32_t seenMsAgo = 0;
    bool hasLastSeenBoottime = false;
    std::uint64_t lastSeenBoottimeNs = 0;
    Bytes ies;       // the newest elements, from a probe response or a beacon
    Bytes beaconIes; // the last beacon's, when the kernel has both
    bool fromProbeResponse = false;
    bool hasMloLinkId = false;
    std::uint8_t mloLinkId = 0;
    bool hasMldAddress = false;
    std::array<std::uint8_t, 6> mldAddress{};

    Elements::ElementSummary summary;
    Elements::ChannelPlacement placement;
    Elements::Security security;
    Elements::Standard standard = Elements::Standard::B;
};

// Decodes the attributes of one GET_SCAN message. Returns nullptr, or what was wrong (a static
// string, so the hot path allocates nothing).
const char *decodeBssRecord(Bytes attributes, BssRecord &record);

} // namespace Airpane::Scan
