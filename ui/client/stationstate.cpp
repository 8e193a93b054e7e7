// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationstate.h"

namespace Airpane {

StationState::StationState(QObject *parent)
    : QObject(parent)
{}

QList<Client::Station> StationState::stations(const QString &interface) const
{
    QList<Client::Station> list;
    // Keys sort by interface first: INTERFACE's stations are one run of the map.
    const QString prefix = interface + QLatin1Char('/');
    for (auto it = m_stations.lowerBound(prefix); it != m_stations.cend() && it.key().startsWith(prefix);
         ++it) {
        list.append(it.value());
    }
    return list;
}

const Client::Station *StationState::station(const QString &key) const
{
    const auto it = m_stations.constFind(key);
    return it == m_stations.constEnd() ? nullptr : &it.value();
}

void StationState::update(const QList<Client::Station> &changed, const QStringList &removed)
{
    QStringList added;
    QStringList modified;
    QStringList gone;
    for (const QString &key : removed) {
        if (m_stations.remove(key)) {
            gone.append(key);
        }
    }
    for (const Client::Station &station : changed) {
        const auto it = m_stations.find(station.key);
        if (it == m_stations.end()) {
            m_stations.insert(station.key, station);
            added.append(station.key);
            continue;
        }
        // Values that did not move are no change, whenever they arrived.
        Client::Station same = station;
        same.received = it->received;
        if (!(same == it.value())) {
            it.value() = station;
            modified.append(station.key);
        }
    }
    if (!added.isEmpty() || !modified.isEmpty() || !gone.isEmpty()) {
        Q_EMIT stationsChanged(added, modified, gone);
    }
}

void StationState::retain(const QStringList &interfaces)
{
    QStringList gone;
    for (auto it = m_stations.cbegin(); it != m_stations.cend(); ++it) {
        if (!interfaces.contains(it->interface)) {
            gone.append(it.key());
        }
    }
    update({}, gone);
}

void StationState::clear()
{
    update({}, m_stations.keys());
}

void StationState::setIntervalMs(int intervalMs)
{
    if (m_intervalMs != intervalMs) {
        m_intervalMs = intervalMs;
        Q_EMIT intervalChanged(intervalMs);
    }
}

} // namespace Airpane
