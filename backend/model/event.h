// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane {

// What the kernel's Wi-Fi stack reported: one nl80211 multicast event, summarised.
struct Event
{
    enum class Kind : std::uint8_t { Radio, Interface, Scan, Regulatory, Connection, Station, Frame, Other };

    qint64 timeMs = 0; // milliseconds since the epoch, when received
    std::uint32_t command = 0;
    QString name; // nl80211's command name: "new_interface", "new_scan_results", ...
    Kind kind = Kind::Other;
    std::optional<std::uint32_t> radio;
    std::optional<std::uint32_t> ifindex;
    std::optional<std::uint64_t> wdev;
    QString interfaceName;
    // Off-channel work: remain-on-channel and transmitted frames name their cookie.
    std::optional<std::uint64_t> cookie;
    std::optional<bool> acknowledged; // FRAME_TX_STATUS: did the receiver acknowledge the frame
    std::optional<std::uint32_t> frequency;
    std::optional<std::uint32_t> durationMs;
    QString summary; // one line for people
};

QString eventKindKey(Event::Kind kind); // "radio", "interface", "scan", ...

} // namespace Airpane
