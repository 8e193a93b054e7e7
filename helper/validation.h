// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/band.h"
#include "nl80211/scanrequests.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

// Checks of what clients send, treated as hostile: allow-lists, not deny-lists.
namespace Airpane::Validation {

// A Linux interface name as Airpane accepts it: ^[A-Za-z0-9_.-]{1,15}$, and not "." or "..".
bool isInterfaceName(const QString &name);

// The first of TOPICS that is not a known topic, or an empty string.
QString unknownTopic(const QStringList &topics);

// TriggerScan's options (see the contract); false with ERROR on anything unknown or out of range.
bool scanOptions(const QVariantMap &map, Nl80211::ScanOptions &options, QString *error);

struct LiveScanSettings
{
    QString mode = QStringLiteral("live"); // off, passive, live
    int intervalSeconds = 10;
    QList<BandId> bands;
    bool passive = false;
};

// SetLiveScan's settings; false with ERROR on anything unknown or out of range.
bool liveScanSettings(const QVariantMap &map, LiveScanSettings &settings, QString *error);

} // namespace Airpane::Validation
