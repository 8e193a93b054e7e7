// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iwtree.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane::Lab {

// One rule as `iw reg get` prints it:
// "(5250 - 5350 @ 80), (N/A, 24), (0 ms), DFS, AUTO-BW". iw prints MHz, dBi and dBm truncated
// to integers.
struct IwRegRule
{
    qint64 startMhz = 0;
    qint64 endMhz = 0;
    qint64 maxBandwidthMhz = 0;
    std::optional<qint64> antennaGainDbi; // "N/A": none
    qint64 eirpDbm = 0;
    std::optional<qint64> cacMs; // "(N/A)": none
    QStringList flags;           // "DFS", "NO-OUTDOOR", "PASSIVE-SCAN", ...
    const IwNode *node = nullptr;
};
std::optional<IwRegRule> parseIwRegRule(const QString &text);

// A domain: "global" or "phy#N[ (self-managed)]", then "country US: DFS-FCC" and its rules.
struct IwRegDomain
{
    std::optional<int> phy;
    bool selfManaged = false;
    QString country;
    QString dfsRegion; // "DFS-FCC", "DFS-ETSI", "DFS-JP", "DFS-UNSET"
    QList<IwRegRule> rules;
    QList<const IwNode *> nodes; // its lines in iw's output: the scope line, the country line
};

struct IwReg
{
    QList<IwNode> roots;
    QList<IwRegDomain> domains;
};
IwReg parseIwReg(const QByteArray &text);

} // namespace Airpane::Lab
