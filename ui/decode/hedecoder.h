// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilityline.h"
#include "client/radio.h"

#include <QCoreApplication>

namespace Airpane {

// HE (802.11ax, Wi-Fi 6) and EHT (802.11be, Wi-Fi 7) capabilities in words. The fields are the
// elements' bytes in wire order; bit n is bit n % 8 of byte n / 8 (IEEE 802.11ax-2021 9.4.2.248,
// 802.11be 9.4.2.313). Only what matters to a user is decoded; the rest stays in the raw bytes.
class HeDecoder
{
    Q_DECLARE_TR_FUNCTIONS(HeDecoder)
public:
    static QList<CapabilityLine> he(const Client::HighThroughputFields &he, const QString &band);
    static QList<CapabilityLine> he6Ghz(int capabilities);
    static QList<CapabilityLine> eht(const Client::HighThroughputFields &eht,
                                     const Client::HighThroughputFields &he, const QString &band);
};

} // namespace Airpane
