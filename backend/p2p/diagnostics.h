// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/interface.h"
#include "model/interfaceverdict.h"
#include "model/p2powner.h"
#include "model/radio.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Airpane {
class Backend;
class InterfaceManager;
} // namespace Airpane

namespace Airpane::P2p {

// "Why P2P is unavailable", per radio: each cause with what the user can do about it.
struct Problem
{
    QString key; // "no-p2p-device-type", "no-room", "rfkill-soft", "rfkill-hard", "owned-by-other"
    QString message;
    QString remedy;
    std::optional<P2pOwner> owner; // "owned-by-other": who, where the helper could find out
};

struct Diagnosis
{
    std::uint32_t radio = 0;
    QString radioName;
    bool available = true;
    QList<Problem> problems;
};

struct RfkillState
{
    bool soft = false;
    bool hard = false;
};

// The radio's rfkill switches, from sysfs (/sys/class/ieee80211/PHY/rfkill*/).
RfkillState readRfkill(const QString &phy);

// RADIO's interfaces are INTERFACES; OURS are P2P devices this program runs; VERDICT is the
// pre-check's answer to one more P2P device.
Diagnosis diagnose(const Radio &radio, const QList<Interface> &interfaces, const RfkillState &rfkill,
                   const QSet<std::uint64_t> &ours, const InterfaceVerdict &verdict);

// The same for RADIO as BACKEND sees it now: its rfkill switches from sysfs and the pre-check's
// answer to one more P2P device. OURS are the P2P devices the caller runs itself.
Diagnosis diagnoseRadio(const Backend &backend, const InterfaceManager &interfaces, const Radio &radio,
                        const QSet<std::uint64_t> &ours = {});

// Says in DIAGNOSIS's "owned-by-other" problem who runs the radio's P2P device (named P2PDEVICE):
// OWNER, as the helper found it. FREE names a radio whose P2P device Airpane could use, if any.
void nameOwner(Diagnosis &diagnosis, const P2pOwner &owner, const QString &p2pDevice, const QString &free);

} // namespace Airpane::P2p
