// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/regulatorydomain.h"
#include "nl/attributes.h"

#include <variant>

namespace Airpane::Nl80211 {

// Decodes a GET_REG reply or a REG_CHANGE / WIPHY_REG_CHANGE event.
std::variant<RegulatoryDomain, QString> decodeRegulatoryDomain(Netlink::Bytes attributes);

} // namespace Airpane::Nl80211
