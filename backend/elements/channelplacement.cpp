// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelplacement.h"

#include "nl80211/banddecoder.h"

#include <cstdlib>

namespace Airpane::Elements {

std::optional<BandId> bandOfFrequency(int frequency)
{
    if (frequency >= 2400 && frequency <= 2500) {
        return BandId::Band2GHz;
    }
    if (frequency >= 4900 && frequency < 5930) {
        return BandId::Band5GHz;
    }
    if (frequency >= 5930 && frequency <= 7125) {
        return BandId::Band6GHz;
    }
    if (frequency >= 57000 && frequency <= 72000) {
        return BandId::Band60GHz;
    }
    if (frequency >= 700 && frequency < 1000) {
        return BandId::BandS1GHz;
    }
    return std::nullopt;
}

int channelFrequency(BandId band, int channel)
{
    switch (band) {
    case BandId::Band2GHz:
        return channel == 14 ? 2484 : (channel >= 1 && channel <= 13 ? 2407 + 5 * channel : 0);
    case BandId::Band5GHz:
        if (channel >= 182 && channel <= 196) {
            return 4000 + 5 * channel; // Japan's 4.9 GHz channels
        }
        return channel >= 1 && channel <= 181 ? 5000 + 5 * channel : 0;
    case BandId::Band6GHz:
        return channel == 2 ? 5935 : (channel >= 1 && channel <= 233 ? 5950 + 5 * channel : 0);
    case BandId::Band60GHz:
        return channel >= 1 && channel <= 6 ? 56160 + 2160 * channel : 0;
    default:
        return 0;
    }
}

ChannelPlacement placeChannel(int frequency, const ElementSummary &s)
{
    ChannelPlacement placement;
    placement.band = bandOfFrequency(frequency).value_or(BandId::Band2GHz);
    placement.primaryFrequency = frequency;
    placement.primaryChannel = Nl80211::channelNumber(placement.band, frequency);
    placement.centerFrequency = frequency;
    const BandId band = placement.band;
    auto centre = [&](int channel) { return channelFrequency(band, channel); };

    if (s.ehtOperationInfo && s.ehtWidth <= 4) {
        static constexpr int widths[] = {20, 40, 80, 160, 320};
        placement.widthMhz = widths[s.ehtWidth];
        // For 160 and 320 MHz, CCFS1 is the whole channel's centre; CCFS0 that of the 80 MHz part.
        const int channel =
            s.ehtWidth >= 3 ? s.ehtCcfs1 : (s.ehtWidth == 0 ? placement.primaryChannel : s.ehtCcfs0);
        placement.centerFrequency = centre(channel) ? centre(channel) : frequency;
        if (s.hasPuncturing) {
            placement.puncturedSubchannels = s.puncturingBitmap;
        }
    } else if (band == BandId::Band6GHz && s.he6GhzInfo) {
        static constexpr int widths[] = {20, 40, 80, 160};
        placement.widthMhz = widths[s.he6Width & 3];
        int channel = s.he6Width == 0 ? placement.primaryChannel : s.he6Ccfs0;
        if (s.he6Width == 3 && s.he6Ccfs1) {
            if (std::abs(int(s.he6Ccfs1) - int(s.he6Ccfs0)) == 8) {
                channel = s.he6Ccfs1;
            } else {
                placement.widthMhz = 160;
                placement.center2Frequency = centre(s.he6Ccfs1);
            }
        }
        placement.centerFrequency = centre(channel) ? centre(channel) : frequency;
    } else if (s.hasVhtOperation && s.vhtWidth >= 1 && band != BandId::Band2GHz) {
        const int diff = std::abs(int(s.vhtCcfs1) - int(s.vhtCcfs0));
        if (s.vhtWidth == 1 && s.vhtCcfs1 == 0) {
            placement.widthMhz = 80;
            placement.centerFrequency = centre(s.vhtCcfs0);
        } else if ((s.vhtWidth == 1 && diff == 8) || s.vhtWidth == 2) {
            placement.widthMhz = 160;
            placement.centerFrequency = centre(s.vhtWidth == 2 ? s.vhtCcfs0 : s.vhtCcfs1);
        } else {
            placement.widthMhz = 160; // 80+80: two 80 MHz segments
            placement.centerFrequency = centre(s.vhtCcfs0);
            placement.center2Frequency = centre(s.vhtCcfs1);
        }
        if (placement.centerFrequency == 0) {
            placement.centerFrequency = frequency;
        }
    } else if (s.hasHtOperation && s.htAnyWidth && (s.htSecondaryOffset == 1 || s.htSecondaryOffset == 3)) {
        placement.widthMhz = 40;
        placement.centerFrequency = frequency + (s.htSecondaryOffset == 1 ? 10 : -10);
    }
    return placement;
}

} // namespace Airpane::Elements
