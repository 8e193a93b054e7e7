// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// helperprobe's station commands.
namespace Airpane::Probe {

// Subscribes to "stations", watches INTERFACES every INTERVALMS for SECONDS, printing WatchStations'
// answer and one line per StationsChanged (its stations' keys, what left, and with FULL the
// stations themselves); a summary line at the end.
int watchStations(const QStringList &interfaces, uint intervalMs, int seconds, bool full);

} // namespace Airpane::Probe
