// SPDX-License-Identifier: GPL-3.0-or-later
#include "helperservice.h"

#include "authorizedcall.h"
#include "authorizer.h"
#include "org.airpane.Helper1_adaptor.h"
#include "ratelimiter.h"
#include "session.h"

#include "core/backend.h"

#include <airpane/version.h>

#include <QDBusConnectionInterface>
#include <QDir>
#include <QFileInfo>

namespace Airpane {
namespace {

constexpr int maxSessionsPerUser = 8;

} // namespace

HelperService::HelperService(const HelperContext &context, int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    new Helper1Adaptor(this);
    m_watcher.setConnection(m_context.connection);
    m_watcher.setWatchMode(QDBusServiceWatcher::WatchForUnregistration);
    connect(&m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, &HelperService::clientGone);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &HelperService::checkIdle);
    m_idleTimer.start();
}

HelperService::~HelperService()
{
    const QList<Session *> sessions = m_sessions.values();
    for (Session *session : sessions) {
        session->end(QStringLiteral("The Airpane helper is shutting down."));
    }
}

bool HelperService::registerOnBus(QString *error)
{
    if (!m_context.connection.registerObject(Contract::helperPath, this, QDBusConnection::ExportAdaptors)) {
        *error = QStringLiteral("cannot register %1").arg(Contract::helperPath);
        return false;
    }
    if (!m_context.connection.registerService(Contract::service)) {
        *error = QStringLiteral("cannot own %1: %2")
                     .arg(Contract::service, m_context.connection.lastError().message());
        return false;
    }
    return true;
}

QDBusObjectPath HelperService::OpenSession()
{
    const QString client = message().service();
    if (!m_context.rateLimiter->allow(client)) {
        sendErrorReply(Contract::Error::limitExceeded, QStringLiteral("Too many calls; slow down."));
        return {};
    }
    setDelayedReply(true);
    authorizedCall(
        m_context, this, message(), Contract::Action::monitor, [this, client](const QDBusMessage &call) {
            const uint uid = m_context.connection.interface()->serviceUid(client).value();
            const auto owned =
                std::count_if(m_sessions.begin(), m_sessions.end(), [&](const Session *session) {
                    return m_context.connection.interface()->serviceUid(session->owner()).value() == uid;
                });
            if (owned >= maxSessionsPerUser) {
                replyError(
                    m_context, call, Contract::Error::limitExceeded,
                    QStringLiteral("You already have %1 Airpane sessions; close one first.").arg(owned));
                return;
            }
            const QDBusObjectPath path(Contract::sessionPathPrefix + QString::number(m_nextSession++));
            auto *session = new Session(m_context, client, path, this);
            new SessionAdaptor(session);
            if (!m_context.connection.registerObject(path.path(), session, QDBusConnection::ExportAdaptors)) {
                delete session;
                replyError(m_context, call, Contract::Error::failed,
                           QStringLiteral("Cannot register a session object."));
                return;
            }
            connect(session, &Session::ended, this, &HelperService::sessionEnded);
            m_sessions.insert(path.path(), session);
            m_watcher.addWatchedService(client);
            m_idleTimer.stop();
            m_context.connection.send(call.createReply(QVariant::fromValue(path)));
        });
    return {};
}

QVariantMap HelperService::GetInfo()
{
    const QString client = message().service();
    if (!m_context.rateLimiter->allow(client)) {
        sendErrorReply(Contract::Error::limitExceeded, QStringLiteral("Too many calls; slow down."));
        return {};
    }
    setDelayedReply(true);
    authorizedCall(m_context, this, message(), Contract::Action::monitor,
                   [this, client](const QDBusMessage &call) {
                       const auto own =
                           std::count_if(m_sessions.begin(), m_sessions.end(),
                                         [&](const Session *session) { return session->owner() == client; });
                       const QVariantMap info{
                           {QStringLiteral("version"), QStringLiteral(AIRPANE_VERSION_STRING)},
                           {QStringLiteral("sessions"), uint(own)},
                           {QStringLiteral("lab"), isLab()},
                       };
                       m_context.connection.send(call.createReply(info));
                   });
    return {};
}

bool HelperService::isLab() const
{
    // The virtual lab's radios are mac80211_hwsim's; a machine with real radios is no lab.
    const QList<Radio> radios = m_context.backend->radios();
    return !radios.isEmpty() && std::all_of(radios.begin(), radios.end(), [](const Radio &radio) {
        const QFileInfo driver(QStringLiteral("/sys/class/ieee80211/%1/device/driver").arg(radio.name));
        return QFileInfo(driver.symLinkTarget()).fileName() == QLatin1String("mac80211_hwsim");
    });
}

void HelperService::clientGone(const QString &client)
{
    m_watcher.removeWatchedService(client);
    m_context.authorizer->forgetClient(client);
    m_context.rateLimiter->forget(client);
    const QList<Session *> sessions = m_sessions.values();
    for (Session *session : sessions) {
        if (session->owner() == client) {
            session->end();
        }
    }
}

void HelperService::sessionEnded(Session *session)
{
    m_sessions.remove(session->path().path());
    session->deleteLater();
    if (m_sessions.isEmpty()) {
        m_idleTimer.start();
    }
}

void HelperService::checkIdle()
{
    if (m_sessions.isEmpty() && !m_context.authorizer->isBusy()) {
        Q_EMIT idle();
    } else if (m_sessions.isEmpty()) {
        m_idleTimer.start();
    }
}

} // namespace Airpane
