// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementsummary.h"
#include "model/band.h"

#include <optional>

namespace Airpane::Elements {

// Where a BSS sits in the spectrum: its band, primary channel, and the width and centre its
// HT/VHT/HE/EHT operation elements declare (the newest standard present decides).
struct ChannelPlacement
{
    BandId band = BandId::Band2GHz;
    int primaryChannel = 0;
    int primaryFrequency = 0; // MHz
    int widthMhz = 20;
    int centerFrequency = 0;                // MHz, of the whole channel (of the first segment for 80+80)
    int center2Frequency = 0;               // the second 80 MHz segment of an 80+80 channel, else 0
    std::uint16_t puncturedSubchannels = 0; // bit per 20 MHz subchannel, lowest frequency first

    bool isEightyPlusEighty() const { return center2Frequency != 0; }
    int lowFrequency() const { return centerFrequency - (isEightyPlusEighty() ? 40 : widthMhz / 2); }
    int highFrequency() const
    {
        return isEightyPlusEighty() ? center2Frequency + 40 : centerFrequency + widthMhz / 2;
    }
};

std::optional<BandId> bandOfFrequency(int frequencyMhz);
// Centre frequency (MHz) of CHANNEL in BAND; 0 where the band has no such number.
int channelFrequency(BandId band, int channel);

// Places a BSS heard on FREQUENCY with the elements summarised in SUMMARY.
ChannelPlacement placeChannel(int frequencyMhz, const ElementSummary &summary);

} // namespace Airpane::Elements
