// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationtable.h"

namespace Airpane::Stations {

StationTable::Delta StationTable::update(const QString &interface, const QList<Station> &dump)
{
    Delta delta;
    QMap<QString, Station> &known = m_stations[interface];
    QMap<QString, Station> fresh;
    for (const Station &station : dump) {
        fresh.insert(station.mac, station);
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!fresh.contains(it.key())) {
            delta.removed.append(it.key());
        }
    }
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        const auto old = known.constFind(it.key());
        if (old == known.cend()) {
            delta.added.append(it.key());
        } else if (!(*old == *it)) {
            delta.changed.append(it.key());
        }
    }
    known = std::move(fresh);
    return delta;
}

StationTable::Delta StationTable::clear(const QString &interface)
{
    Delta delta;
    delta.removed = m_stations.take(interface).keys();
    return delta;
}

QList<Station> StationTable::stations(const QString &interface) const
{
    return m_stations.value(interface).values();
}

const Station *StationTable::find(const QString &interface, const QString &mac) const
{
    const auto table = m_stations.constFind(interface);
    if (table == m_stations.cend()) {
        return nullptr;
    }
    const auto it = table->constFind(mac);
    return it == table->cend() ? nullptr : &*it;
}

} // namespace Airpane::Stations
