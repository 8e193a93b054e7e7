// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "p2pattributes.h"
#include "peertable.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace Airpane {

class Backend;
struct Interface;
namespace Scan {
class ScanController;
} // namespace Scan

namespace P2p {

class OffChannelPort;

// Peer discovery as the Wi-Fi P2P specification describes it (3.1.2.1): Find alternates a Search
// (probe requests on the social channels 1, 6 and 11, one scan each, with our P2P and WPS elements, OFDM
// rates only) with a Listen of a random 100, 200 or 300 TU on the listen channel, where probe requests are
// answered at once; Listen only stays in the Listen State, renewing remain-on-channel within the radio's
// limit.
class Discovery : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Search, Listen };
    Q_ENUM(State)

    Discovery(Backend *backend, Scan::ScanController *scans, OffChannelPort *port, const LocalDevice &device,
              std::uint32_t maxRemainOnChannelMs, QObject *parent = nullptr);

    // Find for TIMEOUTMS (0: until stop()).
    void find(int timeoutMs);
    void listen(int timeoutMs);
    void stop();

    State state() const { return m_state; }
    bool isFinding() const { return m_finding; }
    const PeerTable &peers() const { return m_peers; }
    void clearPeers() { m_peers.clear(); }
    const LocalDevice &device() const { return m_device; }
    int listenFrequency() const { return 2407 + 5 * m_device.listenChannel; }
    int answeredProbeRequests() const { return m_answered; }

Q_SIGNALS:
    void stateChanged(Airpane::P2p::Discovery::State state);
    void peerFound(const QString &address);
    void peerChanged(const QString &address);
    void peerLost(const QString &address);
    void problem(const QString &message);
    void finished();

private:
    void setState(State state);
    void search();
    void startListen();
    void onRemainEnded();
    void onFrame(const QByteArray &frame, int frequency, std::optional<int> signalDbm);
    void onBsses(const QStringList &keys);
    void report(PeerTable::Change change, const QString &address);
    std::optional<Interface> self() const;

    Backend *m_backend;
    Scan::ScanController *m_scans;
    OffChannelPort *m_port;
    LocalDevice m_device;
    std::uint32_t m_maxRemainMs;
    State m_state = State::Idle;
    bool m_finding = false;
    bool m_listening = false;
    bool m_flushNext = false;
    qsizetype m_searchChannel = 0; // which social channel the Search scans now
    int m_answered = 0;
    PeerTable m_peers;
    QTimer m_timeout;
    QTimer m_expiry;
    QTimer m_retry;
    QRandomGenerator m_random;
};

} // namespace P2p
} // namespace Airpane
