// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2powner.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QFile>

namespace Airpane {
namespace {

const QString supplicant = QStringLiteral("fi.w1.wpa_supplicant1");
const QString networkManager = QStringLiteral("org.freedesktop.NetworkManager");
// Both answer in milliseconds; a stuck one must not hold the diagnosis.
constexpr int timeoutMs = 1000;

QDBusMessage call(const QDBusConnection &bus, QDBusMessage message)
{
    return bus.call(message, QDBus::Block, timeoutMs);
}

QString readLine(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readLine()).trimmed() : QString();
}

// The unit of PID from its cgroup ("0::/system.slice/wpa_supplicant.service").
QString unitOf(uint pid)
{
    QFile file(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString path = QString::fromUtf8(line.mid(line.lastIndexOf(':') + 1));
        const QString last = path.section(QLatin1Char('/'), -1);
        if (last.endsWith(QLatin1String(".service"))) {
            return last;
        }
    }
    return {};
}

bool managedByNetworkManager(const QDBusConnection &bus, const QString &netdev)
{
    const QDBusMessage device = call(
        bus, QDBusMessage::createMethodCall(networkManager, QStringLiteral("/org/freedesktop/NetworkManager"),
                                            networkManager, QStringLiteral("GetDeviceByIpIface"))
                 << netdev);
    if (device.type() != QDBusMessage::ReplyMessage || device.arguments().isEmpty()) {
        return false;
    }
    const QString path = device.arguments().constFirst().value<QDBusObjectPath>().path();
    const QDBusMessage managed = call(
        bus, QDBusMessage::createMethodCall(networkManager, path,
                                            QStringLiteral("org.freedesktop.DBus.Properties"),
                                            QStringLiteral("Get"))
                 << QStringLiteral("org.freedesktop.NetworkManager.Device") << QStringLiteral("Managed"));
    return managed.type() == QDBusMessage::ReplyMessage && !managed.arguments().isEmpty() &&
           managed.arguments().constFirst().value<QDBusVariant>().variant().toBool();
}

} // namespace

std::optional<P2pOwner> findP2pOwner(const QDBusConnection &bus, const QStringList &netdevs,
                                     const QString &p2pDevice)
{
    if (!bus.interface()->isServiceRegistered(supplicant)) {
        return std::nullopt;
    }
    for (const QString &netdev : netdevs) {
        // wpa_supplicant names the P2P device of the netdev it manages "p2p-dev-" + netdev (cut to
        // the 15 characters of an interface name); another name is another program's.
        if (!p2pDevice.isEmpty() && p2pDevice != QStringLiteral("p2p-dev-%1").arg(netdev).left(15)) {
            continue;
        }
        const QDBusMessage reply =
            call(bus, QDBusMessage::createMethodCall(supplicant, QStringLiteral("/fi/w1/wpa_supplicant1"),
                                                     supplicant, QStringLiteral("GetInterface"))
                          << netdev);
        if (reply.type() != QDBusMessage::ReplyMessage) {
            continue;
        }
        P2pOwner owner;
        owner.interface = netdev;
        owner.pid = bus.interface()->servicePid(supplicant).value();
        owner.program = owner.pid ? readLine(QStringLiteral("/proc/%1/comm").arg(owner.pid)) : QString();
        if (owner.program.isEmpty()) {
            owner.program = QStringLiteral("wpa_supplicant");
        }
        owner.unit = owner.pid ? unitOf(owner.pid) : QString();
        owner.networkManager =
            bus.interface()->isServiceRegistered(networkManager) && managedByNetworkManager(bus, netdev);
        return owner;
    }
    return std::nullopt;
}

} // namespace Airpane
