// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/band.h"
#include "model/radio.h"
#include "nl80211/scanrequests.h"

#include <QList>

namespace Airpane::Scan {

// What one cycle of the live scan asks for. While the interface is connected, every channel away
// from its own costs the link: frames sent to it meanwhile are late or lost (a ping over a
// mac80211_hwsim link loses about a second's worth for each scan that leaves the channel, however
// few channels it visits). So, connected, a cycle scans the link's own channel only, which mac80211
// does without leaving it, and reads what other scans (NetworkManager's) found; now and then a
// cycle sweeps one band, in turn, at low priority. Unconnected, a cycle covers every band chosen.
struct ScanPlanInput
{
    const Radio *radio = nullptr;
    QList<BandId> bands; // empty: every band the radio has
    bool connected = false;
    bool passive = false;
    int cycle = 0;              // counts the cycles that sweep, for the rotation
    int operatingFrequency = 0; // MHz: the link's channel while connected, 0 when unknown
    bool sweep = true;          // connected: this cycle may leave the link's channel
};

struct ScanPlan
{
    Nl80211::ScanOptions options;
    QList<BandId> bands; // visited by this cycle; empty: nothing to scan
    int offChannelCount = 0;
};

ScanPlan planScan(const ScanPlanInput &input);

// The shortest interval between cycles the governor allows: connected, no faster than every 10 s.
int minimumIntervalSeconds(bool connected);

// Connected, the shortest time between two cycles that leave the link's channel: five minutes, the
// long interval often given to wpa_supplicant's own background scan (bgscan "simple:30:-70:300").
// A scan the user asks for (TriggerScan) goes everywhere at once, connected or not.
int connectedSweepIntervalSeconds();

// Why RADIO cannot scan FREQUENCIES (MHz), in words naming the first that fails — not a channel of
// the radio, or disabled by the regulatory rules; empty when it can scan them all. The kernel's
// answer to such a scan is a bare "Invalid argument".
QString checkScanFrequencies(const Radio &radio, const QList<int> &frequencies);

} // namespace Airpane::Scan
