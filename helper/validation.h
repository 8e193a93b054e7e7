// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interfaces/radiosituation.h"
#include "model/band.h"
#include "model/interfacerequest.h"
#include "nl80211/scanrequests.h"
#include "p2p/p2pattributes.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

// Checks of what clients send, treated as hostile: allow-lists, not deny-lists.
namespace Airpane::Validation {

// A Linux interface name as Airpane accepts it: ^[A-Za-z0-9_.-]{1,15}$, and not "." or "..".
bool isInterfaceName(const QString &name);

// The first of TOPICS that is not a known topic, or an empty string.
QString unknownTopic(const QStringList &topics);

// WatchStations' interfaces: at most maxStationInterfaces names, each an interface name.
inline constexpr int maxStationInterfaces = 16;
bool stationInterfaces(const QStringList &interfaces, QString *error);

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

// The type of CreateInterface, SetInterfaceType and CheckInterface: the JSON key of a type Airpane
// creates ("station", "ap", "monitor", "mesh-point", "p2p-client", "p2p-go", "p2p-device",
// "adhoc", "ocb", "nan"). Nothing, with ERROR, for anything else.
std::optional<InterfaceType> interfaceType(const QString &key, QString *error);

// CreateInterface's options: mac, monitorFlags, up, force.
bool createOptions(const QVariantMap &map, CreateInterfaceRequest &request, QString *error);
// SetInterfaceType's options: monitorFlags, force.
bool changeTypeOptions(const QVariantMap &map, ChangeTypeRequest &request, QString *error);
// CheckInterface's options: mac.
bool checkOptions(const QVariantMap &map, Interfaces::Candidate &candidate, QString *error);

// StartP2p's device: name, type, configMethods, listenChannel.
bool p2pDevice(const QVariantMap &map, P2p::LocalDevice &device, QString *error);

// FindPeers' and ListenP2p's timeout: 1 to 3600 seconds.
bool p2pTimeout(uint seconds, QString *error);

} // namespace Airpane::Validation
