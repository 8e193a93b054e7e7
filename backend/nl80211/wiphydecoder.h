// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/radio.h"
#include "nl/attributes.h"

#include <QMap>

namespace Airpane::Nl80211 {

// Merges one GET_WIPHY / NEW_WIPHY message (its attributes) into the radio it describes, creating
// it in RADIOS when new. A split dump describes a radio over many messages; feed them all, in
// order. Returns an error description, or an empty string.
QString mergeWiphy(Netlink::Bytes attributes, QMap<std::uint32_t, Radio> &radios);

// The wiphy index a message is about, if it names one.
std::optional<std::uint32_t> wiphyIndex(Netlink::Bytes attributes);

} // namespace Airpane::Nl80211
