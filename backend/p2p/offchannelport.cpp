// SPDX-License-Identifier: GPL-3.0-or-later
#include "offchannelport.h"

#include "core/backend.h"
#include "model/event.h"
#include "nl/attributes.h"
#include "nl/socket.h"
#include "nl80211/interfacedecoder.h"
#include "nl80211/p2prequests.h"

#include <QDateTime>

#include <linux/netlink.h>
#include <linux/nl80211.h>

namespace Airpane::P2p {
namespace {

constexpr int sentFrameHistory = 200;
constexpr int earlyEventLimit = 64;

std::optional<std::uint64_t> replyCookie(const Netlink::Message &message)
{
    const auto generic = Netlink::genericMessage(message);
    if (!generic) {
        return std::nullopt;
    }
    const Netlink::AttributeList attributes(generic->attributes);
    if (const auto cookie = attributes.find(NL80211_ATTR_COOKIE)) {
        return cookie->u64();
    }
    return std::nullopt;
}

} // namespace

QString sentFrameStateKey(SentFrame::State state)
{
    switch (state) {
    case SentFrame::State::Pending:
        return QStringLiteral("pending");
    case SentFrame::State::Acknowledged:
        return QStringLiteral("acknowledged");
    case SentFrame::State::NotAcknowledged:
        return QStringLiteral("not-acknowledged");
    case SentFrame::State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

OffChannelPort::OffChannelPort(Backend *backend, std::uint64_t wdev, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_wdev(wdev)
{
    connect(m_backend, &Backend::eventReceived, this, &OffChannelPort::onEvent);
}

OffChannelPort::~OffChannelPort()
{
    if (m_onChannel || m_remainRequested) {
        cancelRemainOnChannel();
    }
}

void OffChannelPort::registerProbeRequests(std::function<void(const QString &error)> done)
{
    QString error;
    m_frames = new Netlink::Socket(this);
    if (!m_frames->open(NETLINK_GENERIC, &error)) {
        done(error);
        return;
    }
    connect(m_frames, &Netlink::Socket::messageReceived, this, &OffChannelPort::onFrame);
    Netlink::Socket::Handlers handlers;
    handlers.done = [done](const Netlink::Error &result) {
        done(result.isError() ? QStringLiteral("Cannot register for probe requests: %1").arg(result.text())
                              : QString());
    };
    // Management, subtype 4; an empty match takes them all.
    m_frames->request(Nl80211::registerFrame(m_backend->family().id, m_wdev, 0x0040, QByteArray()),
                      std::move(handlers));
}

void OffChannelPort::remainOnChannel(int frequency, std::uint32_t durationMs)
{
    m_remainRequested = true;
    m_frequency = frequency;
    Netlink::Socket::Handlers handlers;
    handlers.reply = [this](const Netlink::Message &message) {
        m_remainCookie = replyCookie(message);
        // Its events may have come first.
        const QList<Event> early = std::exchange(m_early, {});
        for (const Event &event : early) {
            applyEvent(event);
        }
    };
    handlers.done = [this](const Netlink::Error &error) {
        if (error.isError()) {
            m_remainRequested = false;
            Q_EMIT remainFailed(error.text());
        }
    };
    m_backend->commandSocket()->request(
        Nl80211::remainOnChannel(m_backend->family().id, m_wdev, frequency, durationMs), std::move(handlers));
}

void OffChannelPort::cancelRemainOnChannel()
{
    if (m_remainCookie) {
        m_backend->commandSocket()->request(
            Nl80211::cancelRemainOnChannel(m_backend->family().id, m_wdev, *m_remainCookie), {});
    }
    m_remainRequested = false;
}

std::uint64_t OffChannelPort::transmit(int frequency, const QByteArray &frame, const QString &description)
{
    SentFrame sent;
    sent.id = m_nextId++;
    sent.description = description;
    sent.destination = frame.size() >= 10 ? QString::fromLatin1(frame.mid(4, 6).toHex(':')) : QString();
    sent.frequency = frequency;
    sent.sentMs = QDateTime::currentMSecsSinceEpoch();
    m_sent.append(sent);
    if (m_sent.size() > sentFrameHistory) {
        // A frame whose TX status never came stops being waited for when it leaves the history.
        if (const auto cookie = m_sent.takeFirst().cookie) {
            m_frameByCookie.remove(*cookie);
        }
    }
    const std::uint64_t id = sent.id;
    Netlink::Socket::Handlers handlers;
    handlers.reply = [this, id](const Netlink::Message &message) {
        const auto cookie = replyCookie(message);
        if (!cookie) {
            return;
        }
        m_frameByCookie.insert(*cookie, id);
        for (SentFrame &sentFrame : m_sent) {
            if (sentFrame.id == id) {
                sentFrame.cookie = cookie;
            }
        }
        const QList<Event> early = std::exchange(m_early, {});
        for (const Event &event : early) {
            applyEvent(event);
        }
    };
    handlers.done = [this, id](const Netlink::Error &error) {
        if (error.isError()) {
            updateFrame(id, SentFrame::State::Failed, error.text());
        }
    };
    m_backend->commandSocket()->request(
        Nl80211::transmitFrame(m_backend->family().id, m_wdev, frequency, frame), std::move(handlers));
    return id;
}

void OffChannelPort::updateFrame(std::uint64_t id, SentFrame::State state, const QString &error)
{
    for (SentFrame &frame : m_sent) {
        if (frame.id == id && frame.state == SentFrame::State::Pending) {
            frame.state = state;
            frame.error = error;
            frame.statusMs = QDateTime::currentMSecsSinceEpoch();
            Q_EMIT frameStatus(frame);
            return;
        }
    }
}

void OffChannelPort::onEvent(const Event &event)
{
    if (event.wdev != m_wdev || !event.cookie) {
        return;
    }
    applyEvent(event);
}

void OffChannelPort::applyEvent(const Event &event)
{
    const std::uint64_t cookie = *event.cookie;
    if (event.command == NL80211_CMD_FRAME_TX_STATUS) {
        const auto it = m_frameByCookie.constFind(cookie);
        if (it == m_frameByCookie.cend()) {
            if (m_early.size() < earlyEventLimit) {
                m_early.append(event); // the reply with this cookie is still on its way
            }
            return;
        }
        updateFrame(*it, event.acknowledged.value_or(false) ? SentFrame::State::Acknowledged
                                                            : SentFrame::State::NotAcknowledged);
        m_frameByCookie.remove(cookie);
        return;
    }
    if (event.command != NL80211_CMD_REMAIN_ON_CHANNEL &&
        event.command != NL80211_CMD_CANCEL_REMAIN_ON_CHANNEL) {
        return;
    }
    if (!m_remainCookie || *m_remainCookie != cookie) {
        if (m_remainRequested && !m_remainCookie && m_early.size() < earlyEventLimit) {
            m_early.append(event);
        }
        return;
    }
    if (event.command == NL80211_CMD_REMAIN_ON_CHANNEL) {
        m_onChannel = true;
        Q_EMIT remainStarted(int(event.frequency.value_or(std::uint32_t(m_frequency))),
                             event.durationMs.value_or(0));
    } else {
        m_onChannel = false;
        m_remainRequested = false;
        m_remainCookie.reset();
        Q_EMIT remainEnded(m_frequency);
    }
}

void OffChannelPort::onFrame(const Netlink::Message &message)
{
    const auto generic = Netlink::genericMessage(message);
    if (!generic || generic->command != NL80211_CMD_FRAME) {
        return;
    }
    const Netlink::AttributeTable table(generic->attributes, NL80211_ATTR_MAX);
    const auto &frame = table[NL80211_ATTR_FRAME];
    if (!table.ok() || !frame) {
        return;
    }
    const int frequency =
        table[NL80211_ATTR_WIPHY_FREQ] ? int(table[NL80211_ATTR_WIPHY_FREQ]->u32().value_or(0)) : 0;
    std::optional<int> signal;
    if (const auto &dbm = table[NL80211_ATTR_RX_SIGNAL_DBM]) {
        if (const auto value = dbm->s32()) {
            signal = *value;
        }
    }
    Q_EMIT frameReceived(frame->bytes(), frequency, signal);
}

} // namespace Airpane::P2p
