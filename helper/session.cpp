// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "authorizedcall.h"
#include "ratelimiter.h"
#include "validation.h"

#include "core/backend.h"
#include "p2p/discovery.h"
#include "p2p/p2psession.h"
#include "scan/scancontroller.h"
#include "json/json.h"

#include <QDBusConnection>
#include <QPointer>

#include <utility>

namespace Airpane {
namespace {

// 50 ms between flushes: at most 20 signals per second per topic.
constexpr int flushIntervalMs = 50;
// A client that does not keep up loses the oldest events, not the helper its memory.
constexpr int maxQueuedEvents = 500;

QString wdevKey(std::uint64_t wdev)
{
    return QStringLiteral("0x%1").arg(wdev, 0, 16);
}

} // namespace

Session::Session(const HelperContext &context, const QString &owner, const QDBusObjectPath &path,
                 QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_owner(owner)
    , m_path(path)
{
    m_flushTimer.setSingleShot(true);
    // A coarse timer may fire early; the 20-per-second bound needs the full 50 ms.
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &Session::flush);

    Backend *backend = m_context.backend;
    connect(backend, &Backend::radioAdded, this, [this](std::uint32_t index) { onRadio(index, false); });
    connect(backend, &Backend::radioChanged, this, [this](std::uint32_t index) { onRadio(index, false); });
    connect(backend, &Backend::radioRemoved, this, [this](std::uint32_t index) { onRadio(index, true); });
    connect(backend, &Backend::interfaceAdded, this,
            [this](std::uint64_t wdev) { onInterface(wdev, false); });
    connect(backend, &Backend::interfaceChanged, this,
            [this](std::uint64_t wdev) { onInterface(wdev, false); });
    connect(backend, &Backend::interfaceRemoved, this,
            [this](std::uint64_t wdev) { onInterface(wdev, true); });
    connect(backend, &Backend::regulatoryChanged, this, [this] {
        if (m_topics.contains(Contract::Topic::regulatory)) {
            m_regulatoryChanged = true;
            scheduleFlush();
        }
    });
    connect(backend, &Backend::eventReceived, this, &Session::onEvent);
    connectScans();
    connectStations();
}

void Session::end(const QString &reason)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    applyStationWatch(); // an ended session watches nothing
    releaseOwned();
    if (!reason.isEmpty()) {
        sendSignal(QStringLiteral("Closed"), {reason});
    }
    m_context.connection.unregisterObject(m_path.path());
    Q_EMIT ended(this);
}

bool Session::admit()
{
    if (message().service() != m_owner) {
        sendErrorReply(Contract::Error::accessDenied,
                       QStringLiteral("This session belongs to another client."));
        return false;
    }
    if (!m_context.rateLimiter->allow(m_owner)) {
        sendErrorReply(Contract::Error::limitExceeded, QStringLiteral("Too many calls; slow down."));
        return false;
    }
    return true;
}

void Session::authorized(const QString &action, std::function<void(const QDBusMessage &)> work)
{
    setDelayedReply(true);
    authorizedCall(m_context, this, message(), action, std::move(work));
}

void Session::replyList(const QDBusMessage &message, const QVariantMapList &list)
{
    m_context.connection.send(message.createReply(QVariant::fromValue(list)));
}

void Session::Close()
{
    if (!admit()) {
        return;
    }
    authorized(Contract::Action::monitor, [this](const QDBusMessage &call) {
        m_context.connection.send(call.createReply());
        end();
    });
}

void Session::Subscribe(const QStringList &topics)
{
    if (!admit()) {
        return;
    }
    // Authorization comes first: who may not call learns nothing from the arguments' checks.
    authorized(Contract::Action::monitor, [this, topics](const QDBusMessage &call) {
        if (const QString unknown = Validation::unknownTopic(topics); !unknown.isEmpty()) {
            replyError(m_context, call, Contract::Error::invalidArgument,
                       QStringLiteral("Unknown topic %1; topics are %2.")
                           .arg(unknown, Contract::Topic::all.join(QStringLiteral(", "))));
            return;
        }
        for (const QString &topic : topics) {
            if (m_topics.contains(topic)) {
                continue;
            }
            m_topics.insert(topic);
            m_snapshotDue.insert(topic);
            // A subscription starts with the whole current state.
            if (topic == Contract::Topic::radios) {
                for (const Radio &radio : m_context.backend->radios()) {
                    m_changedRadios.insert(radio.index, Contract::variantFromJson(Json::radio(radio)));
                }
            } else if (topic == Contract::Topic::interfaces) {
                for (const Interface &interface : m_context.backend->interfaces()) {
                    m_changedInterfaces.insert(wdevKey(interface.wdev),
                                               Contract::variantFromJson(Json::interface(interface)));
                }
            } else if (topic == Contract::Topic::regulatory) {
                m_regulatoryChanged = true;
            } else if (topic == Contract::Topic::bss) {
                for (const Bss &bss : m_context.scans->table().bsses()) {
                    m_changedBss.insert(Scan::BssTable::keyOf(bss));
                }
            } else if (topic == Contract::Topic::p2p && m_p2p && m_p2p->discovery()) {
                for (const Peer &peer : m_p2p->discovery()->peers().peers()) {
                    onPeer(peer.address, false);
                }
            }
        }
        if (topics.contains(Contract::Topic::stations)) {
            applyStationWatch();
        }
        m_context.connection.send(call.createReply());
        scheduleFlush();
    });
}

void Session::Unsubscribe(const QStringList &topics)
{
    if (!admit()) {
        return;
    }
    authorized(Contract::Action::monitor, [this, topics](const QDBusMessage &call) {
        if (const QString unknown = Validation::unknownTopic(topics); !unknown.isEmpty()) {
            replyError(m_context, call, Contract::Error::invalidArgument,
                       QStringLiteral("Unknown topic %1.").arg(unknown));
            return;
        }
        for (const QString &topic : topics) {
            m_topics.remove(topic);
        }
        if (topics.contains(Contract::Topic::stations)) {
            applyStationWatch(); // the kernel is read only while someone listens
        }
        m_context.connection.send(call.createReply());
    });
}

QVariantMapList Session::radios() const
{
    QVariantMapList list;
    for (const Radio &radio : m_context.backend->radios()) {
        list.append(Contract::variantFromJson(Json::radio(radio)));
    }
    return list;
}

QVariantMapList Session::interfaces() const
{
    QVariantMapList list;
    for (const Interface &interface : m_context.backend->interfaces()) {
        list.append(Contract::variantFromJson(Json::interface(interface)));
    }
    return list;
}

QVariantMapList Session::regulatory() const
{
    QVariantMapList list;
    for (const RegulatoryDomain &domain : m_context.backend->regulatoryDomains()) {
        list.append(Contract::variantFromJson(Json::regulatoryDomain(domain)));
    }
    return list;
}

QVariantMapList Session::GetRadios()
{
    if (admit()) {
        authorized(Contract::Action::monitor,
                   [this](const QDBusMessage &call) { replyList(call, radios()); });
    }
    return {};
}

QVariantMapList Session::GetInterfaces()
{
    if (admit()) {
        authorized(Contract::Action::monitor,
                   [this](const QDBusMessage &call) { replyList(call, interfaces()); });
    }
    return {};
}

QVariantMapList Session::GetRegulatory()
{
    if (admit()) {
        authorized(Contract::Action::monitor,
                   [this](const QDBusMessage &call) { replyList(call, regulatory()); });
    }
    return {};
}

QVariantMapList Session::GetStations(const QString &interface)
{
    if (!admit()) {
        return {};
    }
    authorized(Contract::Action::monitor, [this, interface](const QDBusMessage &call) {
        const auto found = interfaceFor(call, interface);
        if (!found) {
            return;
        }
        QPointer<Session> self(this);
        // Found by name, so a netdev with an ifindex.
        m_context.backend->requestStations(found->ifindex.value_or(0), [self, call, interface](
                                                                           const QList<Station> &stations,
                                                                           const QString &error) {
            if (!self) {
                return;
            }
            if (!error.isEmpty()) {
                replyError(
                    self->m_context, call, Contract::Error::failed,
                    QStringLiteral("The kernel cannot list the stations of %1: %2").arg(interface, error));
                return;
            }
            QVariantMapList list;
            for (const Station &station : stations) {
                list.append(Contract::variantFromJson(Json::station(station)));
            }
            self->replyList(call, list);
        });
    });
    return {};
}

QVariantMapList Session::GetSurvey(const QString &interface)
{
    if (!admit()) {
        return {};
    }
    authorized(Contract::Action::monitor, [this, interface](const QDBusMessage &call) {
        const auto found = interfaceFor(call, interface);
        if (!found) {
            return;
        }
        QPointer<Session> self(this);
        m_context.backend->requestSurvey(
            found->ifindex.value_or(0), // found by name, so a netdev with an ifindex
            [self, call, interface](const QList<SurveyEntry> &entries, const QString &error) {
                if (!self) {
                    return;
                }
                if (!error.isEmpty()) {
                    replyError(self->m_context, call, Contract::Error::failed,
                               QStringLiteral("The kernel cannot survey %1: %2").arg(interface, error));
                    return;
                }
                QVariantMapList list;
                for (const SurveyEntry &entry : entries) {
                    list.append(Contract::variantFromJson(Json::surveyEntry(entry)));
                }
                self->replyList(call, list);
            });
    });
    return {};
}

void Session::onRadio(std::uint32_t index, bool removed)
{
    if (!m_topics.contains(Contract::Topic::radios)) {
        return;
    }
    if (removed) {
        m_changedRadios.remove(index);
        m_removedRadios.insert(index);
    } else if (const auto radio = m_context.backend->radio(index)) {
        m_removedRadios.remove(index);
        m_changedRadios.insert(index, Contract::variantFromJson(Json::radio(*radio)));
    }
    scheduleFlush();
}

void Session::onInterface(std::uint64_t wdev, bool removed)
{
    if (!m_topics.contains(Contract::Topic::interfaces)) {
        return;
    }
    const QString key = wdevKey(wdev);
    if (removed) {
        m_changedInterfaces.remove(key);
        m_removedInterfaces.insert(key);
    } else if (const auto interface = m_context.backend->interfaceByWdev(wdev)) {
        m_removedInterfaces.remove(key);
        m_changedInterfaces.insert(key, Contract::variantFromJson(Json::interface(*interface)));
    }
    scheduleFlush();
}

void Session::onEvent(const Event &event)
{
    if (!m_topics.contains(Contract::Topic::events)) {
        return;
    }
    if (m_events.size() >= maxQueuedEvents) {
        m_events.removeFirst();
    }
    m_events.append(Contract::variantFromJson(Json::event(event)));
    scheduleFlush();
}

void Session::scheduleFlush()
{
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void Session::flush()
{
    if (m_ended) {
        return;
    }
    const QSet<QString> snapshots = std::exchange(m_snapshotDue, {});
    if (!m_changedRadios.isEmpty() || !m_removedRadios.isEmpty() ||
        snapshots.contains(Contract::Topic::radios)) {
        QList<uint> removed(m_removedRadios.begin(), m_removedRadios.end());
        sendSignal(QStringLiteral("RadiosChanged"),
                   {QVariant::fromValue(QVariantMapList(m_changedRadios.begin(), m_changedRadios.end())),
                    QVariant::fromValue(removed)});
        m_changedRadios.clear();
        m_removedRadios.clear();
    }
    if (!m_changedInterfaces.isEmpty() || !m_removedInterfaces.isEmpty() ||
        snapshots.contains(Contract::Topic::interfaces)) {
        sendSignal(
            QStringLiteral("InterfacesChanged"),
            {QVariant::fromValue(QVariantMapList(m_changedInterfaces.begin(), m_changedInterfaces.end())),
             QStringList(m_removedInterfaces.begin(), m_removedInterfaces.end())});
        m_changedInterfaces.clear();
        m_removedInterfaces.clear();
    }
    if (m_regulatoryChanged) {
        sendSignal(QStringLiteral("RegulatoryChanged"), {QVariant::fromValue(regulatory())});
        m_regulatoryChanged = false;
    }
    if (!m_events.isEmpty()) {
        sendSignal(QStringLiteral("Events"), {QVariant::fromValue(m_events)});
        m_events.clear();
    }
    if (!m_changedBss.isEmpty() || !m_removedBss.isEmpty() || snapshots.contains(Contract::Topic::bss)) {
        QVariantMapList changed;
        for (const QString &key : std::as_const(m_changedBss)) {
            if (const Bss *bss = m_context.scans->table().find(key)) {
                changed.append(Contract::variantFromJson(Json::bss(*bss)));
            }
        }
        sendSignal(QStringLiteral("BssChanged"),
                   {QVariant::fromValue(changed), QStringList(m_removedBss.begin(), m_removedBss.end())});
        m_changedBss.clear();
        m_removedBss.clear();
    }
    if (!m_changedPeers.isEmpty() || !m_removedPeers.isEmpty()) {
        sendSignal(QStringLiteral("PeersChanged"),
                   {QVariant::fromValue(QVariantMapList(m_changedPeers.begin(), m_changedPeers.end())),
                    QStringList(m_removedPeers.begin(), m_removedPeers.end())});
        m_changedPeers.clear();
        m_removedPeers.clear();
    }
    if (!m_sentFrames.isEmpty()) {
        sendSignal(QStringLiteral("FramesSent"), {QVariant::fromValue(m_sentFrames)});
        m_sentFrames.clear();
    }
    for (const QString &state : std::as_const(m_p2pStates)) {
        sendSignal(QStringLiteral("P2pStateChanged"), {state});
    }
    m_p2pStates.clear();
    for (const QVariantMap &state : std::as_const(m_scanStates)) {
        sendSignal(QStringLiteral("ScanStateChanged"),
                   {state.value(QStringLiteral("interface")), state.value(QStringLiteral("state")),
                    state.value(QStringLiteral("ours"))});
    }
    m_scanStates.clear();
    flushStations();
}

void Session::sendSignal(const QString &name, const QVariantList &arguments)
{
    QDBusMessage signal =
        QDBusMessage::createTargetedSignal(m_owner, m_path.path(), Contract::sessionInterface, name);
    signal.setArguments(arguments);
    m_context.connection.send(signal);
}

} // namespace Airpane
