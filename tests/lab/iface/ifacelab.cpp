// SPDX-License-Identifier: GPL-3.0-or-later
#include "ifacelab.h"

#include "support/command.h"
#include "support/iwdev.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <linux/if.h>

namespace Airpane::Lab::IfaceLab {

QString iwDevSnapshot()
{
    const QString out = QString::fromUtf8(runCommand(QStringLiteral("iw"), {QStringLiteral("dev")}).out);
    QStringList kept;
    bool inTxq = false;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("multicast TXQ:")) {
            inTxq = true;
            continue;
        }
        // The TXQ table is indented deeper than the interface's own lines.
        if (inTxq && line.startsWith(QLatin1String("\t\t\t"))) {
            continue;
        }
        inTxq = false;
        kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

QList<IwSeen> iwInterfaces(const QString &phy)
{
    const IwDev dev = parseIwDev(runCommand(QStringLiteral("iw"), {QStringLiteral("dev")}).out);
    QList<IwSeen> result;
    for (const IwInterface &interface : dev.interfaces) {
        if (QStringLiteral("phy%1").arg(interface.phy) != phy) {
            continue;
        }
        result.append({interface.name, interface.value(QStringLiteral("wdev")).value_or(QString()),
                       interface.value(QStringLiteral("type")).value_or(QString()),
                       interface.value(QStringLiteral("addr")).value_or(QString())});
    }
    return result;
}

std::optional<IwSeen> iwFind(const QString &phy, const QString &nameOrWdev)
{
    for (const IwSeen &seen : iwInterfaces(phy)) {
        if ((!seen.name.isEmpty() && seen.name == nameOrWdev) || seen.wdev == nameOrWdev) {
            return seen;
        }
    }
    return std::nullopt;
}

QString iwTypeWord(InterfaceType type)
{
    switch (type) {
    case InterfaceType::Adhoc:
        return QStringLiteral("IBSS");
    case InterfaceType::Station:
        return QStringLiteral("managed");
    case InterfaceType::AccessPoint:
        return QStringLiteral("AP");
    case InterfaceType::ApVlan:
        return QStringLiteral("AP/VLAN");
    case InterfaceType::Monitor:
        return QStringLiteral("monitor");
    case InterfaceType::MeshPoint:
        return QStringLiteral("mesh point");
    case InterfaceType::P2pClient:
        return QStringLiteral("P2P-client");
    case InterfaceType::P2pGo:
        return QStringLiteral("P2P-GO");
    case InterfaceType::P2pDevice:
        return QStringLiteral("P2P-device");
    case InterfaceType::Ocb:
        return QStringLiteral("outside context of a BSS");
    case InterfaceType::Nan:
        return QStringLiteral("NAN");
    default:
        return interfaceTypeKey(type);
    }
}

bool netdevUp(const QString &name)
{
    QFile flags(QStringLiteral("/sys/class/net/%1/flags").arg(name));
    if (!flags.open(QIODevice::ReadOnly)) {
        return false;
    }
    bool ok = false;
    const uint value = QString::fromLatin1(flags.readAll().trimmed()).toUInt(&ok, 16);
    return ok && (value & IFF_UP);
}

QString beaconHead(const QString &mac, int beaconIntervalTu)
{
    const QString bssid = QString(mac).remove(QLatin1Char(':'));
    const QString interval = QStringLiteral("%1%2")
                                 .arg(beaconIntervalTu & 0xff, 2, 16, QLatin1Char('0'))
                                 .arg(beaconIntervalTu >> 8, 2, 16, QLatin1Char('0'));
    // Frame control (beacon), duration, broadcast destination, source and BSSID, sequence,
    // timestamp, beacon interval, capabilities (ESS), SSID "airpane", supported rates.
    return QStringLiteral("80000000ffffffffffff") + bssid + bssid + QStringLiteral("0000") +
           QStringLiteral("0000000000000000") + interval + QStringLiteral("0100") + QStringLiteral("0007") +
           QString::fromLatin1(QByteArray("airpane").toHex()) + QStringLiteral("0104828b9616");
}

IwResult iw(const QStringList &args)
{
    const CommandResult result = runCommand(QStringLiteral("iw"), args, 20000);
    return {result.exitCode, QString::fromUtf8(result.out + result.err).trimmed()};
}

bool waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!predicate()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

void removeAllBut(Backend &backend, InterfaceManager &manager, std::uint32_t radio, const QString &keep)
{
    for (const Interface &interface : backend.interfaces()) {
        if (interface.radio == radio && interface.name != keep) {
            InterfaceManager::waitFor([&](auto done) { manager.remove(interface.wdev, done); });
        }
    }
    waitUntil([&] {
        for (const Interface &interface : backend.interfaces()) {
            if (interface.radio == radio && interface.name != keep) {
                return false;
            }
        }
        return true;
    });
}

} // namespace Airpane::Lab::IfaceLab
