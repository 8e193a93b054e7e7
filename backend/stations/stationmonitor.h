// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stationtable.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Airpane {

class Backend;
struct Event;

namespace Stations {

// Follows the stations of the interfaces someone watches, by name: the link of a station interface
// (its AP), an access point's or P2P GO's clients. Each watched interface is dumped every interval,
// the shortest any of its watchers asked for, and at once when the kernel reports a station joining
// or leaving (NEW_STATION, DEL_STATION); an interface nobody watches costs nothing. GET_STATION only
// reads the driver's counters: nothing here ever scans.
class StationMonitor : public QObject
{
    Q_OBJECT
public:
    // 10 updates a second at most: what a driver's counters and a person watching can follow.
    static constexpr int minimumIntervalMs = 100;
    static constexpr int maximumIntervalMs = 60000;

    explicit StationMonitor(Backend *backend, QObject *parent = nullptr);

    // WATCHER follows INTERFACES, each dumped every INTERVALMS (bounded to the limits above),
    // replacing what it watched before; an empty list ends its watch, as does its destruction.
    // Returns the interval it got.
    int watch(const QObject *watcher, const QStringList &interfaces, int intervalMs);
    void unwatch(const QObject *watcher) { watch(watcher, {}, 0); }

    static int boundedInterval(int intervalMs)
    {
        return std::clamp(intervalMs, minimumIntervalMs, maximumIntervalMs);
    }
    QStringList watched() const { return m_pollers.keys(); }
    // The interval INTERFACE is dumped at now; 0 when nobody watches it.
    int intervalOf(const QString &interface) const;
    const StationTable &table() const { return m_table; }
    // GET_STATION dumps made so far, for tests and benchmarks.
    int dumpCount() const { return m_dumps; }

Q_SIGNALS:
    // The stations of INTERFACE changed (a dump or the kernel's word); the table holds them now.
    void stationsChanged(const QString &interface, const Airpane::Stations::StationTable::Delta &delta);
    // A dump of INTERFACE failed; ERROR says why.
    void problem(const QString &interface, const QString &error);

private:
    struct Poller
    {
        QTimer *timer = nullptr;
        bool inFlight = false;
        bool again = false; // the kernel spoke during a dump: another dump follows it
    };
    struct Watch
    {
        QStringList interfaces;
        int intervalMs = 0;
    };

    void rearrange();
    void dump(const QString &interface);
    void onEvent(const Event &event);
    void apply(const QString &interface, const StationTable::Delta &delta);

    Backend *m_backend;
    QHash<const QObject *, Watch> m_watches;
    QHash<QString, Poller> m_pollers;
    StationTable m_table;
    int m_dumps = 0;
};

} // namespace Stations
} // namespace Airpane
