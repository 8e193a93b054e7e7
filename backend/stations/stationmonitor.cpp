// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationmonitor.h"

#include "core/backend.h"

#include <linux/nl80211.h>

namespace Airpane::Stations {

StationMonitor::StationMonitor(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    connect(backend, &Backend::eventReceived, this, &StationMonitor::onEvent);
    connect(backend, &Backend::interfaceAdded, this, [this](std::uint64_t wdev) {
        // A watched name that comes back (re-created, renamed to it) is dumped at once.
        if (const auto interface = m_backend->interfaceByWdev(wdev);
            interface && m_pollers.contains(interface->name)) {
            dump(interface->name);
        }
    });
    connect(backend, &Backend::interfaceRemoved, this, [this](std::uint64_t) {
        for (const QString &name : m_pollers.keys()) {
            if (!m_backend->interfaceByName(name) && m_table.contains(name)) {
                apply(name, m_table.clear(name));
            }
        }
    });
}

int StationMonitor::watch(const QObject *watcher, const QStringList &interfaces, int intervalMs)
{
    const int interval = boundedInterval(intervalMs);
    if (interfaces.isEmpty()) {
        m_watches.remove(watcher);
    } else {
        if (!m_watches.contains(watcher)) {
            connect(watcher, &QObject::destroyed, this, [this, watcher] { unwatch(watcher); });
        }
        QStringList unique = interfaces;
        unique.removeDuplicates();
        m_watches.insert(watcher, {unique, interval});
    }
    rearrange();
    return interval;
}

int StationMonitor::intervalOf(const QString &interface) const
{
    const auto it = m_pollers.constFind(interface);
    return it == m_pollers.cend() ? 0 : it->timer->interval();
}

void StationMonitor::rearrange()
{
    QHash<QString, int> wanted; // interface -> shortest interval asked
    for (const Watch &watch : std::as_const(m_watches)) {
        for (const QString &interface : watch.interfaces) {
            const auto it = wanted.constFind(interface);
            wanted.insert(interface,
                          it == wanted.cend() ? watch.intervalMs : std::min(*it, watch.intervalMs));
        }
    }
    for (const QString &interface : m_pollers.keys()) {
        if (!wanted.contains(interface)) {
            delete m_pollers.take(interface).timer;
            // Nobody watches: what it knew is stale from now on.
            apply(interface, m_table.clear(interface));
        }
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        Poller &poller = m_pollers[it.key()];
        if (!poller.timer) {
            poller.timer = new QTimer(this);
            connect(poller.timer, &QTimer::timeout, this, [this, interface = it.key()] { dump(interface); });
            poller.timer->start(it.value());
            dump(it.key()); // the first values now, not one interval later
        } else if (poller.timer->interval() != it.value()) {
            poller.timer->start(it.value());
        }
    }
}

void StationMonitor::dump(const QString &interface)
{
    const auto poller = m_pollers.find(interface);
    if (poller == m_pollers.end()) {
        return;
    }
    if (poller->inFlight) {
        return; // a dump still runs: the next tick, or the event's follow-up, brings the news
    }
    const auto found = m_backend->interfaceByName(interface);
    if (!found || !found->ifindex) {
        if (m_table.contains(interface)) {
            apply(interface, m_table.clear(interface));
        }
        return;
    }
    poller->inFlight = true;
    ++m_dumps;
    QPointer<StationMonitor> self(this);
    m_backend->requestStations(*found->ifindex,
                               [self, interface](const QList<Station> &stations, const QString &error) {
                                   if (!self) {
                                       return;
                                   }
                                   const auto watched = self->m_pollers.find(interface);
                                   if (watched == self->m_pollers.end()) {
                                       return; // nobody watches it any more
                                   }
                                   watched->inFlight = false;
                                   const bool again = std::exchange(watched->again, false);
                                   if (!error.isEmpty()) {
                                       Q_EMIT self->problem(interface, error);
                                   } else {
                                       self->apply(interface, self->m_table.update(interface, stations));
                                   }
                                   if (again) {
                                       self->dump(interface);
                                   }
                               });
}

void StationMonitor::onEvent(const Event &event)
{
    if (event.command != NL80211_CMD_NEW_STATION && event.command != NL80211_CMD_DEL_STATION) {
        return;
    }
    const auto interface = event.ifindex ? m_backend->interfaceByIndex(*event.ifindex) : std::nullopt;
    if (!interface) {
        return;
    }
    const auto poller = m_pollers.find(interface->name);
    if (poller == m_pollers.end()) {
        return;
    }
    // The kernel's word is the news; one dump brings the station's values with it (a joining
    // station's NEW_STATION carries none yet).
    if (poller->inFlight) {
        poller->again = true;
    } else {
        dump(interface->name);
    }
}

void StationMonitor::apply(const QString &interface, const StationTable::Delta &delta)
{
    if (!delta.isEmpty()) {
        Q_EMIT stationsChanged(interface, delta);
    }
}

} // namespace Airpane::Stations
