// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionhandler.h"

#include "bssconversion.h"
#include "helperclient.h"
#include "helperinterface.h"
#include "jsonconversion.h"

#include "contract.h"

#include <KAuth/Action>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace Airpane {
namespace {

// The helper's messages are written for people already; what it cannot say is why it was not
// reached or not allowed, which depends on this side.
QString errorText(const QDBusError &error)
{
    const QString name = error.name();
    if (name == Contract::Error::notAuthorized) {
        return ActionHandler::tr("You are not allowed to do this: the system's policy (polkit) refused.");
    }
    if (name == Contract::Error::interactionRequired) {
        return ActionHandler::tr("This needs an administrator password, and no authentication agent is "
                                 "running to ask for it.");
    }
    if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") ||
        name == QLatin1String("org.freedesktop.DBus.Error.NoReply") ||
        name == QLatin1String("org.freedesktop.DBus.Error.Disconnected")) {
        return ActionHandler::tr("The Airpane helper went away before it answered; try again in a moment.");
    }
    return error.message().isEmpty() ? ActionHandler::tr("The Airpane helper failed.") : error.message();
}

QString notConnected()
{
    return ActionHandler::tr("Not connected to the Airpane helper; try again once it is back.");
}

template<typename Reply, typename Handle>
void whenDone(QDBusPendingCall call, QObject *context, Handle handle)
{
    auto *watcher = new QDBusPendingCallWatcher(call, context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [handle](QDBusPendingCallWatcher *finished) {
                         finished->deleteLater();
                         handle(Reply(*finished));
                     });
}

void reportResult(const QDBusPendingReply<QVariantMap> &reply, const ActionHandler::ResultCallback &done)
{
    if (reply.isError()) {
        done({false, errorText(reply.error())});
        return;
    }
    const QJsonObject result = Contract::jsonFromVariant(reply.value());
    done({result[u"ok"].toBool(true), result[u"error"].toString()});
}

quint64 wdevId(const QString &wdev)
{
    return wdev.toULongLong(nullptr, 0);
}

} // namespace

ActionHandler::ActionHandler(HelperClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_source(&ActionHandler::askKAuth)
{}

const QStringList &ActionHandler::actions()
{
    return Contract::Action::all;
}

ActionHandler::Authorization ActionHandler::askKAuth(const QString &action)
{
    // KAuth asks polkit about this process; the helper asks about our bus name, which is the same
    // user and session.
    switch (KAuth::Action(action).status()) {
    case KAuth::Action::AuthorizedStatus:
        return Authorization::Granted;
    case KAuth::Action::AuthRequiredStatus:
        return Authorization::PasswordRequired;
    case KAuth::Action::DeniedStatus:
        return Authorization::Denied;
    default:
        return Authorization::Unknown;
    }
}

ActionHandler::Authorization ActionHandler::authorization(const QString &action) const
{
    return m_authorizations.value(action, Authorization::Unknown);
}

void ActionHandler::checkAuthorizations()
{
    QHash<QString, Authorization> answers;
    for (const QString &action : actions()) {
        answers.insert(action, m_source(action));
    }
    if (answers != m_authorizations) {
        m_authorizations = answers;
        Q_EMIT authorizationsChanged();
    }
}

void ActionHandler::setAuthorizationSource(AuthorizationSource source)
{
    m_source = std::move(source);
    checkAuthorizations();
}

void ActionHandler::refresh()
{
    m_client->refresh();
}

void ActionHandler::setEventsPaused(bool paused)
{
    if (paused == m_eventsPaused) {
        return;
    }
    m_eventsPaused = paused;
    // Paused means unsubscribed: the helper stops sending, and nothing piles up.
    if (paused) {
        m_client->unsubscribe({Contract::Topic::events});
    } else {
        m_client->subscribe({Contract::Topic::events});
    }
    Q_EMIT eventsPausedChanged(paused);
}

void ActionHandler::checkInterface(uint radio, const QString &type, QObject *context, VerdictCallback done)
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session) {
        done({false, {}, {}, notConnected()});
        return;
    }
    whenDone<QDBusPendingReply<QVariantMap>>(
        session->CheckInterface(radio, type, {}), context,
        [done](const QDBusPendingReply<QVariantMap> &reply) {
            if (reply.isError()) {
                done({false, {}, {}, errorText(reply.error())});
            } else {
                done(Client::verdictFromJson(Contract::jsonFromVariant(reply.value())));
            }
        });
}

void ActionHandler::createInterface(uint radio, const QString &name, const QString &type, QObject *context,
                                    ResultCallback done)
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session) {
        done({false, notConnected()});
        return;
    }
    whenDone<QDBusPendingReply<QVariantMap>>(
        session->CreateInterface(radio, name, type, {}), context,
        [done](const QDBusPendingReply<QVariantMap> &reply) { reportResult(reply, done); });
}

void ActionHandler::setInterfaceType(const QString &wdev, const QString &type, QObject *context,
                                     ResultCallback done)
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session) {
        done({false, notConnected()});
        return;
    }
    whenDone<QDBusPendingReply<QVariantMap>>(
        session->SetInterfaceType(wdevId(wdev), type, {}), context,
        [done](const QDBusPendingReply<QVariantMap> &reply) { reportResult(reply, done); });
}

void ActionHandler::deleteInterface(const QString &wdev, QObject *context, ResultCallback done)
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session) {
        done({false, notConnected()});
        return;
    }
    whenDone<QDBusPendingReply<QVariantMap>>(
        session->DeleteInterface(wdevId(wdev)), context,
        [done](const QDBusPendingReply<QVariantMap> &reply) { reportResult(reply, done); });
}

void ActionHandler::withP2pDevice(uint radio, std::function<void()> discover)
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session) {
        Q_EMIT p2pFailed(notConnected());
        return;
    }
    WifiDirectState *direct = m_client->state()->wifiDirect();
    const std::optional<Client::P2pDevice> device = direct->device();
    if (device && device->radio == radio) {
        discover();
        return;
    }
    auto start = [this, radio, discover, direct] {
        OrgAirpaneHelper1SessionInterface *current = m_client->session();
        if (!current) {
            Q_EMIT p2pFailed(notConnected());
            return;
        }
        whenDone<QDBusPendingReply<QVariantMap>>(
            current->StartP2p(radio, {}), this,
            [this, discover, direct](const QDBusPendingReply<QVariantMap> &reply) {
                if (reply.isError()) {
                    Q_EMIT p2pFailed(errorText(reply.error()));
                    return;
                }
                const QVariantMap started = reply.value();
                direct->setDevice(Client::P2pDevice{
                    started.value(QStringLiteral("radio")).toUInt(),
                    QStringLiteral("0x%1").arg(started.value(QStringLiteral("wdev")).toULongLong(), 0, 16),
                    started.value(QStringLiteral("address")).toString()});
                discover();
            });
    };
    // One P2P device per session: the one on another radio goes first.
    if (!device) {
        start();
        return;
    }
    whenDone<QDBusPendingReply<>>(
        session->EndP2p(), this, [this, start, direct](const QDBusPendingReply<> &reply) {
            if (reply.isError() && reply.error().name() != Contract::Error::notFound) {
                Q_EMIT p2pFailed(errorText(reply.error()));
                return;
            }
            direct->setDevice(std::nullopt);
            start();
        });
}

void ActionHandler::findPeers(uint radio, int seconds)
{
    withP2pDevice(radio, [this, seconds] {
        if (OrgAirpaneHelper1SessionInterface *session = m_client->session()) {
            whenDone<QDBusPendingReply<>>(session->FindPeers(uint(seconds)), this,
                                          [this](const QDBusPendingReply<> &reply) {
                                              if (reply.isError()) {
                                                  Q_EMIT p2pFailed(errorText(reply.error()));
                                              }
                                          });
        }
    });
}

void ActionHandler::listenP2p(uint radio, int seconds)
{
    withP2pDevice(radio, [this, seconds] {
        if (OrgAirpaneHelper1SessionInterface *session = m_client->session()) {
            whenDone<QDBusPendingReply<>>(session->ListenP2p(uint(seconds)), this,
                                          [this](const QDBusPendingReply<> &reply) {
                                              if (reply.isError()) {
                                                  Q_EMIT p2pFailed(errorText(reply.error()));
                                              }
                                          });
        }
    });
}

void ActionHandler::stopP2p()
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session || !m_client->state()->wifiDirect()->device()) {
        return;
    }
    whenDone<QDBusPendingReply<>>(session->StopP2p(), this, [this](const QDBusPendingReply<> &reply) {
        if (reply.isError()) {
            Q_EMIT p2pFailed(errorText(reply.error()));
        }
    });
}

void ActionHandler::endP2p()
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session || !m_client->state()->wifiDirect()->device()) {
        return;
    }
    whenDone<QDBusPendingReply<>>(session->EndP2p(), this, [this](const QDBusPendingReply<> &reply) {
        if (reply.isError()) {
            Q_EMIT p2pFailed(errorText(reply.error()));
        } else {
            m_client->state()->wifiDirect()->setDevice(std::nullopt);
        }
    });
}

void ActionHandler::triggerScan(const QString &interface, QObject *context, ResultCallback done)
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session) {
        done({false, notConnected()});
        return;
    }
    whenDone<QDBusPendingReply<>>(
        session->TriggerScan(interface, {}), context, [done](const QDBusPendingReply<> &reply) {
            done({!reply.isError(), reply.isError() ? errorText(reply.error()) : QString()});
        });
}

void ActionHandler::setLiveScan(const QString &interface, const LiveScan &settings, QObject *context,
                                ResultCallback done)
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session) {
        done({false, notConnected()});
        return;
    }
    QVariantMap map{{QStringLiteral("mode"), settings.mode},
                    {QStringLiteral("interval"), uint(settings.intervalSeconds)},
                    {QStringLiteral("passive"), settings.passive}};
    if (!settings.bands.isEmpty()) {
        map.insert(QStringLiteral("bands"), settings.bands);
    }
    whenDone<QDBusPendingReply<>>(
        session->SetLiveScan(interface, map), context, [done](const QDBusPendingReply<> &reply) {
            done({!reply.isError(), reply.isError() ? errorText(reply.error()) : QString()});
        });
}

void ActionHandler::bssDetails(const QString &key, QObject *context, DetailsCallback done)
{
    OrgAirpaneHelper1SessionInterface *session = m_client->session();
    if (!session) {
        Client::BssDetails details;
        details.error = notConnected();
        done(details);
        return;
    }
    whenDone<QDBusPendingReply<QVariantMap>>(
        session->GetBssDetails(key), context, [done](const QDBusPendingReply<QVariantMap> &reply) {
            if (reply.isError()) {
                Client::BssDetails details;
                details.error = errorText(reply.error());
                done(details);
                return;
            }
            done(Client::bssDetailsFromJson(Contract::jsonFromVariant(reply.value())));
        });
}

} // namespace Airpane
