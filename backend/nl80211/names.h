// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace Airpane::Nl80211 {

// nl80211's own names for its enums, as iw and the kernel documentation use them.
QString commandName(std::uint32_t command); // "new_interface"
std::optional<std::uint32_t> commandFromName(const QString &name);
QString extendedFeatureName(unsigned feature); // "VHT_IBSS"
QStringList extendedFeatureNames(const QByteArray &bitmap);
QStringList featureFlagNames(std::uint32_t flags); // "SK_TX_STATUS", "HT_IBSS", ...
QString cipherName(std::uint32_t suite);           // "CCMP-128"; empty when unknown
QString cipherSuiteSelector(std::uint32_t suite);  // "00-0f-ac:4"
QString channelWidthKey(std::uint32_t width);      // enum nl80211_chan_width: "20-noht", "80+80", ...
int channelWidthMhz(std::uint32_t width);
QStringList channelWidthKeys(std::uint32_t bitmap); // a bit per enum nl80211_chan_width

} // namespace Airpane::Nl80211
