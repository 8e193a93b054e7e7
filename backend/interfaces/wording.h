// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/interface.h"
#include "model/interfacetype.h"
#include "model/radio.h"

#include <QString>
#include <QStringList>

#include <cstdint>

// The words of the pre-check's messages: short nouns for interface types as the Wi-Fi world
// writes them ("AP", "P2P-device"), channels as "channel 6 (2437 MHz)".
namespace Airpane::Interfaces::Wording {

QString noun(InterfaceType type);                  // "station", "AP", "P2P-device", "IBSS"
QString counted(InterfaceType type, qint64 count); // "1 P2P-device", "2 stations", "3 IBSS interfaces"
QString nouns(const InterfaceTypes &types);        // "station, AP and mesh point"
QString group(const InterfaceTypes &types);        // "station/AP/mesh point"
QString joined(const QStringList &items);          // "a, b and c"
QString number(qint64 count);                      // "one" for 1, digits otherwise
QString channel(const Radio &radio, const OperatingChannel &channel); // "channel 6 (2437 MHz)"
QString width(std::uint32_t width);                                   // "80 MHz", "20 MHz without HT"
QString dfsRegion(std::uint8_t region);                               // "FCC", "ETSI", "JP", "unset"
QStringList dfsRegions(std::uint32_t bitmap);

} // namespace Airpane::Interfaces::Wording
