// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "model/interfacetype.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the interface lab tests share: iw as the reference for what exists, and waits for the
// backend's model.
namespace Airpane::Lab::IfaceLab {

// `iw dev` without the TXQ counters that change on their own: for before/after comparisons.
QString iwDevSnapshot();

// An interface as `iw dev` lists it under phy#N.
struct IwSeen
{
    QString name; // empty for a P2P-device
    QString wdev; // "0x2"
    QString type; // iw's word: "managed", "AP", "P2P-device", ...
    QString addr;
};
// PHY is the radio's name ("phy3"), not the scenario's radio number: phy indexes keep growing
// across module loads in one VM.
QList<IwSeen> iwInterfaces(const QString &phy);
// By name, or by wdev id ("0x2") for interfaces without a netdev.
std::optional<IwSeen> iwFind(const QString &phy, const QString &nameOrWdev);

// iw's word for TYPE in `iw dev`.
QString iwTypeWord(InterfaceType type);
// IFF_UP from /sys/class/net/NAME/flags.
bool netdevUp(const QString &name);
// A minimal beacon (header, fixed fields, SSID "airpane" and rates) for `iw dev X ap start ...
// head HEX`, from MAC (the BSSID) and the beacon interval.
QString beaconHead(const QString &mac, int beaconIntervalTu);

// Runs iw with ARGS; its exit status and what it said.
struct IwResult
{
    int exitCode = -1;
    QString said;
    bool ok() const { return exitCode == 0; }
};
IwResult iw(const QStringList &args);

// Runs the event loop until PREDICATE holds or TIMEOUTMS pass.
bool waitUntil(const std::function<bool()> &predicate, int timeoutMs = 5000);

// Deletes every interface of RADIO but KEEP (by name) through MANAGER, and waits for the model.
void removeAllBut(Backend &backend, InterfaceManager &manager, std::uint32_t radio, const QString &keep);

} // namespace Airpane::Lab::IfaceLab
