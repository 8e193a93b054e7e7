// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bssrecord.h"
#include "model/bss.h"

namespace Airpane::Scan {

// The owning Bss of a decoded record (copies the element bytes, decodes the SSID).
Bss makeBss(const BssRecord &record, std::uint32_t radio);

// An SSID as people read it: UTF-8 when it decodes, else printable ASCII with \xNN escapes.
QString ssidText(const std::uint8_t *bytes, std::size_t length);

} // namespace Airpane::Scan
