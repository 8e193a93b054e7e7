// SPDX-License-Identifier: GPL-3.0-or-later
#include "helperclient.h"

#include "bssconversion.h"
#include "helperinterface.h"
#include "jsonconversion.h"
#include "variantlists.h"

#include "contract.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>
#include <QElapsedTimer>
#include <QLoggingCategory>

namespace Airpane {
namespace {

Q_LOGGING_CATEGORY(lcClient, "airpane.client", QtInfoMsg)

// A connection of our own rather than QDBusConnection::systemBus(): that one cannot be opened again
// once it failed, and the system bus may come up after the GUI.
const QString busName = QStringLiteral("airpane-helper-client");

using Client::convert;

QList<Client::Radio> radios(const QVariantMapList &list)
{
    return convert<Client::Radio>(list, Client::radioFromJson);
}

QList<Client::Interface> interfaces(const QVariantMapList &list)
{
    return convert<Client::Interface>(list, Client::interfaceFromJson);
}

QList<Client::RegulatoryDomain> domains(const QVariantMapList &list)
{
    return convert<Client::RegulatoryDomain>(list, Client::regulatoryDomainFromJson);
}

// The topics this client turns into state: all the helper offers.
const QStringList handledTopics = Contract::Topic::all;

// The topics whose first delta is the whole state, which a new session waits for before it says
// it is synchronized: radios, interfaces and the regulatory domain, and the BSS table (sent even
// when empty), so that nothing that shows the state (a page, a screenshot) sees half of it.
const QStringList snapshotTopics = {Contract::Topic::radios, Contract::Topic::interfaces,
                                    Contract::Topic::regulatory, Contract::Topic::bss};

qint64 monotonicMs()
{
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

// Retry delays: quick while a restarting helper comes back, slower when nothing will change soon.
int retryDelayMs(const QString &errorName, int failures)
{
    if (errorName == Contract::Error::notAuthorized || errorName == Contract::Error::interactionRequired) {
        return 30000;
    }
    return std::min(250 << std::min(failures, 6), 10000);
}

} // namespace

HelperClient::HelperClient(QObject *parent)
    : QObject(parent)
    , m_state(new ClientState(this))
    , m_topics(handledTopics.begin(), handledTopics.end())
{
    Contract::registerTypes();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HelperClient::connectToHelper);
    m_snapshotTimer.setSingleShot(true);
    m_snapshotTimer.setInterval(2000);
    connect(&m_snapshotTimer, &QTimer::timeout, this,
            [this] { loadSnapshot(QStringList(m_awaiting.begin(), m_awaiting.end())); });
    setUpDiagnosis();
}

HelperClient::~HelperClient() = default;

void HelperClient::start()
{
    if (m_connection != Connection::Idle) {
        return;
    }
    setConnection(Connection::Connecting);
    connectToHelper();
}

QStringList HelperClient::topics() const
{
    QStringList list(m_topics.begin(), m_topics.end());
    list.sort();
    return list;
}

void HelperClient::connectToHelper()
{
    const int attempt = ++m_attempt;
    closeSession();
    m_synchronized = false;
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SystemBus, busName);
    if (!bus.isConnected()) {
        delete m_watcher;
        m_watcher = nullptr;
        QDBusConnection::disconnectFromBus(busName);
        fail(QStringLiteral("org.freedesktop.DBus.Error.NoServer"), bus.lastError().message());
        return;
    }
    if (!m_watcher) {
        m_watcher = new QDBusServiceWatcher(Contract::service, bus,
                                            QDBusServiceWatcher::WatchForUnregistration, this);
        connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &HelperClient::helperVanished);
    }
    // Opening a session starts the helper: it is D-Bus activated. The helper asks polkit once per
    // method and client, so the way back to live data calls as few methods as it can: OpenSession,
    // Subscribe, and the subscriptions' first deltas as the snapshot.
    qCDebug(lcClient) << "opening a session, attempt" << attempt;
    m_timeline.sessionRequested = monotonicMs();
    ++m_timeline.attempts;
    m_helper = std::make_unique<OrgAirpaneHelper1Interface>(Contract::service, Contract::helperPath, bus);
    auto *call = new QDBusPendingCallWatcher(m_helper->OpenSession(), this);
    connect(call, &QDBusPendingCallWatcher::finished, this,
            [this, attempt](QDBusPendingCallWatcher *watcher) { onSession(watcher, attempt); });
}

void HelperClient::requestInfo()
{
    if (!m_helper) {
        return;
    }
    auto *call = new QDBusPendingCallWatcher(m_helper->GetInfo(), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        const QDBusPendingReply<QVariantMap> reply = *watcher;
        if (reply.isError()) {
            qCDebug(lcClient) << "no info from the helper:" << reply.error().message();
            return;
        }
        const QJsonObject info = Contract::jsonFromVariant(reply.value());
        m_version = info[u"version"].toString();
        m_lab = info[u"lab"].toBool();
        Q_EMIT infoChanged();
    });
}

void HelperClient::onSession(QDBusPendingCallWatcher *call, int attempt)
{
    call->deleteLater();
    if (attempt != m_attempt) {
        return;
    }
    const QDBusPendingReply<QDBusObjectPath> reply = *call;
    if (reply.isError()) {
        fail(reply.error().name(), reply.error().message());
        return;
    }
    qCDebug(lcClient) << "session" << reply.value().path() << "opened; subscribing";
    m_timeline.sessionOpened = monotonicMs();
    m_session = std::make_unique<OrgAirpaneHelper1SessionInterface>(Contract::service, reply.value().path(),
                                                                    QDBusConnection(busName));
    // Changes ask polkit, which may ask the user for a password: allow it, and give them time.
    m_session->setInteractiveAuthorizationAllowed(true);
    m_session->setTimeout(5 * 60 * 1000);
    OrgAirpaneHelper1SessionInterface *session = m_session.get();
    connect(session, &OrgAirpaneHelper1SessionInterface::RadiosChanged, this,
            [this](const QVariantMapList &changed, const QList<uint> &removed) {
                const auto busy = handling();
                if (snapshotArrived(Contract::Topic::radios)) {
                    m_state->resetRadios(radios(changed));
                } else {
                    m_state->updateRadios(radios(changed), removed);
                }
                checkSynchronized();
            });
    connect(session, &OrgAirpaneHelper1SessionInterface::InterfacesChanged, this,
            [this](const QVariantMapList &changed, const QStringList &removed) {
                const auto busy = handling();
                if (snapshotArrived(Contract::Topic::interfaces)) {
                    m_state->resetInterfaces(interfaces(changed));
                } else {
                    m_state->updateInterfaces(interfaces(changed), removed);
                }
                checkSynchronized();
            });
    connect(session, &OrgAirpaneHelper1SessionInterface::RegulatoryChanged, this,
            [this](const QVariantMapList &list) {
                const auto busy = handling();
                snapshotArrived(Contract::Topic::regulatory);
                m_state->setRegulatoryDomains(domains(list));
                checkSynchronized();
            });
    connect(session, &OrgAirpaneHelper1SessionInterface::Events, this, [this](const QVariantMapList &list) {
        m_state->addEvents(convert<Client::Event>(list, Client::eventFromJson));
    });
    connectWifiDirect(session);
    connectScans(session);
    connectStations(session);
    connect(session, &OrgAirpaneHelper1SessionInterface::Closed, this, [this](const QString &reason) {
        qCInfo(lcClient) << "the helper closed the session:" << reason;
        helperVanished();
    });

    // Each subscription starts with the whole state of its topic: that first delta replaces
    // whatever the last session left.
    const QStringList subscribed = topics();
    m_awaiting.clear();
    for (const QString &topic : snapshotTopics) {
        if (subscribed.contains(topic)) {
            m_awaiting.insert(topic);
        }
    }
    auto *subscribe = new QDBusPendingCallWatcher(m_session->Subscribe(subscribed), this);
    connect(subscribe, &QDBusPendingCallWatcher::finished, this,
            [this, attempt](QDBusPendingCallWatcher *watcher) {
                watcher->deleteLater();
                if (attempt != m_attempt) {
                    return;
                }
                if (watcher->isError()) {
                    fail(watcher->error().name(), watcher->error().message());
                    return;
                }
                qCDebug(lcClient) << "subscribed: live";
                m_timeline.subscribed = monotonicMs();
                setConnection(Connection::Connected);
                // A new session follows the same stations; its first signals bring them all.
                m_state->stations()->clear();
                sendStationWatch();
                // A topic with nothing in it (no radios at all) sends no first delta: ask for it instead.
                m_snapshotTimer.start();
                checkSynchronized();
            });
}

void HelperClient::checkSynchronized()
{
    if (m_synchronized || !m_awaiting.isEmpty() || m_connection != Connection::Connected) {
        return;
    }
    qCDebug(lcClient) << "state loaded";
    m_timeline.synchronized = monotonicMs();
    m_snapshotTimer.stop();
    m_synchronized = true;
    m_failures = 0;
    m_problem.clear();
    Q_EMIT synchronized();
    // Version and lab flag: off the way back to live data.
    requestInfo();
}

std::shared_ptr<void> HelperClient::handling()
{
    if (m_synchronized) {
        return nullptr;
    }
    const qint64 start = monotonicMs();
    return std::shared_ptr<void>(nullptr,
                                 [this, start](void *) { m_timeline.handlingMs += monotonicMs() - start; });
}

bool HelperClient::snapshotArrived(const QString &topic)
{
    if (!m_awaiting.remove(topic)) {
        return false;
    }
    const qint64 now = monotonicMs();
    if (m_timeline.firstDelta < m_timeline.sessionOpened) {
        m_timeline.firstDelta = now;
    }
    m_timeline.lastDelta = now;
    return true;
}

void HelperClient::loadSnapshot(const QStringList &which)
{
    if (!m_session) {
        return;
    }
    const int attempt = m_attempt;
    auto request = [this, attempt](QDBusPendingReply<QVariantMapList> pending, const QString &topic,
                                   std::function<void(const QVariantMapList &)> apply) {
        auto *watcher = new QDBusPendingCallWatcher(pending, this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this,
                [this, attempt, topic, apply](QDBusPendingCallWatcher *call) {
                    call->deleteLater();
                    if (attempt != m_attempt) {
                        return;
                    }
                    const QDBusPendingReply<QVariantMapList> reply = *call;
                    if (reply.isError()) {
                        fail(reply.error().name(), reply.error().message());
                        return;
                    }
                    apply(reply.value());
                    snapshotArrived(topic);
                    checkSynchronized();
                });
    };
    if (which.contains(Contract::Topic::radios)) {
        request(m_session->GetRadios(), Contract::Topic::radios,
                [this](const QVariantMapList &list) { m_state->resetRadios(radios(list)); });
    }
    if (which.contains(Contract::Topic::interfaces)) {
        request(m_session->GetInterfaces(), Contract::Topic::interfaces,
                [this](const QVariantMapList &list) { m_state->resetInterfaces(interfaces(list)); });
    }
    if (which.contains(Contract::Topic::regulatory)) {
        request(m_session->GetRegulatory(), Contract::Topic::regulatory,
                [this](const QVariantMapList &list) { m_state->setRegulatoryDomains(domains(list)); });
    }
    if (which.contains(Contract::Topic::bss)) {
        request(m_session->GetBss(), Contract::Topic::bss, [this](const QVariantMapList &list) {
            m_state->scans()->resetBsses(Client::convert<Client::Bss>(list, Client::bssFromJson));
        });
    }
}

void HelperClient::refresh()
{
    if (m_connection == Connection::Connected) {
        loadSnapshot(snapshotTopics);
    } else if (m_connection == Connection::Unavailable) {
        m_retryTimer.stop();
        connectToHelper();
    }
}

void HelperClient::subscribe(const QStringList &topics)
{
    for (const QString &topic : topics) {
        m_topics.insert(topic);
    }
    if (m_session) {
        m_session->Subscribe(topics);
    }
}

void HelperClient::unsubscribe(const QStringList &topics)
{
    for (const QString &topic : topics) {
        m_topics.remove(topic);
    }
    if (m_session) {
        m_session->Unsubscribe(topics);
    }
}

void HelperClient::helperVanished()
{
    if (m_connection == Connection::Idle || m_connection == Connection::Unavailable) {
        return;
    }
    qCInfo(lcClient) << "the helper went away; opening a new session";
    m_timeline = Timeline{};
    m_timeline.vanished = monotonicMs();
    m_failures = 0;
    setConnection(m_connection == Connection::Connecting ? Connection::Connecting : Connection::Reconnecting);
    m_retryTimer.stop();
    connectToHelper();
}

void HelperClient::fail(const QString &errorName, const QString &message)
{
    qCDebug(lcClient) << "helper unavailable:" << errorName << message;
    closeSession();
    ++m_attempt;
    const int delay = retryDelayMs(errorName, m_failures++);
    if (errorName == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")) {
        m_problem = tr("The Airpane helper is not installed.");
    } else if (errorName == QLatin1String("org.freedesktop.DBus.Error.NoServer")) {
        m_problem = tr("The system bus is not running, so the Airpane helper cannot be reached.");
    } else if (errorName.startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn"))) {
        m_problem = tr("The Airpane helper could not be started.");
    } else if (errorName == QLatin1String("org.freedesktop.DBus.Error.AccessDenied")) {
        m_problem = tr("The system bus does not let you reach the Airpane helper.");
    } else if (errorName == Contract::Error::notAuthorized) {
        m_problem = tr("You are not allowed to watch the Wi-Fi radios.");
    } else if (errorName == Contract::Error::interactionRequired) {
        m_problem = tr("Watching the Wi-Fi radios needs a password, and no authentication agent is running.");
    } else if (errorName == Contract::Error::limitExceeded) {
        m_problem = tr("Too many Airpane windows are open; close one.");
    } else if (errorName == QLatin1String("org.freedesktop.DBus.Error.NoReply") ||
               errorName == QLatin1String("org.freedesktop.DBus.Error.Timeout")) {
        m_problem = tr("The Airpane helper does not answer.");
    } else {
        m_problem = message.isEmpty() ? tr("The Airpane helper failed.") : message;
    }
    // A helper that restarts may refuse a call or two while it comes up: say so only when it lasts.
    if (m_connection != Connection::Reconnecting || m_failures > 3) {
        setConnection(Connection::Unavailable);
    }
    m_retryTimer.start(delay);
}

void HelperClient::setConnection(Connection connection)
{
    if (m_connection == connection) {
        return;
    }
    m_connection = connection;
    Q_EMIT connectionChanged(connection);
}

void HelperClient::closeSession()
{
    m_snapshotTimer.stop();
    m_awaiting.clear();
    if (m_session) {
        // Dropped while the helper may still hold it (a call of ours failed, the helper lives on): a
        // session left open counts against this client's limit until the GUI leaves the bus, and
        // retries would reach it ("too many windows"). Closed, without starting a helper for that.
        QDBusMessage close = QDBusMessage::createMethodCall(Contract::service, m_session->path(),
                                                            m_session->interface(), QStringLiteral("Close"));
        close.setAutoStartService(false);
        m_session->connection().send(close);
    }
    m_session.reset();
    m_helper.reset();
}

} // namespace Airpane
