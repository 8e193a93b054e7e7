// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2pdiagnosis.h"

#include "combinationsolver.h"
#include "wifinames.h"

namespace Airpane {
namespace {

const QString p2pDevice = QStringLiteral("p2p-device");

// "station, 2 × access point"
QString describe(const InterfaceCounts &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString name = WifiNames::interfaceType(it.key());
        parts.append(it.value() == 1 ? name : P2pDiagnosis::tr("%1 × %2").arg(it.value()).arg(name));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString P2pDiagnosis::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Available:
        return tr("Available");
    case Verdict::Running:
        return tr("Used by Airpane");
    case Verdict::InUse:
        return tr("In use by another program");
    case Verdict::Unavailable:
        return tr("Unavailable");
    }
    return {};
}

QString P2pDiagnosis::verdictText() const
{
    return verdictText(verdict);
}

P2pDiagnosis P2pDiagnosis::diagnose(const Client::Radio &radio, const QList<Client::Interface> &interfaces,
                                    const QString &ownDevice,
                                    const std::optional<Client::P2pAvailability> &helper)
{
    P2pDiagnosis diagnosis;
    for (const Client::Interface &interface : interfaces) {
        if (interface.type == p2pDevice) {
            diagnosis.device = interface;
            diagnosis.ownDevice = !ownDevice.isEmpty() && interface.wdev == ownDevice;
        }
    }
    diagnosis.checkTypes(radio);
    diagnosis.checkRoom(radio, interfaces);
    diagnosis.checkState(radio, interfaces);
    if (helper) {
        diagnosis.addHelperProblems(*helper);
    }

    const bool problem =
        helper ? !helper->available
               : std::any_of(diagnosis.findings.begin(), diagnosis.findings.end(),
                             [](const Finding &finding) { return finding.level == Level::Problem; });
    if (diagnosis.ownDevice) {
        diagnosis.verdict = Verdict::Running;
    } else if (diagnosis.device) {
        diagnosis.verdict = Verdict::InUse;
    } else {
        diagnosis.verdict = problem ? Verdict::Unavailable : Verdict::Available;
    }
    return diagnosis;
}

void P2pDiagnosis::checkTypes(const Client::Radio &radio)
{
    const bool deviceType = radio.supports(p2pDevice);
    const bool groups =
        radio.supports(QStringLiteral("p2p-go")) || radio.supports(QStringLiteral("p2p-client"));
    if (!deviceType && !groups) {
        findings.append(
            {Level::Problem, tr("No Wi-Fi Direct in the driver"),
             tr("The driver of %1 offers none of the P2P interface types: this radio cannot do Wi-Fi "
                "Direct.")
                 .arg(radio.name),
             QStringLiteral("no-p2p-device-type")});
        return;
    }
    if (!deviceType) {
        findings.append({Level::Problem, tr("No P2P device type"),
                         tr("The driver offers P2P groups but no dedicated P2P device, which discovery and "
                            "negotiation run on. Older drivers make a station interface do both; Airpane "
                            "needs the P2P device."),
                         QStringLiteral("no-p2p-device-type")});
    } else {
        findings.append(
            {Level::Good, tr("P2P device supported"),
             tr("The driver offers a dedicated P2P device for discovery, separate from the station "
                "interface.")});
    }
    if (!groups) {
        findings.append({Level::Problem, tr("No P2P groups"),
                         tr("The driver cannot run a P2P group owner or client, so no connection can follow "
                            "discovery.")});
    }
    if (deviceType && !radio.commands.isEmpty() &&
        !radio.commands.contains(QStringLiteral("start_p2p_device"))) {
        findings.append({Level::Problem, tr("The P2P device cannot start"),
                         tr("The driver does not offer the command that starts a P2P device.")});
    }
    if (!radio.maxRemainOnChannelMs || *radio.maxRemainOnChannelMs <= 0) {
        findings.append({Level::Problem, tr("No listening on other channels"),
                         tr("The driver does not support remain-on-channel, which discovery needs to listen "
                            "on the social channels 1, 6 and 11.")});
    } else {
        findings.append({Level::Good, tr("Listens on other channels"),
                         tr("Remain-on-channel for up to %1 ms, for discovery on the social channels.")
                             .arg(*radio.maxRemainOnChannelMs)});
    }
}

void P2pDiagnosis::checkRoom(const Client::Radio &radio, const QList<Client::Interface> &interfaces)
{
    if (!radio.supports(p2pDevice)) {
        return;
    }
    InterfaceCounts current;
    for (const Client::Interface &interface : interfaces) {
        ++current[interface.type];
    }
    current = CombinationSolver::counted(radio, current);
    InterfaceCounts wanted = current;
    if (!device) {
        wanted[p2pDevice] += 1;
    }
    const CombinationSolver::Answer withDevice = CombinationSolver::answer(radio, wanted);
    if (!withDevice.possible) {
        findings.append(
            {Level::Problem, tr("No room for a P2P device"),
             current.isEmpty()
                 ? tr("None of the radio's interface combinations allows a P2P device.")
                 : tr("The radio's interface combinations allow no P2P device next to what it runs "
                      "now (%1). Removing an interface would make room.")
                       .arg(describe(current)),
             QStringLiteral("no-room")});
        return;
    }
    wanted[QStringLiteral("p2p-group")] = 1;
    const CombinationSolver::Answer withGroup = CombinationSolver::answer(radio, wanted);
    if (!withGroup.possible) {
        findings.append({Level::Note, tr("No room for a P2P group"),
                         tr("Discovery can run, but the interface combinations leave no room for a P2P group "
                            "next to %1.")
                             .arg(describe(current.isEmpty() ? InterfaceCounts{{p2pDevice, 1}} : current))});
        return;
    }
    findings.append(
        {Level::Good, tr("Room for Wi-Fi Direct"),
         withGroup.channels <= 1
             ? tr("A P2P device and a P2P group fit next to the current interfaces, all on one channel: a "
                  "group must use the channel the other interfaces use.")
             : tr("A P2P device and a P2P group fit next to the current interfaces, on up to %n different "
                  "channel(s).",
                  nullptr, withGroup.channels)});
}

void P2pDiagnosis::checkState(const Client::Radio &radio, const QList<Client::Interface> &interfaces)
{
    if (device && ownDevice) {
        findings.append({Level::Good, tr("Airpane's P2P device runs here"),
                         tr("Airpane started the P2P device %1 on %2 for discovery; it goes when Airpane "
                            "closes.")
                             .arg(device->mac, radio.name)});
    } else if (device) {
        findings.append({Level::Problem, tr("Another program owns the P2P device"),
                         tr("A P2P device (%1) already runs on %2, started by another program such as "
                            "wpa_supplicant. A radio has one P2P device: Airpane can use Wi-Fi Direct here "
                            "once that program lets it go.")
                             .arg(device->mac, radio.name),
                         QStringLiteral("owned-by-other")});
    }
    bool anyNetdev = false;
    bool anyUp = false;
    for (const Client::Interface &interface : interfaces) {
        if (interface.ifindex) {
            anyNetdev = true;
            anyUp |= interface.up.value_or(false);
        }
    }
    if (anyNetdev && !anyUp) {
        findings.append({Level::Note, tr("Radio down"),
                         tr("None of the radio's network interfaces is up; it may be switched off or blocked "
                            "(rfkill).")});
    }
}

} // namespace Airpane

namespace Airpane {

void P2pDiagnosis::addHelperProblems(const Client::P2pAvailability &helper)
{
    for (const Client::P2pAvailability::Problem &problem : helper.problems) {
        const bool known = std::any_of(findings.begin(), findings.end(), [&problem](const Finding &finding) {
            return finding.level == Level::Problem && finding.key == problem.key;
        });
        if (problem.owner && problem.key == QLatin1String("owned-by-other") && !ownDevice) {
            nameOwner(*problem.owner);
            continue;
        }
        const bool rfkill = problem.key.startsWith(QLatin1String("rfkill"));
        // The helper does not know which P2P device is this session's: with Airpane's own running
        // here, only a switched-off radio is news.
        if (known || (ownDevice && !rfkill)) {
            continue;
        }
        QString title;
        if (problem.key == QLatin1String("rfkill-soft")) {
            title = tr("Radio switched off");
        } else if (problem.key == QLatin1String("rfkill-hard")) {
            title = tr("Radio blocked by a switch");
        } else if (problem.key == QLatin1String("no-room")) {
            title = tr("No room for a P2P device");
        } else if (problem.key == QLatin1String("owned-by-other")) {
            title = tr("Another program owns the P2P device");
        } else if (problem.key == QLatin1String("no-p2p-device-type")) {
            title = tr("No P2P device type");
        } else {
            title = tr("The helper sees a problem");
        }
        // The helper's message may end without a full stop before its remedy.
        QString message = problem.message.trimmed();
        if (!message.isEmpty() && !message.back().isPunct()) {
            message += u'.';
        }
        const QString detail = problem.remedy.isEmpty() ? message : tr("%1 %2").arg(message, problem.remedy);
        findings.append({Level::Problem, title, detail, problem.key});
    }
}

QString P2pDiagnosis::ownerName(const Client::P2pAvailability::Owner &owner)
{
    return owner.networkManager ? tr("NetworkManager's %1").arg(owner.program) : owner.program;
}

void P2pDiagnosis::nameOwner(const Client::P2pAvailability::Owner &found)
{
    owner = found;
    const QString process =
        found.unit.isEmpty() ? tr("PID %1").arg(found.pid) : tr("PID %1, %2").arg(found.pid).arg(found.unit);
    const QString name = device ? device->displayName() : QString();
    const QString who = tr("%1 (%2) runs this radio's P2P device %3 for %4.")
                            .arg(ownerName(found), process, name, found.interface);
    // What it means for the user: one P2P device per radio, and this one serves the connection.
    const QString meaning =
        found.networkManager
            ? tr("NetworkManager keeps %1 connected through it and uses it for its own Wi-Fi Direct, so "
                 "Airpane leaves it alone: Airpane's discovery needs a radio whose P2P device is free.")
                  .arg(found.interface)
            : tr("A radio has one P2P device: Airpane can discover here once that program lets it go "
                 "(p2p_disabled=1), or on a radio whose P2P device is free.");
    const QString title = tr("%1 owns the P2P device").arg(ownerName(found));
    for (Finding &finding : findings) {
        if (finding.key == QLatin1String("owned-by-other")) {
            finding.title = title;
            finding.detail = tr("%1 %2").arg(who, meaning);
            return;
        }
    }
    findings.append({Level::Problem, title, tr("%1 %2").arg(who, meaning), QStringLiteral("owned-by-other")});
}

} // namespace Airpane
