// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane::MacAddress {

// The six octets of "02:11:22:33:44:55" (hex digits in either case, ':' between octets and nothing
// else); nothing for any other text.
std::optional<QByteArray> parse(const QString &text);

// "02:11:22:33:44:55" in lower case, as nl80211's decoders print addresses.
QString format(const QByteArray &octets);

inline bool isGroup(const QByteArray &octets)
{
    return !octets.isEmpty() && (std::uint8_t(octets.at(0)) & 0x01) != 0;
}

inline bool isZero(const QByteArray &octets)
{
    return octets.count('\0') == octets.size();
}

} // namespace Airpane::MacAddress
