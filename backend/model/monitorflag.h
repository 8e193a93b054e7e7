// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane {

// What a monitor interface passes up besides ordinary frames. The values are nl80211's
// (enum nl80211_mntr_flags).
enum class MonitorFlag : std::uint8_t {
    FcsFail = 1,  // frames with a bad FCS
    PlcpFail = 2, // frames with a bad PLCP CRC
    Control = 3,  // control frames
    OtherBss = 4, // frames of other BSSes (no BSSID filter)
    Cook = 5,     // cooked mode: frames as mac80211 processed them
    Active = 6,   // acknowledge unicast frames addressed to the interface
};

using MonitorFlags = QList<MonitorFlag>;

// iw's words, used on the command line and in JSON: "fcsfail", "plcpfail", "control",
// "otherbss", "cook", "active".
QString monitorFlagKey(MonitorFlag flag);
std::optional<MonitorFlag> monitorFlagFromKey(const QString &key);
QList<MonitorFlag> allMonitorFlags();

} // namespace Airpane
