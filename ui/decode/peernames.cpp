// SPDX-License-Identifier: GPL-3.0-or-later
#include "peernames.h"

#include "wifinames.h"

#include <QLocale>

namespace Airpane {
namespace {

QStringList setBits(int bits, const QStringList &names)
{
    QStringList set;
    for (int bit = 0; bit < names.size(); ++bit) {
        if (bits & (1 << bit)) {
            set.append(names[bit]);
        }
    }
    return set;
}

} // namespace

int PeerNames::category(const QString &deviceType)
{
    bool ok = false;
    const int value = deviceType.section(QLatin1Char('-'), 0, 0).toInt(&ok);
    return ok ? value : 0;
}

QString PeerNames::categoryName(int category)
{
    // Wi-Fi Simple Configuration, table 41: primary device type categories.
    switch (category) {
    case 1:
        return tr("Computer");
    case 2:
        return tr("Input device");
    case 3:
        return tr("Printer or scanner");
    case 4:
        return tr("Camera");
    case 5:
        return tr("Storage");
    case 6:
        return tr("Network equipment");
    case 7:
        return tr("Display");
    case 8:
        return tr("Multimedia device");
    case 9:
        return tr("Game console");
    case 10:
        return tr("Phone");
    case 11:
        return tr("Audio device");
    case 12:
        return tr("Docking station");
    default:
        return tr("Other device");
    }
}

QString PeerNames::categoryIcon(int category)
{
    switch (category) {
    case 1:
    case 5:
        return QStringLiteral("peer-computer");
    case 3:
        return QStringLiteral("peer-printer");
    case 4:
        return QStringLiteral("peer-camera");
    case 7:
    case 8:
    case 9:
        return QStringLiteral("peer-display");
    case 10:
        return QStringLiteral("peer-phone");
    case 11:
        return QStringLiteral("peer-audio");
    default:
        return QStringLiteral("wifi-direct");
    }
}

QString PeerNames::configMethod(const QString &key)
{
    if (key == QLatin1String("display")) {
        return tr("Shows a PIN");
    }
    if (key == QLatin1String("keypad")) {
        return tr("PIN entry");
    }
    if (key == QLatin1String("push_button")) {
        return tr("Push button");
    }
    if (key == QLatin1String("label")) {
        return tr("PIN on a label");
    }
    if (key == QLatin1String("nfc_interface")) {
        return tr("NFC");
    }
    return key;
}

QStringList PeerNames::deviceCapabilities(int bits)
{
    // Wi-Fi P2P specification, table 12: Device Capability Bitmap.
    return setBits(bits,
                   {tr("service discovery"), tr("client discoverability"), tr("concurrent operation"),
                    tr("infrastructure managed"), tr("device limit reached"), tr("invitation procedure")});
}

QStringList PeerNames::groupCapabilities(int bits)
{
    // Wi-Fi P2P specification, table 13: Group Capability Bitmap.
    return setBits(bits, {tr("group owner"), tr("persistent group"), tr("group limit reached"),
                          tr("intra-BSS distribution"), tr("cross connection"), tr("persistent reconnect"),
                          tr("group formation"), tr("IP address allocation")});
}

QList<std::pair<QString, QString>> PeerNames::details(const Client::Peer &peer)
{
    auto when = [](const QDateTime &time) {
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    auto channel = [](const std::optional<int> &number) {
        return number ? tr("channel %1").arg(*number) : QString();
    };
    QStringList methods;
    for (const QString &method : peer.configMethods) {
        methods.append(configMethod(method));
    }
    QStringList secondary;
    for (const QString &type : peer.secondaryTypes) {
        secondary.append(tr("%1 (%2)").arg(categoryName(category(type)), type));
    }
    const QString primary =
        peer.primaryType.isEmpty()
            ? QString()
            : tr("%1 (%2)").arg(categoryName(category(peer.primaryType)), peer.primaryType);
    QString heard;
    if (peer.frequency > 0) {
        heard =
            peer.signalDbm
                ? tr("%1 on %2").arg(WifiNames::power(*peer.signalDbm), WifiNames::channel(peer.frequency))
                : WifiNames::channel(peer.frequency);
    }
    QList<std::pair<QString, QString>> rows = {
        {tr("Device type"), primary},
        {tr("Also"), secondary.join(QStringLiteral(", "))},
        {tr("Device address"), peer.address},
        {tr("Connects by"), methods.join(QStringLiteral(", "))},
        {tr("Manufacturer"), peer.manufacturer},
        {tr("Model"), peer.modelName},
        {tr("Device capabilities"),
         peer.deviceCapability ? deviceCapabilities(*peer.deviceCapability).join(QStringLiteral(", "))
                               : QString()},
        {tr("Group capabilities"), peer.groupCapability
                                       ? groupCapabilities(*peer.groupCapability).join(QStringLiteral(", "))
                                       : QString()},
        {tr("Listens on"), channel(peer.listenChannel)},
        {tr("Operates on"), channel(peer.operatingChannel)},
        {tr("Wi-Fi Display"), peer.wfd.isEmpty() ? tr("No") : tr("Yes (%1)").arg(peer.wfd)},
        {tr("Group clients"), peer.groupClients.join(QStringLiteral(", "))},
        {tr("Last heard"), heard},
        {tr("First seen"), when(peer.firstSeen)},
        {tr("Last seen"), when(peer.lastSeen)},
    };
    if (peer.probeRequestOnly) {
        rows.append({tr("Heard"), tr("only searching: it has not described itself yet")});
    }
    rows.removeIf([](const std::pair<QString, QString> &row) { return row.second.isEmpty(); });
    return rows;
}

} // namespace Airpane
