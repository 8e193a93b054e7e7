// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iwtree.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane::Lab {

// One wiphy as `iw list` or `iw phy X info` prints it: "Wiphy phy0" and the lines under it.
struct IwPhy
{
    QString name;
    IwNode node;

    std::optional<qint64> index() const; // "wiphy index: 0"
    // "Band 1:" sections; iw numbers them from 1 (nl80211 band + 1).
    QList<const IwNode *> bands() const { return node.findAll(u"Band "); }
    // The bullet items of a section ("Supported interface modes:" -> "IBSS", "managed", ...).
    std::optional<QStringList> items(QStringView section) const;
};

QList<IwPhy> parseIwPhys(const QByteArray &text);

// "2412.0 MHz [1] (30.0 dBm) (no IR, radar detection)" or "902.500 MHz (disabled)".
struct IwFrequency
{
    int mhz = 0;
    int offsetKhz = 0; // iw prints the kHz offset after the dot as an integer
    std::optional<int> channel;
    std::optional<double> maxPowerDbm;
    QStringList flags; // "disabled", "no IR", "radar detection", ...
};
std::optional<IwFrequency> parseIwFrequency(const QString &text);

// "5.5 Mbps (short preamble supported)".
struct IwBitrate
{
    double mbps = 0;
    bool shortPreamble = false;
};
std::optional<IwBitrate> parseIwBitrate(const QString &text);

// "3 streams: MCS 0-11" -> {3, 11}; "not supported" -> {3, -1}.
struct IwStreamMcs
{
    int streams = 0;
    int maxMcs = -1;
};
std::optional<IwStreamMcs> parseIwStreamMcs(const QString &text);

// "#{ managed, AP } <= 2048, #{ P2P-device } <= 1, total <= 2050, #channels <= 1,
// STA/AP BI must match, radar detect widths: { 20 MHz, 40 MHz }".
struct IwCombination
{
    struct Limit
    {
        QStringList types;
        qint64 max = 0;
    };
    QList<Limit> limits;
    qint64 total = 0;
    qint64 channels = 0;
    bool beaconIntervalsMatch = false;
    QStringList radarWidths;
};
std::optional<IwCombination> parseIwCombination(const QString &text);

} // namespace Airpane::Lab
