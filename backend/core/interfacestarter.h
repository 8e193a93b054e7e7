// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/interface.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Airpane {

class Backend;
namespace Netlink {
class Socket;
struct Error;
} // namespace Netlink
namespace Nl80211 {
class InterfaceRequests;
}

// Brings interfaces up and down: a netdev through rtnetlink (IFF_UP, as `ip link set` does), a
// P2P-device or NAN interface through START/STOP_P2P_DEVICE or START/STOP_NAN on the backend's
// command socket. The kernel checks interface combinations here, not at creation.
class InterfaceStarter : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Netlink::Error &)>;

    explicit InterfaceStarter(Backend *backend, QObject *parent = nullptr);
    ~InterfaceStarter() override;

    void setUp(const Interface &interface, bool up, Done done);

private:
    // Built per request: the nl80211 family id is known only once the backend has started.
    Nl80211::InterfaceRequests requests() const;
    Backend *m_backend;
    Netlink::Socket *m_route = nullptr; // opened on first use
};

// Calls THEN once READY holds for the backend's view of WDEV (the model follows the kernel's
// events a moment after its acknowledgements), or after TIMEOUTMS. CONTEXT ends the wait early
// when it is destroyed.
void waitForModel(Backend *backend, QObject *context, std::uint64_t wdev,
                  std::function<bool(const std::optional<Interface> &)> ready, std::function<void()> then,
                  int timeoutMs = 2000);

} // namespace Airpane
