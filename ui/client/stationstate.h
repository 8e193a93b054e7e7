// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "station.h"

#include <QMap>
#include <QObject>

namespace Airpane {

// The stations of the interfaces this client watches, kept current from the helper's "stations"
// topic: the AP a connected station interface talks to, an access point's or P2P GO's clients.
class StationState : public QObject
{
    Q_OBJECT
public:
    explicit StationState(QObject *parent = nullptr);

    // INTERFACE's stations, by MAC address.
    QList<Client::Station> stations(const QString &interface) const;
    const Client::Station *station(const QString &key) const;
    int count() const { return int(m_stations.size()); }

    void update(const QList<Client::Station> &changed, const QStringList &removed);
    // Only INTERFACES are watched now: the others' stations go.
    void retain(const QStringList &interfaces);
    // A new session's watch: every station goes, its first signals bring them back.
    void clear();

    // The interval the helper reads the kernel at for this client, in ms; 0 while nothing is watched.
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int intervalMs);

Q_SIGNALS:
    // After the change; keys ("INTERFACE/MAC") of the stations added, changed and removed.
    void stationsChanged(const QStringList &added, const QStringList &changed, const QStringList &removed);
    void intervalChanged(int intervalMs);

private:
    QMap<QString, Client::Station> m_stations; // by key: a stable order for the models
    int m_intervalMs = 0;
};

} // namespace Airpane
