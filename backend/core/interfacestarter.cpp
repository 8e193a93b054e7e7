// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacestarter.h"

#include "backend.h"

#include "nl/socket.h"
#include "nl80211/interfacerequests.h"
#include "rtnetlink/linkrequests.h"

#include <QTimer>

#include <linux/netlink.h>

namespace Airpane {

InterfaceStarter::InterfaceStarter(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

InterfaceStarter::~InterfaceStarter() = default;

void InterfaceStarter::setUp(const Interface &interface, bool up, Done done)
{
    Netlink::Socket::Handlers handlers;
    handlers.done = std::move(done);
    if (interface.hasNetdev()) {
        if (!m_route) {
            auto *socket = new Netlink::Socket(this);
            QString error;
            if (!socket->open(NETLINK_ROUTE, &error)) {
                delete socket;
                handlers.done(Netlink::Error{ENOTCONN, error});
                return;
            }
            m_route = socket;
        }
        m_route->request(Rtnetlink::setLinkUp(*interface.ifindex, up), std::move(handlers));
        return;
    }
    const std::uint64_t wdev = interface.wdev;
    const bool nan = interface.type == InterfaceType::Nan;
    const auto request = nan ? (up ? requests().startNan(wdev) : requests().stopNan(wdev))
                             : (up ? requests().startP2pDevice(wdev) : requests().stopP2pDevice(wdev));
    m_backend->commandSocket()->request(request, std::move(handlers));
}

void waitForModel(Backend *backend, QObject *context, std::uint64_t wdev,
                  std::function<bool(const std::optional<Interface> &)> ready, std::function<void()> then,
                  int timeoutMs)
{
    if (ready(backend->interfaceByWdev(wdev))) {
        then();
        return;
    }
    // Owns the connections: deleting it ends the wait, whichever way it ended.
    auto *waiter = new QObject(context);
    auto once = std::make_shared<std::function<void()>>(std::move(then));
    const auto end = [waiter, once] {
        if (*once) {
            const auto run = std::move(*once);
            *once = nullptr;
            waiter->deleteLater();
            run();
        }
    };
    const auto check = [backend, wdev, ready, end] {
        if (ready(backend->interfaceByWdev(wdev))) {
            end();
        }
    };
    QObject::connect(backend, &Backend::interfaceAdded, waiter, check);
    QObject::connect(backend, &Backend::interfaceChanged, waiter, check);
    QObject::connect(backend, &Backend::interfaceRemoved, waiter, check);
    QTimer::singleShot(timeoutMs, waiter, end);
}

Nl80211::InterfaceRequests InterfaceStarter::requests() const
{
    return Nl80211::InterfaceRequests(m_backend->family().id);
}

} // namespace Airpane
