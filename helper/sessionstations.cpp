// SPDX-License-Identifier: GPL-3.0-or-later
// The stations part of org.airpane.Helper1.Session: a watch of interfaces' stations (a link's AP,
// an access point's clients), sent on topic "stations" at the session's own pace.
#include "session.h"

#include "authorizedcall.h"
#include "validation.h"

#include "core/backend.h"
#include "stations/stationmonitor.h"
#include "json/json.h"

#include <QElapsedTimer>

#include <climits>

namespace Airpane {
namespace {

qint64 monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

} // namespace

void Session::connectStations()
{
    if (!m_context.stations) {
        return; // a helper without a station monitor (tests) follows no stations
    }
    m_stationTimer.setSingleShot(true);
    connect(&m_stationTimer, &QTimer::timeout, this, [this] {
        m_stationsDue = true;
        scheduleFlush();
    });
    connect(m_context.stations, &Stations::StationMonitor::stationsChanged, this,
            [this](const QString &interface, const Stations::StationTable::Delta &delta) {
                onStations(interface, delta.added + delta.changed, delta.removed,
                           !delta.added.isEmpty() || !delta.removed.isEmpty());
            });
}

uint Session::WatchStations(const QStringList &interfaces, uint intervalMs)
{
    if (!admit()) {
        return 0;
    }
    authorized(Contract::Action::monitor, [this, interfaces, intervalMs](const QDBusMessage &call) {
        QString error;
        if (!Validation::stationInterfaces(interfaces, &error)) {
            replyError(m_context, call, Contract::Error::invalidArgument, error);
            return;
        }
        for (const QString &name : interfaces) {
            if (!m_context.backend->interfaceByName(name)) {
                replyError(m_context, call, Contract::Error::notFound,
                           QStringLiteral("There is no interface %1.").arg(name));
                return;
            }
        }
        m_stationInterfaces = interfaces;
        m_stationInterfaces.removeDuplicates();
        m_stationIntervalMs =
            Stations::StationMonitor::boundedInterval(int(std::min<uint>(intervalMs, uint(INT_MAX))));
        applyStationWatch();
        m_context.connection.send(call.createReply(QVariant::fromValue(uint(m_stationIntervalMs))));
    });
    return 0;
}

void Session::applyStationWatch()
{
    // What is pending for interfaces no longer watched would confuse the client: it forgets them.
    const auto unwatched = [this](const QString &key) {
        return !m_stationInterfaces.contains(key.section(QLatin1Char('/'), 0, 0));
    };
    m_changedStations.removeIf(unwatched);
    m_removedStations.removeIf(unwatched);
    if (!m_context.stations) {
        return;
    }
    if (!m_topics.contains(Contract::Topic::stations) || m_stationInterfaces.isEmpty() || m_ended) {
        m_context.stations->unwatch(this);
        return;
    }
    m_context.stations->watch(this, m_stationInterfaces, m_stationIntervalMs);
    // The first signal that names an interface holds all of its stations: those known already (another
    // session watches them too); the monitor's first dump brings the others as joins.
    for (const QString &interface : std::as_const(m_stationInterfaces)) {
        for (const Station &station : m_context.stations->table().stations(interface)) {
            m_changedStations.insert(Stations::StationTable::keyOf(interface, station.mac));
        }
    }
    m_stationsDue = true;
    scheduleFlush();
}

void Session::onStations(const QString &interface, const QStringList &changed, const QStringList &removed,
                         bool joinedOrLeft)
{
    if (!m_topics.contains(Contract::Topic::stations) || !m_stationInterfaces.contains(interface)) {
        return;
    }
    for (const QString &mac : changed) {
        const QString key = Stations::StationTable::keyOf(interface, mac);
        m_removedStations.remove(key);
        m_changedStations.insert(key);
    }
    for (const QString &mac : removed) {
        const QString key = Stations::StationTable::keyOf(interface, mac);
        m_changedStations.remove(key);
        m_removedStations.insert(key);
    }
    if (joinedOrLeft) {
        m_stationsDue = true; // who comes and goes is news at once
        scheduleFlush();
    } else if (!m_stationsDue && !m_stationTimer.isActive()) {
        // Changed values wait for the session's interval, however often another session has the
        // kernel read.
        const qint64 since = monotonicMs() - m_stationsSentMs;
        m_stationTimer.start(int(std::clamp<qint64>(m_stationIntervalMs - since, 0, m_stationIntervalMs)));
    }
}

void Session::flushStations()
{
    if (!m_stationsDue || (m_changedStations.isEmpty() && m_removedStations.isEmpty())) {
        return;
    }
    m_stationsDue = false;
    m_stationTimer.stop();
    QVariantMapList changed;
    changed.reserve(m_changedStations.size());
    for (const QString &key : std::as_const(m_changedStations)) {
        const Station *station = m_context.stations->table().find(key.section(QLatin1Char('/'), 0, 0),
                                                                  key.section(QLatin1Char('/'), 1));
        if (station) {
            changed.append(Contract::variantFromJson(Json::station(*station)));
        }
    }
    sendSignal(
        QStringLiteral("StationsChanged"),
        {QVariant::fromValue(changed), QStringList(m_removedStations.begin(), m_removedStations.end())});
    m_changedStations.clear();
    m_removedStations.clear();
    m_stationsSentMs = monotonicMs();
}

} // namespace Airpane
