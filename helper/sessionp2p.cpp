// SPDX-License-Identifier: GPL-3.0-or-later
// The Wi-Fi Direct part of org.airpane.Helper1.Session: one P2P device per session, its discovery,
// and its peers as batched PeersChanged signals.
#include "session.h"

#include "authorizedcall.h"
#include "p2powner.h"
#include "validation.h"

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "p2p/diagnostics.h"
#include "p2p/discovery.h"
#include "p2p/offchannelport.h"
#include "p2p/p2psession.h"
#include "json/p2pjson.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace Airpane {
namespace {

constexpr qsizetype maxQueuedFrames = 200;

QString stateKey(P2p::Discovery::State state)
{
    switch (state) {
    case P2p::Discovery::State::Search:
        return QStringLiteral("search");
    case P2p::Discovery::State::Listen:
        return QStringLiteral("listen");
    case P2p::Discovery::State::Idle:
        break;
    }
    return QStringLiteral("idle");
}

} // namespace

void Session::connectP2p()
{
    P2p::Discovery *discovery = m_p2p->discovery();
    connect(discovery, &P2p::Discovery::peerFound, this,
            [this](const QString &address) { onPeer(address, false); });
    connect(discovery, &P2p::Discovery::peerChanged, this,
            [this](const QString &address) { onPeer(address, false); });
    connect(discovery, &P2p::Discovery::peerLost, this,
            [this](const QString &address) { onPeer(address, true); });
    connect(discovery, &P2p::Discovery::stateChanged, this,
            [this](P2p::Discovery::State state) { onP2pState(stateKey(state)); });
    connect(m_p2p->port(), &P2p::OffChannelPort::frameStatus, this, &Session::onFrameStatus);
}

void Session::onFrameStatus(const P2p::SentFrame &frame)
{
    if (!m_topics.contains(Contract::Topic::p2p) || frame.state == P2p::SentFrame::State::Pending) {
        return;
    }
    // A client that does not keep up loses the oldest reports, not the helper its memory.
    if (m_sentFrames.size() >= maxQueuedFrames) {
        m_sentFrames.removeFirst();
    }
    m_sentFrames.append(Contract::variantFromJson(Json::sentFrame(frame)));
    scheduleFlush();
}

void Session::onPeer(const QString &address, bool removed)
{
    if (!m_topics.contains(Contract::Topic::p2p) || !m_p2p || !m_p2p->discovery()) {
        return;
    }
    const P2p::PeerTable &peers = m_p2p->discovery()->peers();
    const Peer *peer = peers.find(address);
    if (removed || !peer) {
        m_changedPeers.remove(address);
        m_removedPeers.insert(address);
    } else {
        m_removedPeers.remove(address);
        m_changedPeers.insert(address, Contract::variantFromJson(Json::peer(*peer, peers.expiryMs())));
    }
    scheduleFlush();
}

void Session::onP2pState(const QString &state)
{
    if (!m_topics.contains(Contract::Topic::p2p)) {
        return;
    }
    // Every state is sent, in order: a short Listen between two Searches is news too.
    m_p2pStates.append(state);
    scheduleFlush();
}

QVariantMap Session::StartP2p(uint radio, const QVariantMap &device)
{
    if (!admit()) {
        return {};
    }
    authorized(Contract::Action::p2p, [this, radio, device](const QDBusMessage &call) {
        P2p::LocalDevice local; // a "name" is checked not empty: empty means the default below
        QString error;
        if (!Validation::p2pDevice(device, local, &error)) {
            replyError(m_context, call, Contract::Error::invalidArgument, error);
            return;
        }
        const auto found = radioFor(call, radio);
        if (!found) {
            return;
        }
        if (local.name.isEmpty()) {
            local.name = QStringLiteral("Airpane %1").arg(found->name);
        }
        if (m_p2p) {
            replyError(m_context, call, Contract::Error::failed,
                       QStringLiteral("This session runs Wi-Fi Direct already; EndP2p first."));
            return;
        }
        m_p2p = new P2p::P2pSession(m_context.backend, m_context.interfaces, m_context.scans, this);
        QPointer<P2p::P2pSession> p2p(m_p2p);
        m_p2p->start(radio, local, [this, p2p, call, name = found->name](const QString &failure) {
            if (!p2p) {
                return; // EndP2p or the session's end came first
            }
            if (!failure.isEmpty()) {
                m_p2p = nullptr;
                p2p->deleteLater();
                replyError(m_context, call, Contract::Error::failed,
                           QStringLiteral("Wi-Fi Direct cannot start on %1: %2 (DiagnoseP2p tells why).")
                               .arg(name, failure));
                return;
            }
            connectP2p();
            onP2pState(QStringLiteral("idle"));
            const auto interface = m_context.backend->interfaceByWdev(p2p->wdev());
            m_context.connection.send(call.createReply(QVariantMap{
                {QStringLiteral("radio"), uint(p2p->radio())},
                {QStringLiteral("wdev"), qulonglong(p2p->wdev())},
                {QStringLiteral("address"), interface ? interface->mac : QString()},
            }));
        });
    });
    return {};
}

void Session::FindPeers(uint timeout)
{
    if (admit()) {
        authorized(Contract::Action::p2p, [this, timeout](const QDBusMessage &call) {
            startDiscovery(call, timeout, [](P2p::Discovery *discovery, int ms) { discovery->find(ms); });
        });
    }
}

void Session::ListenP2p(uint timeout)
{
    if (admit()) {
        authorized(Contract::Action::p2p, [this, timeout](const QDBusMessage &call) {
            startDiscovery(call, timeout, [](P2p::Discovery *discovery, int ms) { discovery->listen(ms); });
        });
    }
}

void Session::startDiscovery(const QDBusMessage &call, uint timeout,
                             const std::function<void(P2p::Discovery *, int ms)> &start)
{
    QString error;
    if (!Validation::p2pTimeout(timeout, &error)) {
        replyError(m_context, call, Contract::Error::invalidArgument, error);
    } else if (!m_p2p || !m_p2p->discovery()) {
        replyError(m_context, call, Contract::Error::notFound,
                   QStringLiteral("This session has no Wi-Fi Direct device; StartP2p first."));
    } else {
        start(m_p2p->discovery(), int(timeout) * 1000);
        m_context.connection.send(call.createReply());
    }
}

void Session::StopP2p()
{
    if (!admit()) {
        return;
    }
    authorized(Contract::Action::p2p, [this](const QDBusMessage &call) {
        if (!m_p2p || !m_p2p->discovery()) {
            replyError(m_context, call, Contract::Error::notFound,
                       QStringLiteral("This session has no Wi-Fi Direct device."));
            return;
        }
        m_p2p->discovery()->stop();
        m_context.connection.send(call.createReply());
    });
}

void Session::EndP2p()
{
    if (!admit()) {
        return;
    }
    authorized(Contract::Action::p2p, [this](const QDBusMessage &call) {
        if (!m_p2p) {
            replyError(m_context, call, Contract::Error::notFound,
                       QStringLiteral("This session has no Wi-Fi Direct device."));
            return;
        }
        m_p2p->end();
        m_p2p->deleteLater();
        m_p2p = nullptr;
        onP2pState(QStringLiteral("ended"));
        m_context.connection.send(call.createReply());
    });
}

QVariantMapList Session::GetPeers()
{
    if (admit()) {
        authorized(Contract::Action::monitor, [this](const QDBusMessage &call) {
            QVariantMapList list;
            if (m_p2p && m_p2p->discovery()) {
                const P2p::PeerTable &peers = m_p2p->discovery()->peers();
                for (const Peer &peer : peers.peers()) {
                    list.append(Contract::variantFromJson(Json::peer(peer, peers.expiryMs())));
                }
            }
            replyList(call, list);
        });
    }
    return {};
}

QVariantMapList Session::DiagnoseP2p()
{
    if (admit()) {
        authorized(Contract::Action::monitor, [this](const QDBusMessage &call) {
            QSet<std::uint64_t> ours;
            if (m_p2p && m_p2p->wdev()) {
                ours.insert(m_p2p->wdev());
            }
            QList<P2p::Diagnosis> diagnoses;
            for (const Radio &radio : m_context.backend->radios()) {
                diagnoses.append(P2p::diagnoseRadio(*m_context.backend, *m_context.interfaces, radio, ours));
            }
            nameP2pOwners(call, diagnoses);
        });
    }
    return {};
}

void Session::nameP2pOwners(const QDBusMessage &call, QList<P2p::Diagnosis> diagnoses)
{
    // Who runs a P2P device that is not ours: asked of wpa_supplicant and NetworkManager over the
    // bus, off the main thread (blocking calls, short timeouts), only for the radios that have one.
    struct Lookup
    {
        qsizetype diagnosis;
        QStringList netdevs;
        QString p2pDevice;
    };
    QList<Lookup> lookups;
    QString free;
    for (qsizetype i = 0; i < diagnoses.size(); ++i) {
        const P2p::Diagnosis &diagnosis = diagnoses[i];
        if (diagnosis.available && free.isEmpty()) {
            free = diagnosis.radioName;
        }
        const bool owned =
            std::any_of(diagnosis.problems.begin(), diagnosis.problems.end(),
                        [](const P2p::Problem &p) { return p.key == QLatin1String("owned-by-other"); });
        if (!owned) {
            continue;
        }
        Lookup lookup{i, {}, {}};
        for (const Interface &interface : m_context.backend->interfaces()) {
            if (interface.radio != diagnosis.radio) {
                continue;
            }
            if (interface.type == InterfaceType::P2pDevice) {
                lookup.p2pDevice = interface.name;
            } else if (interface.ifindex) {
                lookup.netdevs.append(interface.name);
            }
        }
        lookups.append(lookup);
    }
    auto reply = [self = QPointer<Session>(this), call](const QList<P2p::Diagnosis> &named) {
        if (!self) {
            return;
        }
        QVariantMapList list;
        for (const P2p::Diagnosis &diagnosis : named) {
            list.append(Contract::variantFromJson(Json::diagnosis(diagnosis)));
        }
        self->replyList(call, list);
    };
    if (lookups.isEmpty()) {
        reply(diagnoses);
        return;
    }
    QThreadPool::globalInstance()->start(
        [bus = m_context.connection, lookups, free, diagnoses, reply]() mutable {
            for (const Lookup &lookup : std::as_const(lookups)) {
                if (const auto owner = findP2pOwner(bus, lookup.netdevs, lookup.p2pDevice)) {
                    P2p::nameOwner(diagnoses[lookup.diagnosis], *owner, lookup.p2pDevice, free);
                }
            }
            // Back on the main thread, through the application (the session may be gone by then).
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [reply, diagnoses] { reply(diagnoses); }, Qt::QueuedConnection);
        });
}

} // namespace Airpane
