// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/station.h"
#include "nl/attributes.h"

#include <variant>

namespace Airpane::Nl80211 {

// Decodes a GET_STATION reply (or NEW_STATION event).
std::variant<Station, QString> decodeStation(Netlink::Bytes attributes);

} // namespace Airpane::Nl80211
