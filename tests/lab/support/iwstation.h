// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iwtree.h"

#include <QList>
#include <QString>

#include <optional>

namespace Airpane::Lab {

// One station of `iw dev X station dump`: "Station MAC (on IFNAME)" and its "key:<tab>value"
// lines (read them with node->field(key)).
struct IwStation
{
    QString mac;
    QString ifname;
    const IwNode *node = nullptr;
};

struct IwStations
{
    QList<IwNode> roots;
    QList<IwStation> stations;

    const IwStation *find(const QString &mac) const;
};
IwStations parseIwStations(const QByteArray &text);

// A rate as iw prints it: "162.0 MBit/s MCS 12 40MHz short GI", "866.7 MBit/s VHT-MCS 9 80MHz
// VHT-NSS 2", "1200.9 MBit/s 80MHz HE-MCS 11 HE-NSS 2 HE-GI 0 HE-DCM 0".
struct IwRate
{
    std::optional<double> mbps; // none for "(unknown)"
    // Words after the rate, as (name, value) pairs; a word without a number has an empty value
    // ("40MHz", "short GI").
    QList<std::pair<QString, QString>> attributes;

    std::optional<int> number(const QString &name) const;
    bool has(const QString &name) const;
};
std::optional<IwRate> parseIwRate(const QString &text);

} // namespace Airpane::Lab
