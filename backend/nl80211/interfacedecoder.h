// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/interface.h"
#include "nl/attributes.h"

#include <QString>

#include <variant>

namespace Airpane::Nl80211 {

// Decodes a GET_INTERFACE reply or a NEW/SET/DEL_INTERFACE event. P2P devices come without
// ifindex and name.
std::variant<Interface, QString> decodeInterface(Netlink::Bytes attributes);

// "02:00:00:00:01:00" from 6 bytes; empty otherwise.
QString macAddress(const QByteArray &bytes);

} // namespace Airpane::Nl80211
