// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/station.h"

#include <QCoreApplication>
#include <QString>

namespace Airpane {

// Words for people about stations and their links: rates with their MCS, streams, width and guard
// interval, the standard a rate belongs to, durations, traffic, access categories.
class StationText
{
    Q_DECLARE_TR_FUNCTIONS(StationText)
public:
    // "72.2 Mb/s"; "—" when the driver does not know.
    static QString mbps(const std::optional<double> &mbps);
    // The rate and how it is sent: "866.7 Mb/s · VHT-MCS 9 · 2 streams · 80 MHz · short GI".
    static QString rate(const Client::Rate &rate);
    // A standard key of Client::Rate::standard(): "Wi-Fi 6 (HE)", ...
    static QString standard(const QString &key);
    static QString signal(const std::optional<int> &dbm);
    // Per-chain levels: "−40, −42 dBm".
    static QString chains(const QList<int> &dbm);
    // "1 h 02 min", "3 min 05 s", "12 s".
    static QString duration(qint64 seconds);
    // "120 ms", "3.4 s".
    static QString milliseconds(qint64 ms);
    static QString microseconds(qint64 us);
    static QString bytes(qint64 bytes);
    static QString count(qint64 count);
    // The 802.11 access category of TID (0 to 7), "TSPEC" for 8 to 15, "non-QoS" for 16.
    static QString accessCategory(int tid);
    // Authorized, associated, WMM, MFP, ...: the flags that are set.
    static QString flags(const Client::Station &station);
    static QString yesNo(bool value);
};

} // namespace Airpane
