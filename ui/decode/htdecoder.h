// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilityline.h"
#include "client/radio.h"

#include <QCoreApplication>

namespace Airpane {

// HT (802.11n, Wi-Fi 4) and VHT (802.11ac, Wi-Fi 5) capabilities in words, bit by bit as IEEE
// 802.11-2020 (9.4.2.55 and 9.4.2.157) lays them out.
class HtDecoder
{
    Q_DECLARE_TR_FUNCTIONS(HtDecoder)
public:
    static QList<CapabilityLine> ht(const Client::HtCapabilities &ht);
    static QList<CapabilityLine> vht(const Client::VhtCapabilities &vht);
    // A VHT or HE MCS map (2 bits per spatial stream, 1 to 8): "MCS 0–9 on 4 spatial streams".
    // HIGHEST gives the top MCS of each 2-bit code 0, 1 and 2.
    static QString mcsMap(int map, const int (&highest)[3]);
    static QString yesNo(bool value);
};

} // namespace Airpane
