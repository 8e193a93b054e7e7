// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>

#include <cstdint>
#include <functional>
#include <optional>

namespace Airpane {

class Backend;
struct Event;
namespace Netlink {
class Socket;
struct Message;
} // namespace Netlink

namespace P2p {

// A management frame this device sent, with what became of it: every frame gets the kernel's
// cookie and, from FRAME_TX_STATUS, whether the receiver acknowledged it.
struct SentFrame
{
    enum class State : std::uint8_t { Pending, Acknowledged, NotAcknowledged, Failed };

    std::uint64_t id = 0; // ours, in sending order
    std::optional<std::uint64_t> cookie;
    QString description;
    QString destination;
    int frequency = 0;
    qint64 sentMs = 0;
    qint64 statusMs = 0;
    State state = State::Pending;
    QString error;
};

QString sentFrameStateKey(SentFrame::State state); // "pending", "acknowledged", ...

// The air as one wdev (a P2P device) uses it off its own channel: remain-on-channel, management
// frames sent with transmit callbacks, and probe requests received through REGISTER_FRAME on a
// socket of its own (closing it is the only way to unregister). Remain-on-channel and TX-status
// events can arrive before the reply that names their cookie; they wait until it comes.
class OffChannelPort : public QObject
{
    Q_OBJECT
public:
    OffChannelPort(Backend *backend, std::uint64_t wdev, QObject *parent = nullptr);
    ~OffChannelPort() override;

    // Registers for probe requests; DONE hears an empty string, or why it failed.
    void registerProbeRequests(std::function<void(const QString &error)> done);

    // Stays on FREQUENCY for DURATIONMS; remainStarted() when the radio is there, remainEnded()
    // when it leaves (expired or cancelled), remainFailed() when the kernel refused.
    void remainOnChannel(int frequency, std::uint32_t durationMs);
    void cancelRemainOnChannel();
    bool isOnChannel() const { return m_onChannel; }
    int channelFrequency() const { return m_frequency; }

    // Sends FRAME on FREQUENCY; frameStatus() follows with its fate. Returns our id for it.
    std::uint64_t transmit(int frequency, const QByteArray &frame, const QString &description);
    const QList<SentFrame> &sentFrames() const { return m_sent; }

    std::uint64_t wdev() const { return m_wdev; }

Q_SIGNALS:
    void remainStarted(int frequency, std::uint32_t durationMs);
    void remainEnded(int frequency);
    void remainFailed(const QString &error);
    // A frame for us; FRAME views a buffer valid during the call only.
    void frameReceived(const QByteArray &frame, int frequency, std::optional<int> signalDbm);
    void frameStatus(const Airpane::P2p::SentFrame &frame);

private:
    void onEvent(const Event &event);
    void onFrame(const Netlink::Message &message);
    void applyEvent(const Event &event);
    void updateFrame(std::uint64_t id, SentFrame::State state, const QString &error = {});

    Backend *m_backend;
    std::uint64_t m_wdev;
    Netlink::Socket *m_frames = nullptr;
    bool m_onChannel = false;
    int m_frequency = 0;
    std::optional<std::uint64_t> m_remainCookie;
    bool m_remainRequested = false;
    QMap<std::uint64_t, std::uint64_t> m_frameByCookie; // cookie -> our id
    QList<Event> m_early;                                // events whose cookie no reply named yet
    QList<SentFrame> m_sent;
    std::uint64_t m_nextId = 1;
};

} // namespace P2p
} // namespace Airpane
