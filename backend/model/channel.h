// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdint>
#include <optional>

namespace Airpane {

enum class DfsState : std::uint8_t { Usable = 0, Unavailable = 1, Available = 2 };

// One channel of a band as the radio may use it under the current regulatory domain.
struct Channel
{
    int frequency = 0;          // MHz
    int frequencyOffsetKhz = 0; // S1G channels sit at half-MHz offsets
    int number = 0;             // IEEE channel number for the band, 0 where it has none
    std::optional<double> maxPowerDbm;
    bool disabled = false;
    // nl80211 frequency flags that are set: "no-ir", "radar", "indoor-only", "no-ht40-minus", ...
    QStringList flags;
    std::optional<DfsState> dfsState;
    std::optional<std::uint32_t> dfsStateTimeMs; // time in the current DFS state
    std::optional<std::uint32_t> dfsCacTimeMs;

    bool hasFlag(const QString &flag) const { return flags.contains(flag); }
};

} // namespace Airpane
