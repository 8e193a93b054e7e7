// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interfaces/radiosituation.h"
#include "model/concurrencyreport.h"
#include "model/interfaceoperation.h"
#include "model/interfacerequest.h"

#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Airpane {

class Backend;
class InterfaceStarter;
namespace Netlink {
class Socket;
struct Error;
} // namespace Netlink
namespace Nl80211 {
class InterfaceRequests;
}

// Creates, changes and deletes interfaces on the backend's radios. Every request is pre-checked
// (Interfaces::RequestCheck) before any kernel call; kernel refusals carry the extended-ack text;
// a created interface whose bring-up fails is deleted again. Interfaces are created on the
// backend's long-lived command socket, owned by it unless the request says otherwise, so the
// kernel removes them when the process ends. Needs CAP_NET_ADMIN.
//
// Results come through callbacks once the backend's model shows the change (or after a short
// wait), so that callers read a model that agrees with the result.
class InterfaceManager : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const InterfaceOperationResult &)>;

    explicit InterfaceManager(Backend *backend, QObject *parent = nullptr);
    ~InterfaceManager() override;

    // The radio as the pre-check sees it now; nothing for an unknown radio.
    std::optional<Interfaces::RadioSituation> situation(std::uint32_t radio) const;
    InterfaceVerdict checkCreate(const CreateInterfaceRequest &request) const;
    InterfaceVerdict checkChangeType(const ChangeTypeRequest &request) const;
    InterfaceVerdict checkType(std::uint32_t radio, const Interfaces::Candidate &candidate) const;
    std::optional<ConcurrencyReport> concurrency(std::uint32_t radio) const;

    // CALLBACK may run before these return (a refusal by the pre-check).
    void create(const CreateInterfaceRequest &request, Callback callback);
    void changeType(const ChangeTypeRequest &request, Callback callback);
    void remove(std::uint64_t wdev, Callback callback);
    // The netdev up or down; START/STOP_P2P_DEVICE or START/STOP_NAN for interfaces without one.
    void setUp(std::uint64_t wdev, bool up, Callback callback);

    // Runs the event loop until OPERATION's callback; for the command line and tests.
    static InterfaceOperationResult waitFor(const std::function<void(Callback)> &operation,
                                            int timeoutMs = 15000);

private:
    // Built per request: the nl80211 family id is known only once the backend has started.
    Nl80211::InterfaceRequests requests() const;
    // The result once the model shows the interface (and, for a netdev, its link state UP).
    void finish(InterfaceOperationResult result, std::uint64_t wdev, std::optional<bool> up,
                Callback callback);
    std::optional<std::uint8_t> dfsRegion(std::uint32_t radio) const;
    QStringList takenNames() const;

    Backend *m_backend;
    InterfaceStarter *m_starter;
    // Interfaces without a netdev known to be stopped: created here and not started, or stopped
    // here. Others are assumed to run (nl80211 does not say).
    QSet<std::uint64_t> m_stopped;
};

} // namespace Airpane
