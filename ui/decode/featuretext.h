// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Airpane {

// What a radio's ciphers, nl80211 commands and feature flags mean, for the capabilities page. Names
// come from the helper (nl80211's own); an unknown name has no explanation.
class FeatureText
{
    Q_DECLARE_TR_FUNCTIONS(FeatureText)
public:
    static QString cipher(const QString &name);
    static QString command(const QString &name);
    static QString extendedFeature(const QString &name);
    static QString featureFlag(const QString &name);
    static QString capabilityFlag(const QString &name);
};

} // namespace Airpane
