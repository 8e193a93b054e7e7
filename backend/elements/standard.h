// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementsummary.h"
#include "model/band.h"

#include <QString>

namespace Airpane::Elements {

// The newest 802.11 amendment a BSS speaks: b, g, a, n (Wi-Fi 4), ac (5), ax (6), be (7).
enum class Standard : std::uint8_t { B, G, A, N, Ac, Ax, Be };

Standard classifyStandard(BandId band, const ElementSummary &summary);
QString standardKey(Standard standard);         // "b", "g", "a", "n", "ac", "ax", "be"
QString standardDisplayName(Standard standard); // "802.11ax (Wi-Fi 6)", ...

} // namespace Airpane::Elements
