// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

namespace Airpane {

// What an interface measured on one channel (GET_SURVEY): noise and how the air was used.
struct SurveyEntry
{
    std::uint32_t ifindex = 0;
    int frequency = 0; // MHz
    int frequencyOffsetKhz = 0;
    bool inUse = false;
    std::optional<std::int8_t> noiseDbm;
    std::optional<std::uint64_t> activeMs;
    std::optional<std::uint64_t> busyMs;
    std::optional<std::uint64_t> extBusyMs;
    std::optional<std::uint64_t> rxMs;
    std::optional<std::uint64_t> txMs;
    std::optional<std::uint64_t> scanMs;
    std::optional<std::uint64_t> bssRxMs;
};

} // namespace Airpane
