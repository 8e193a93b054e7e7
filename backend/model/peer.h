// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace Airpane {

// A Wi-Fi Direct device found around us: what it says of itself, where and when we heard it.
struct Peer
{
    QString address; // P2P device address
    QString name;
    QString primaryType;       // "7-0050F204-4"
    QString category;          // "Display"
    QStringList secondaryTypes;
    std::uint16_t configMethods = 0;
    std::optional<std::uint8_t> deviceCapability;
    std::optional<std::uint8_t> groupCapability;
    std::optional<int> listenChannel;
    std::optional<int> operatingChannel;
    QString manufacturer;
    QString modelName;
    QByteArray wfdSubelements; // Wi-Fi Display, when the peer advertises it
    QStringList groupClients;  // when the peer is a group owner
    std::optional<double> signalDbm;
    int frequency = 0; // where we last heard it
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    // Only its probe requests were heard: it searches, and told less than a listening device does.
    bool probeRequestOnly = true;
};

} // namespace Airpane
