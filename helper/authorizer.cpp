// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizer.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>

#include <PolkitQt1/Authority>
#include <PolkitQt1/Subject>

namespace Airpane {
namespace {

// A password dialog may stay open a while; a check without interaction should be quick.
constexpr int interactiveTimeoutMs = 5 * 60 * 1000;
constexpr int quietTimeoutMs = 10 * 1000;

// Whether polkit is on the system bus or can be started there; asking it otherwise only waits.
bool polkitReachable()
{
    const QString name = QStringLiteral("org.freedesktop.PolicyKit1");
    QDBusConnectionInterface *bus = QDBusConnection::systemBus().interface();
    return bus &&
           (bus->isServiceRegistered(name).value() || bus->activatableServiceNames().value().contains(name));
}

} // namespace

Authorizer::Authorizer(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        PolkitQt1::Authority::instance()->checkAuthorizationCancel();
        finish(Outcome::Unavailable);
    });
    connect(PolkitQt1::Authority::instance(), &PolkitQt1::Authority::checkAuthorizationFinished, this,
            [this](PolkitQt1::Authority::Result result) {
                if (!m_current) {
                    return;
                }
                switch (result) {
                case PolkitQt1::Authority::Yes:
                    finish(Outcome::Allowed);
                    break;
                case PolkitQt1::Authority::Challenge:
                    finish(Outcome::InteractionRequired);
                    break;
                case PolkitQt1::Authority::No:
                    finish(Outcome::Denied);
                    break;
                case PolkitQt1::Authority::Unknown:
                    finish(Outcome::Unavailable);
                    break;
                }
            });
}

void Authorizer::authorize(const QDBusMessage &message, const QString &action, Callback callback)
{
    m_queue.enqueue(Request{message.service(), action, message.member(),
                            message.isInteractiveAuthorizationAllowed(), std::move(callback)});
    if (!m_current) {
        startNext();
    }
}

void Authorizer::forgetClient(const QString &client)
{
    for (auto it = m_granted.begin(); it != m_granted.end();) {
        it = it->startsWith(client + QLatin1Char('|')) ? m_granted.erase(it) : std::next(it);
    }
    // Nobody is left to answer: drop the client's waiting checks.
    m_queue.removeIf([&](const Request &request) { return request.client == client; });
}

void Authorizer::startNext()
{
    while (!m_queue.isEmpty()) {
        Request request = m_queue.dequeue();
        if (m_granted.contains(key(request))) {
            request.callback(Outcome::Allowed);
            continue;
        }
        PolkitQt1::Authority *authority = PolkitQt1::Authority::instance();
        if (!polkitReachable()) {
            request.callback(Outcome::Unavailable);
            continue;
        }
        if (authority->hasError()) {
            authority->clearError();
            request.callback(Outcome::Unavailable);
            continue;
        }
        m_current = std::move(request);
        m_timeout.start(m_current->interactive ? interactiveTimeoutMs : quietTimeoutMs);
        const PolkitQt1::DetailsMap details{{QStringLiteral("method"), m_current->method}};
        authority->checkAuthorizationWithDetails(
            m_current->action, PolkitQt1::SystemBusNameSubject(m_current->client),
            m_current->interactive ? PolkitQt1::Authority::AllowUserInteraction : PolkitQt1::Authority::None,
            details);
        return;
    }
}

void Authorizer::finish(Outcome outcome)
{
    m_timeout.stop();
    Request request = std::move(*m_current);
    m_current.reset();
    if (outcome == Outcome::Allowed) {
        m_granted.insert(key(request));
    }
    request.callback(outcome);
    startNext();
}

} // namespace Airpane
