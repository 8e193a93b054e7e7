// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/station.h"

#include <QHash>
#include <QMap>
#include <QStringList>

namespace Airpane::Stations {

// The stations of each watched interface (by name), as the last dump left them, and what each dump
// changed: joins, leaves, and stations whose values moved.
class StationTable
{
public:
    struct Delta
    {
        QStringList added; // MAC addresses
        QStringList changed;
        QStringList removed;
        bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    };

    // A dump of INTERFACE's stations: what the dump no longer has left.
    Delta update(const QString &interface, const QList<Station> &dump);
    // INTERFACE is gone or no longer watched: its stations leave.
    Delta clear(const QString &interface);

    QList<Station> stations(const QString &interface) const;
    const Station *find(const QString &interface, const QString &mac) const;
    bool contains(const QString &interface) const { return m_stations.contains(interface); }

    // "INTERFACE/MAC": how the helper's clients name a station.
    static QString keyOf(const QString &interface, const QString &mac)
    {
        return interface + QLatin1Char('/') + mac;
    }

private:
    QHash<QString, QMap<QString, Station>> m_stations; // by interface, then MAC
};

} // namespace Airpane::Stations
