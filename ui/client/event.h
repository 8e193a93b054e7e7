// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Airpane::Client {

// One nl80211 event the kernel reported.
struct Event
{
    QDateTime time;
    QString command; // nl80211's name: new_interface, new_scan_results, ...
    QString kind;    // radio, interface, scan, regulatory, connection, station, frame, other
    std::optional<uint> radio;
    std::optional<uint> ifindex;
    QString wdev;
    QString interfaceName;
    QString summary;

    bool operator==(const Event &) const = default;
};

} // namespace Airpane::Client
