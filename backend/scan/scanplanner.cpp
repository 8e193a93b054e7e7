// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanplanner.h"

namespace Airpane::Scan {
namespace {

QList<int> usableFrequencies(const Band &band)
{
    QList<int> frequencies;
    for (const Channel &channel : band.channels) {
        if (!channel.disabled && channel.frequencyOffsetKhz == 0) {
            frequencies.append(channel.frequency);
        }
    }
    return frequencies;
}

} // namespace

int minimumIntervalSeconds(bool connected)
{
    return connected ? 10 : 2;
}

int connectedSweepIntervalSeconds()
{
    return 300;
}

ScanPlan planScan(const ScanPlanInput &input)
{
    ScanPlan plan;
    plan.options.passive = input.passive;
    if (!input.radio) {
        return plan;
    }
    QList<BandId> bands;
    for (const Band &band : input.radio->bands) {
        // Sub-1 GHz and 60 GHz are not where people look for networks.
        if (band.id == BandId::BandS1GHz || band.id == BandId::Band60GHz || band.id == BandId::BandLc) {
            continue;
        }
        if (input.bands.isEmpty() || input.bands.contains(band.id)) {
            if (!usableFrequencies(band).isEmpty()) {
                bands.append(band.id);
            }
        }
    }
    if (bands.isEmpty()) {
        return plan;
    }
    if (input.connected && !input.sweep) {
        // The link's own channel, if known and in a band chosen: mac80211 scans it without leaving.
        plan.options.lowPriority = true;
        for (const BandId id : std::as_const(bands)) {
            if (usableFrequencies(*input.radio->band(id)).contains(input.operatingFrequency)) {
                plan.bands = {id};
                plan.options.frequencies = {input.operatingFrequency};
            }
        }
        return plan;
    }
    if (input.connected) {
        plan.bands = {bands[input.cycle % bands.size()]};
        plan.options.lowPriority = true;
    } else {
        plan.bands = bands;
    }
    for (const BandId id : std::as_const(plan.bands)) {
        plan.options.frequencies += usableFrequencies(*input.radio->band(id));
    }
    plan.offChannelCount = int(plan.options.frequencies.size());
    return plan;
}

QString checkScanFrequencies(const Radio &radio, const QList<int> &frequencies)
{
    for (const int frequency : frequencies) {
        const Channel *found = nullptr;
        for (const Band &band : radio.bands) {
            for (const Channel &channel : band.channels) {
                if (channel.frequency == frequency && channel.frequencyOffsetKhz == 0) {
                    found = &channel;
                }
            }
        }
        if (!found) {
            return QStringLiteral("%1 MHz is not a channel of %2: it cannot scan there.")
                .arg(frequency)
                .arg(radio.name);
        }
        if (found->disabled) {
            return QStringLiteral("%1 MHz (channel %2) is disabled on %3 by the regulatory rules in force.")
                .arg(frequency)
                .arg(found->number)
                .arg(radio.name);
        }
    }
    return {};
}

} // namespace Airpane::Scan
