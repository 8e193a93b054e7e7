// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decodecontext.h"
#include "model/band.h"

namespace Airpane::Nl80211 {

// Merges one NL80211_ATTR_WIPHY_BANDS attribute into BANDS. A split GET_WIPHY dump sends a band
// over several messages, its channels continued from one to the next: attributes present here
// replace those decoded before, channels are appended.
void mergeBands(const Netlink::Attribute &bandsAttribute, QList<Band> &bands, DecodeContext &context);

// IEEE channel number of FREQUENCY (MHz) in BAND; 0 where the band has no numbering for it.
int channelNumber(BandId band, int frequency);

} // namespace Airpane::Nl80211
