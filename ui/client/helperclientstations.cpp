// SPDX-License-Identifier: GPL-3.0-or-later
// The stations part of HelperClient: the "stations" topic into StationState, and the watch that
// says which interfaces' stations the helper should follow, and how often.
#include "helperclient.h"

#include "helperinterface.h"
#include "stationconversion.h"

#include "contract.h"

#include <QDBusPendingCallWatcher>

namespace Airpane {

void HelperClient::connectStations(OrgAirpaneHelper1SessionInterface *session)
{
    connect(session, &OrgAirpaneHelper1SessionInterface::StationsChanged, this,
            [this](const QVariantMapList &changed, const QStringList &removed) {
                const QDateTime received = QDateTime::currentDateTime();
                QList<Client::Station> stations;
                stations.reserve(changed.size());
                for (const QVariantMap &map : changed) {
                    stations.append(Client::stationFromJson(Contract::jsonFromVariant(map), received));
                }
                m_state->stations()->update(stations, removed);
            });
}

void HelperClient::watchStations(const QStringList &interfaces, int intervalMs)
{
    if (interfaces == m_stationInterfaces && intervalMs == m_stationIntervalMs) {
        return;
    }
    m_stationInterfaces = interfaces;
    m_stationIntervalMs = intervalMs;
    m_state->stations()->retain(interfaces);
    sendStationWatch();
}

void HelperClient::sendStationWatch()
{
    if (!m_session) {
        return;
    }
    if (m_stationInterfaces.isEmpty()) {
        m_state->stations()->setIntervalMs(0);
    }
    const int attempt = m_attempt;
    auto *watcher = new QDBusPendingCallWatcher(
        m_session->WatchStations(m_stationInterfaces, uint(std::max(0, m_stationIntervalMs))), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this, attempt](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<uint> reply = *call;
            // An interface gone meanwhile: the page chooses again when the interfaces change.
            if (attempt == m_attempt && !reply.isError()) {
                m_state->stations()->setIntervalMs(m_stationInterfaces.isEmpty() ? 0 : int(reply.value()));
            }
        });
}

} // namespace Airpane
