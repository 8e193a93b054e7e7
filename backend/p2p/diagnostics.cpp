// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

#include "core/backend.h"
#include "core/interfacemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Airpane::P2p {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Airpane", text);
}

bool readFlag(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().trimmed() == "1";
}

} // namespace

RfkillState readRfkill(const QString &phy)
{
    RfkillState state;
    const QDir dir(QStringLiteral("/sys/class/ieee80211/%1").arg(phy));
    for (const QString &entry : dir.entryList({QStringLiteral("rfkill*")}, QDir::Dirs)) {
        state.soft |= readFlag(dir.filePath(entry + QStringLiteral("/soft")));
        state.hard |= readFlag(dir.filePath(entry + QStringLiteral("/hard")));
    }
    return state;
}

Diagnosis diagnose(const Radio &radio, const QList<Interface> &interfaces, const RfkillState &rfkill,
                   const QSet<std::uint64_t> &ours, const InterfaceVerdict &verdict)
{
    Diagnosis diagnosis;
    diagnosis.radio = radio.index;
    diagnosis.radioName = radio.name;
    auto add = [&](const char *key, const QString &message, const QString &remedy) {
        diagnosis.available = false;
        diagnosis.problems.append({QString::fromLatin1(key), message, remedy, std::nullopt});
    };
    if (!radio.supportsInterfaceType(InterfaceType::P2pDevice)) {
        add("no-p2p-device-type",
            tr("%1 cannot run a P2P device: its driver offers no P2P-device interface type.").arg(radio.name),
            tr("Use another Wi-Fi adapter for Wi-Fi Direct; some drivers run P2P only on a station "
               "interface, "
               "which Airpane does not drive."));
    }
    for (const Interface &interface : interfaces) {
        if (interface.radio == radio.index && interface.type == InterfaceType::P2pDevice &&
            !ours.contains(interface.wdev)) {
            add("owned-by-other",
                tr("Another program already runs %1's P2P device (wdev 0x%2), most likely wpa_supplicant.")
                    .arg(radio.name)
                    .arg(interface.wdev, 0, 16),
                tr("Stop Wi-Fi Direct in that program (for wpa_supplicant: p2p_disabled=1, or wpa_cli "
                   "p2p_stop_find), or "
                   "use that program for Wi-Fi Direct."));
        }
    }
    if (rfkill.hard) {
        add("rfkill-hard", tr("%1 is switched off by a hardware switch (rfkill hard block).").arg(radio.name),
            tr("Turn on the wireless switch or key of the computer."));
    } else if (rfkill.soft) {
        add("rfkill-soft",
            tr("%1 is blocked by software (rfkill soft block, as airplane mode does).").arg(radio.name),
            tr("Leave airplane mode, or unblock it: rfkill unblock wifi."));
    }
    if (!verdict.allowed && diagnosis.problems.isEmpty()) {
        add("no-room",
            verdict.problems.value(0,
                                   tr("The radio's interface combinations leave no room for a P2P device.")),
            tr("Remove an interface the radio runs, or use another radio."));
    }
    return diagnosis;
}

Diagnosis diagnoseRadio(const Backend &backend, const InterfaceManager &interfaces, const Radio &radio,
                        const QSet<std::uint64_t> &ours)
{
    Interfaces::Candidate candidate;
    candidate.type = InterfaceType::P2pDevice;
    return diagnose(radio, backend.interfaces(), readRfkill(radio.name), ours,
                    interfaces.checkType(radio.index, candidate));
}

void nameOwner(Diagnosis &diagnosis, const P2pOwner &owner, const QString &p2pDevice, const QString &free)
{
    for (Problem &problem : diagnosis.problems) {
        if (problem.key != QLatin1String("owned-by-other")) {
            continue;
        }
        QString who = owner.pid
                          ? tr("%1 (PID %2%3)")
                                .arg(owner.program)
                                .arg(owner.pid)
                                .arg(owner.unit.isEmpty() ? QString() : QStringLiteral(", ") + owner.unit)
                          : owner.program;
        if (owner.networkManager) {
            who = tr("NetworkManager's %1").arg(who);
        }
        problem.owner = owner;
        problem.message = tr("%1 runs %2's P2P device %3 for %4.")
                              .arg(who, diagnosis.radioName,
                                   p2pDevice.isEmpty() ? tr("(no name)") : p2pDevice, owner.interface);
        // What it means: a radio has one P2P device, and taking it would disturb the connection.
        const QString elsewhere = free.isEmpty()
                                      ? tr("Airpane can discover on a radio whose P2P device is free; "
                                           "this machine has none now.")
                                      : tr("Airpane discovers on %1, whose P2P device is free.").arg(free);
        problem.remedy =
            owner.networkManager
                ? tr("NetworkManager keeps %1 connected through it and uses it for Wi-Fi Direct; leave it "
                     "running. %2")
                      .arg(owner.interface, elsewhere)
                : tr("Stop Wi-Fi Direct in that program (p2p_disabled=1), or use it for Wi-Fi Direct. %1")
                      .arg(elsewhere);
    }
}

} // namespace Airpane::P2p
