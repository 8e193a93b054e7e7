// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iwtree.h"

#include <QList>
#include <QString>

#include <optional>

namespace Airpane::Lab {

// One interface as `iw dev` prints it under "phy#N": "Interface wlan0" or "Unnamed/non-netdev
// interface", and its "key value" lines (ifindex, wdev, addr, ssid, type, channel, txpower, ...).
struct IwInterface
{
    int phy = -1;
    QString name; // empty for an interface without a netdev
    const IwNode *node = nullptr;

    std::optional<QString> value(const QString &key) const; // marks the line used
};

// "channel 6 (2437 MHz), width: 40 MHz, center1: 2447 MHz[, center2: N MHz]"
struct IwChannel
{
    int number = 0;
    int mhz = 0;
    QString width; // iw's words: "20 MHz (no HT)", "40 MHz", "80+80 MHz", ...
    int center1 = 0;
    int center2 = 0;
};
std::optional<IwChannel> parseIwChannel(const QString &text);

// Keeps the parsed tree (IwInterface points into it).
struct IwDev
{
    QList<IwNode> roots;
    QList<IwInterface> interfaces;
};
IwDev parseIwDev(const QByteArray &text);

} // namespace Airpane::Lab
