// SPDX-License-Identifier: GPL-3.0-or-later
#include "radiosituation.h"

namespace Airpane::Interfaces {

QString interfaceLabel(const Interface &interface)
{
    if (interface.hasNetdev() && !interface.name.isEmpty()) {
        return interface.name;
    }
    return QStringLiteral("wdev 0x%1").arg(interface.wdev, 0, 16);
}

RadioSituation RadioSituation::from(const Radio &radio, const QList<Interface> &interfaces,
                                    std::optional<std::uint8_t> dfsRegion, const QSet<std::uint64_t> &stopped)
{
    RadioSituation situation;
    situation.radio = radio;
    situation.dfsRegion = dfsRegion;
    for (const Interface &interface : interfaces) {
        if (interface.radio != radio.index) {
            continue;
        }
        ActiveInterface active;
        active.wdev = interface.wdev;
        active.label = interfaceLabel(interface);
        active.type = interface.type;
        active.mac = interface.mac.toLower();
        active.channel = interface.channel;
        if (interface.hasNetdev()) {
            // Without link state yet (just created), the netdev is down: new netdevs start down.
            active.running = interface.up.value_or(false);
        } else {
            active.running = !stopped.contains(interface.wdev);
            active.assumed = active.running;
        }
        situation.interfaces.append(active);
    }
    return situation;
}

QList<ActiveInterface> RadioSituation::running(std::optional<std::uint64_t> except) const
{
    QList<ActiveInterface> result;
    for (const ActiveInterface &interface : interfaces) {
        if (interface.running && (!except || interface.wdev != *except)) {
            result.append(interface);
        }
    }
    return result;
}

} // namespace Airpane::Interfaces
