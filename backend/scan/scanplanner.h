// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/band.h"
#include "model/radio.h"
#include "nl80211/scanrequests.h"

#include <QList>

namespace Airpane::Scan {

// What one cycle of the live scan asks for. While the interface is connected, every channel away
// from its own costs the user throughput (continuous full scans can cut 50 Mb/s to under 1), so
// then each cycle visits one band only, in turn, at low priority; unconnected, a cycle covers
// every band chosen.
struct ScanPlanInput
{
    const Radio *radio = nullptr;
    QList<BandId> bands; // empty: every band the radio has
    bool connected = false;
    bool passive = false;
    int cycle = 0; // counts cycles, for the rotation
};

struct ScanPlan
{
    Nl80211::ScanOptions options;
    QList<BandId> bands; // visited by this cycle
    int offChannelCount = 0;
};

ScanPlan planScan(const ScanPlanInput &input);

// The shortest interval between cycles the governor allows: connected, no faster than every 10 s.
int minimumIntervalSeconds(bool connected);

// Why RADIO cannot scan FREQUENCIES (MHz), in words naming the first that fails — not a channel of
// the radio, or disabled by the regulatory rules; empty when it can scan them all. The kernel's
// answer to such a scan is a bare "Invalid argument".
QString checkScanFrequencies(const Radio &radio, const QList<int> &frequencies);

} // namespace Airpane::Scan
