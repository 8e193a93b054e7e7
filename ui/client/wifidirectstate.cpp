// SPDX-License-Identifier: GPL-3.0-or-later
#include "wifidirectstate.h"

namespace Airpane {

WifiDirectState::WifiDirectState(QObject *parent)
    : QObject(parent)
{}

const Client::Peer *WifiDirectState::peer(const QString &address) const
{
    const auto it = m_peers.constFind(address);
    return it == m_peers.constEnd() ? nullptr : &it.value();
}

void WifiDirectState::setDevice(const std::optional<Client::P2pDevice> &device)
{
    if (device == m_device) {
        return;
    }
    m_device = device;
    Q_EMIT deviceChanged();
    if (!device) {
        setState(Client::P2pState::None);
    } else if (m_state == Client::P2pState::None) {
        setState(Client::P2pState::Idle);
    }
}

void WifiDirectState::setState(Client::P2pState state)
{
    if (state == m_state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WifiDirectState::updatePeers(const QList<Client::Peer> &changed, const QStringList &removed)
{
    for (const QString &address : removed) {
        if (m_peers.remove(address) > 0) {
            Q_EMIT peerRemoved(address);
        }
    }
    for (const Client::Peer &peer : changed) {
        const auto it = m_peers.find(peer.address);
        if (it == m_peers.end()) {
            m_peers.insert(peer.address, peer);
            Q_EMIT peerAdded(peer.address);
        } else if (*it != peer) {
            *it = peer;
            Q_EMIT peerChanged(peer.address);
        }
    }
}

void WifiDirectState::addSentFrames(const QList<Client::SentFrame> &frames)
{
    if (frames.isEmpty()) {
        return;
    }
    m_sentFrames.append(frames);
    if (const qsizetype excess = m_sentFrames.size() - maxSentFrames; excess > 0) {
        m_sentFrames.remove(0, excess);
    }
    Q_EMIT framesSent(frames);
}

std::optional<Client::P2pAvailability> WifiDirectState::availability(uint radio) const
{
    const auto it = m_availability.constFind(radio);
    return it == m_availability.constEnd() ? std::nullopt : std::optional(*it);
}

void WifiDirectState::setAvailability(const QList<Client::P2pAvailability> &radios)
{
    QMap<uint, Client::P2pAvailability> availability;
    for (const Client::P2pAvailability &radio : radios) {
        availability.insert(radio.radio, radio);
    }
    if (availability != m_availability) {
        m_availability = availability;
        Q_EMIT availabilityChanged();
    }
}

void WifiDirectState::reset()
{
    updatePeers({}, m_peers.keys());
    setDevice(std::nullopt);
}

} // namespace Airpane
