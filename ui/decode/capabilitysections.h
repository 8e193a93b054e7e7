// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilityline.h"
#include "client/radio.h"

#include <QCoreApplication>

namespace Airpane {

// The capabilities page's sections of one radio, in words.
class CapabilitySections
{
    Q_DECLARE_TR_FUNCTIONS(CapabilitySections)
public:
    // HT, VHT, HE and EHT of one band; HE and EHT once per group of interface types that share them.
    static QList<CapabilitySection> phy(const Client::Radio &radio, const QString &band);
    static QList<CapabilitySection> interfaceTypes(const Client::Radio &radio);
    static QList<CapabilitySection> ciphers(const Client::Radio &radio);
    // Supported commands, extended features, feature and capability flags, limits.
    static QList<CapabilitySection> features(const Client::Radio &radio);
    // "1, 2, 5.5, 11 Mbit/s"
    static QString bitrates(const Client::Band &band);
};

} // namespace Airpane
