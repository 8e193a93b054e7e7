// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interfacetype.h"

#include <QList>

#include <cstdint>

namespace Airpane {

// One set of interfaces a radio can run at once (NL80211_ATTR_INTERFACE_COMBINATIONS): per group
// of types a maximum count, a total, and how many distinct channels they may use.
struct InterfaceCombination
{
    struct Limit
    {
        std::uint32_t max = 0;
        InterfaceTypes types;
    };

    QList<Limit> limits;
    std::uint32_t maxInterfaces = 0;
    std::uint32_t channels = 0;
    bool staApBeaconIntervalMustMatch = false;
    std::uint32_t radarDetectWidths = 0;  // bit per enum nl80211_chan_width
    std::uint32_t radarDetectRegions = 0; // bit per enum nl80211_dfs_regions
    std::uint32_t beaconIntervalMinGcd = 0;
};

} // namespace Airpane
