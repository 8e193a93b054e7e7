// SPDX-License-Identifier: GPL-3.0-or-later
// The scanning part of HelperClient: the "bss" and "scan" topics into ScanState.
#include "helperclient.h"

#include "bssconversion.h"
#include "helperinterface.h"
#include "variantlists.h"

#include "contract.h"

#include <QDBusPendingCallWatcher>

#include <memory>
#include <utility>

namespace Airpane {

void HelperClient::connectScans(OrgAirpaneHelper1SessionInterface *session)
{
    // The first BssChanged of a subscription is the whole table: it replaces the last session's.
    auto snapshot = std::make_shared<bool>(true);
    connect(session, &OrgAirpaneHelper1SessionInterface::BssChanged, this,
            [this, snapshot](const QVariantMapList &changed, const QStringList &removed) {
                const auto busy = handling();
                QList<Client::Bss> bsses;
                bsses.reserve(changed.size());
                for (const QVariantMap &map : changed) {
                    bsses.append(Client::bssFromJson(Contract::jsonFromVariant(map)));
                }
                if (std::exchange(*snapshot, false)) {
                    m_state->scans()->resetBsses(bsses);
                    snapshotArrived(Contract::Topic::bss);
                    checkSynchronized();
                } else {
                    m_state->scans()->updateBsses(bsses, removed);
                }
            });
    connect(session, &OrgAirpaneHelper1SessionInterface::ScanStateChanged, this,
            [this](const QString &interface, const QString &state, bool ours) {
                m_state->scans()->setScanState(interface, state, ours);
                if (state == QLatin1String("finished")) {
                    requestSurvey(interface);
                }
            });
}

void HelperClient::requestSurvey(const QString &interface)
{
    // A scan visited every channel: the survey now says how busy each was while it listened.
    std::optional<uint> radio;
    for (const Client::Interface &candidate : m_state->interfaces()) {
        if (candidate.name == interface) {
            radio = candidate.radio;
        }
    }
    if (!m_session || !radio) {
        return;
    }
    const int attempt = m_attempt;
    auto *watcher = new QDBusPendingCallWatcher(m_session->GetSurvey(interface), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, attempt, radio = *radio](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QVariantMapList> reply = *call;
                // No survey (a driver without one, the interface gone): occupancy stays estimated.
                if (attempt == m_attempt && !reply.isError()) {
                    m_state->scans()->setSurvey(radio, Client::convert<Client::SurveyChannel>(
                                                           reply.value(), Client::surveyChannelFromJson));
                }
            });
}

} // namespace Airpane
