// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peer.h"

#include <QMap>
#include <QObject>

#include <optional>

namespace Airpane {

// This session's Wi-Fi Direct: its own P2P device, what that device is doing, and the peers its
// discovery heard. Kept apart from ClientState's radios because it belongs to one session: a new
// session (after the helper restarted) starts without a device and without peers.
class WifiDirectState : public QObject
{
    Q_OBJECT
public:
    explicit WifiDirectState(QObject *parent = nullptr);

    Client::P2pState state() const { return m_state; }
    std::optional<Client::P2pDevice> device() const { return m_device; }
    QList<Client::Peer> peers() const { return m_peers.values(); } // by address
    const Client::Peer *peer(const QString &address) const;

    void setDevice(const std::optional<Client::P2pDevice> &device);
    void setState(Client::P2pState state);
    void updatePeers(const QList<Client::Peer> &changed, const QStringList &removed);
    // The frames the device sent, oldest first; the newest maxSentFrames are kept, across sessions.
    QList<Client::SentFrame> sentFrames() const { return m_sentFrames; }
    void addSentFrames(const QList<Client::SentFrame> &frames);
    static constexpr int maxSentFrames = 500;
    // The helper's diagnosis of RADIO; none before it answered.
    std::optional<Client::P2pAvailability> availability(uint radio) const;
    void setAvailability(const QList<Client::P2pAvailability> &radios);
    // Whatever a previous session had: no device, no peers.
    void reset();

Q_SIGNALS:
    void deviceChanged();
    void stateChanged(Airpane::Client::P2pState state);
    void peerAdded(const QString &address);
    void peerChanged(const QString &address);
    // After the peer is gone.
    void peerRemoved(const QString &address);
    // FRAMES were added to sentFrames(), which may have dropped its oldest to make room.
    void framesSent(const QList<Airpane::Client::SentFrame> &frames);
    void availabilityChanged();

private:
    std::optional<Client::P2pDevice> m_device;
    Client::P2pState m_state = Client::P2pState::None;
    QMap<QString, Client::Peer> m_peers;
    QList<Client::SentFrame> m_sentFrames;
    QMap<uint, Client::P2pAvailability> m_availability;
};

} // namespace Airpane
