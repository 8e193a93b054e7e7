// SPDX-License-Identifier: GPL-3.0-or-later
// The Wi-Fi Direct part of HelperClient: the "p2p" topic into WifiDirectState, and the helper's
// diagnosis of each radio.
#include "helperclient.h"

#include "helperinterface.h"
#include "jsonconversion.h"
#include "variantlists.h"

#include <QDBusPendingCallWatcher>

namespace Airpane {
namespace {

Client::P2pState p2pState(const QString &key)
{
    if (key == QLatin1String("search")) {
        return Client::P2pState::Search;
    }
    if (key == QLatin1String("listen")) {
        return Client::P2pState::Listen;
    }
    return key == QLatin1String("idle") ? Client::P2pState::Idle : Client::P2pState::None;
}

} // namespace

void HelperClient::connectWifiDirect(OrgAirpaneHelper1SessionInterface *session)
{
    // Wi-Fi Direct belongs to a session: a new one has no P2P device and has heard no peers yet.
    WifiDirectState *direct = m_state->wifiDirect();
    direct->reset();
    connect(session, &OrgAirpaneHelper1SessionInterface::PeersChanged, this,
            [direct](const QVariantMapList &changed, const QStringList &removed) {
                direct->updatePeers(Client::convert<Client::Peer>(changed, Client::peerFromJson), removed);
            });
    connect(session, &OrgAirpaneHelper1SessionInterface::FramesSent, this,
            [direct](const QVariantMapList &frames) {
                direct->addSentFrames(Client::convert<Client::SentFrame>(frames, Client::sentFrameFromJson));
            });
    connect(session, &OrgAirpaneHelper1SessionInterface::P2pStateChanged, this,
            [direct](const QString &state) {
                if (state == QLatin1String("ended")) {
                    direct->setDevice(std::nullopt);
                } else if (direct->device()) {
                    direct->setState(p2pState(state));
                }
            });
}

void HelperClient::setUpDiagnosis()
{
    // Off the way back to live data: asked once the state is loaded, then after changes settle.
    m_diagnosisTimer.setSingleShot(true);
    m_diagnosisTimer.setInterval(300);
    connect(&m_diagnosisTimer, &QTimer::timeout, this, &HelperClient::requestP2pDiagnosis);
    auto schedule = [this] {
        if (m_synchronized) {
            m_diagnosisTimer.start();
        }
    };
    connect(this, &HelperClient::synchronized, this, &HelperClient::requestP2pDiagnosis);
    connect(m_state, &ClientState::radioAdded, this, schedule);
    connect(m_state, &ClientState::radioChanged, this, schedule);
    connect(m_state, &ClientState::radioRemoved, this, schedule);
    connect(m_state, &ClientState::interfaceAdded, this, schedule);
    connect(m_state, &ClientState::interfaceChanged, this, schedule);
    connect(m_state, &ClientState::interfaceRemoved, this, schedule);
}

void HelperClient::requestP2pDiagnosis()
{
    if (!m_session) {
        return;
    }
    const int attempt = m_attempt;
    auto *watcher = new QDBusPendingCallWatcher(m_session->DiagnoseP2p(), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this, attempt](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QVariantMapList> reply = *call;
            // A refused or failed question leaves the last answer: the client's own reading of the
            // radios still stands beside it.
            if (attempt == m_attempt && !reply.isError()) {
                m_state->wifiDirect()->setAvailability(
                    Client::convert<Client::P2pAvailability>(reply.value(), Client::p2pAvailabilityFromJson));
            }
        });
}

} // namespace Airpane
