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
        diagnosis.problems.append({QString::fromLatin1(key), message, remedy});
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

} // namespace Airpane::P2p
