// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacemanager.h"

#include "backend.h"
#include "interfacestarter.h"

#include "interfaces/concurrency.h"
#include "interfaces/requestcheck.h"
#include "nl/socket.h"
#include "nl80211/interfacedecoder.h"
#include "nl80211/interfacerequests.h"
#include "support/macaddress.h"

#include <QEventLoop>
#include <QTimer>

namespace Airpane {
namespace {

using Stage = InterfaceOperationResult::Stage;

bool hasNetdev(InterfaceType type)
{
    return type != InterfaceType::P2pDevice && type != InterfaceType::Nan;
}

InterfaceOperationResult refused(const InterfaceVerdict &verdict)
{
    InterfaceOperationResult result;
    result.stage = Stage::PreCheck;
    result.verdict = verdict;
    result.error = verdict.problems.value(0);
    return result;
}

InterfaceOperationResult notFound(const QString &what)
{
    InterfaceVerdict verdict;
    verdict.refuse(what);
    return refused(verdict);
}

void failed(InterfaceOperationResult &result, Stage stage, const QString &what, const Netlink::Error &error)
{
    result.ok = false;
    result.stage = stage;
    result.errorCode = error.code;
    result.error = QStringLiteral("%1: %2").arg(what, error.text());
}

} // namespace

InterfaceManager::InterfaceManager(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_starter(new InterfaceStarter(backend, this))
{}

InterfaceManager::~InterfaceManager() = default;

std::optional<std::uint8_t> InterfaceManager::dfsRegion(std::uint32_t radio) const
{
    std::optional<std::uint8_t> global;
    for (const RegulatoryDomain &domain : m_backend->regulatoryDomains()) {
        if (domain.radio == radio) {
            return domain.dfsRegion;
        }
        if (!domain.radio) {
            global = domain.dfsRegion;
        }
    }
    return global;
}

QStringList InterfaceManager::takenNames() const
{
    QStringList names;
    for (const Interface &interface : m_backend->interfaces()) {
        if (interface.hasNetdev()) {
            names.append(interface.name);
        }
    }
    return names;
}

std::optional<Interfaces::RadioSituation> InterfaceManager::situation(std::uint32_t radio) const
{
    const auto found = m_backend->radio(radio);
    if (!found) {
        return std::nullopt;
    }
    return Interfaces::RadioSituation::from(*found, m_backend->interfaces(), dfsRegion(radio), m_stopped);
}

InterfaceVerdict InterfaceManager::checkCreate(const CreateInterfaceRequest &request) const
{
    const auto current = situation(request.radio);
    if (!current) {
        InterfaceVerdict verdict;
        verdict.refuse(QStringLiteral("no radio with index %1").arg(request.radio));
        return verdict;
    }
    return Interfaces::RequestCheck::create(*current, request, takenNames());
}

InterfaceVerdict InterfaceManager::checkChangeType(const ChangeTypeRequest &request) const
{
    InterfaceVerdict verdict;
    const auto interface = m_backend->interfaceByWdev(request.wdev);
    const auto current = interface ? situation(interface->radio) : std::nullopt;
    if (!current) {
        verdict.refuse(QStringLiteral("no interface with wdev 0x%1").arg(request.wdev, 0, 16));
        return verdict;
    }
    return Interfaces::RequestCheck::changeType(*current, *interface, request);
}

InterfaceVerdict InterfaceManager::checkType(std::uint32_t radio,
                                             const Interfaces::Candidate &candidate) const
{
    const auto current = situation(radio);
    if (!current) {
        InterfaceVerdict verdict;
        verdict.refuse(QStringLiteral("no radio with index %1").arg(radio));
        return verdict;
    }
    return Interfaces::RequestCheck::typeRoom(*current, candidate);
}

std::optional<ConcurrencyReport> InterfaceManager::concurrency(std::uint32_t radio) const
{
    const auto current = situation(radio);
    return current ? std::optional(Interfaces::Concurrency::report(*current)) : std::nullopt;
}

void InterfaceManager::create(const CreateInterfaceRequest &request, Callback callback)
{
    const auto current = situation(request.radio);
    if (!current) {
        callback(notFound(QStringLiteral("no radio with index %1").arg(request.radio)));
        return;
    }
    const InterfaceVerdict valid = Interfaces::RequestCheck::validateCreate(*current, request, takenNames());
    const InterfaceVerdict verdict = valid.allowed ? checkCreate(request) : valid;
    if (!valid.allowed || (!verdict.allowed && !request.force)) {
        callback(refused(verdict));
        return;
    }
    auto result = std::make_shared<InterfaceOperationResult>();
    result->verdict = verdict;
    result->owned = request.owned;
    result->stage = Stage::Create;
    Netlink::Socket::Handlers handlers;
    handlers.reply = [result](const Netlink::Message &message) {
        if (const auto generic = Netlink::genericMessage(message)) {
            const auto decoded = Nl80211::decodeInterface(generic->attributes);
            if (const auto *interface = std::get_if<Interface>(&decoded)) {
                result->interface = *interface;
            }
        }
    };
    handlers.done = [this, result, request, callback](const Netlink::Error &error) {
        if (error.isError()) {
            failed(*result, Stage::Create, QStringLiteral("cannot create %1").arg(request.name), error);
            callback(*result);
            return;
        }
        if (!result->interface) {
            result->error = QStringLiteral("the kernel created %1 but did not describe it").arg(request.name);
            callback(*result);
            return;
        }
        const Interface created = *result->interface;
        if (!hasNetdev(created.type)) {
            m_stopped.insert(created.wdev);
        }
        if (!request.up) {
            result->ok = true;
            finish(*result, created.wdev, std::nullopt, callback);
            return;
        }
        result->stage = Stage::BringUp;
        m_starter->setUp(created, true, [this, result, created, callback](const Netlink::Error &upError) {
            if (!upError.isError()) {
                m_stopped.remove(created.wdev);
                result->ok = true;
                finish(*result, created.wdev, true, callback);
                return;
            }
            failed(*result, Stage::BringUp,
                   QStringLiteral("cannot bring %1 up").arg(Interfaces::interfaceLabel(created)), upError);
            // Undo the creation: the request was for a running interface.
            Netlink::Socket::Handlers rollback;
            rollback.done = [this, result, created, callback](const Netlink::Error &deleteError) {
                m_stopped.remove(created.wdev);
                if (deleteError.isError()) {
                    result->rollbackError = deleteError.text();
                } else {
                    result->rolledBack = true;
                    result->interface.reset();
                }
                waitForModel(
                    m_backend, this, created.wdev, [](const std::optional<Interface> &now) { return !now; },
                    [result, callback] { callback(*result); });
            };
            m_backend->commandSocket()->request(requests().deleteInterface(created.ifindex, created.wdev),
                                                std::move(rollback));
        });
    };
    const QByteArray mac = MacAddress::parse(request.mac).value_or(QByteArray());
    m_backend->commandSocket()->request(requests().newInterface(request, mac), std::move(handlers));
}

void InterfaceManager::changeType(const ChangeTypeRequest &request, Callback callback)
{
    const auto interface = m_backend->interfaceByWdev(request.wdev);
    const auto current = interface ? situation(interface->radio) : std::nullopt;
    if (!current) {
        callback(notFound(QStringLiteral("no interface with wdev 0x%1").arg(request.wdev, 0, 16)));
        return;
    }
    const InterfaceVerdict valid =
        Interfaces::RequestCheck::validateChangeType(*current, *interface, request);
    const InterfaceVerdict verdict =
        valid.allowed ? Interfaces::RequestCheck::changeType(*current, *interface, request) : valid;
    if (!valid.allowed || (!verdict.allowed && !request.force)) {
        callback(refused(verdict));
        return;
    }
    auto result = std::make_shared<InterfaceOperationResult>();
    result->verdict = verdict;
    result->stage = Stage::ChangeType;
    result->interface = interface;
    Netlink::Socket::Handlers handlers;
    const QString label = Interfaces::interfaceLabel(*interface);
    const InterfaceType type = request.type;
    handlers.done = [this, result, label, type, wdev = request.wdev, callback](const Netlink::Error &error) {
        if (error.isError()) {
            failed(*result, Stage::ChangeType, QStringLiteral("cannot change the type of %1").arg(label),
                   error);
            callback(*result);
            return;
        }
        result->ok = true;
        waitForModel(
            m_backend, this, wdev,
            [type](const std::optional<Interface> &now) { return now && now->type == type; },
            [this, result, wdev, callback] { finish(*result, wdev, std::nullopt, callback); });
    };
    m_backend->commandSocket()->request(
        requests().setInterfaceType(*interface->ifindex, request.type, request.monitorFlags),
        std::move(handlers));
}

void InterfaceManager::remove(std::uint64_t wdev, Callback callback)
{
    const auto interface = m_backend->interfaceByWdev(wdev);
    if (!interface) {
        callback(notFound(QStringLiteral("no interface with wdev 0x%1").arg(wdev, 0, 16)));
        return;
    }
    auto result = std::make_shared<InterfaceOperationResult>();
    result->verdict = Interfaces::RequestCheck::remove(*interface);
    result->stage = Stage::Delete;
    result->interface = interface;
    Netlink::Socket::Handlers handlers;
    handlers.done = [this, result, wdev, label = Interfaces::interfaceLabel(*interface),
                     callback](const Netlink::Error &error) {
        if (error.isError()) {
            failed(*result, Stage::Delete, QStringLiteral("cannot delete %1").arg(label), error);
            callback(*result);
            return;
        }
        m_stopped.remove(wdev);
        result->ok = true;
        result->stage = Stage::Done;
        waitForModel(
            m_backend, this, wdev, [](const std::optional<Interface> &now) { return !now; },
            [result, callback] { callback(*result); });
    };
    m_backend->commandSocket()->request(requests().deleteInterface(interface->ifindex, wdev),
                                        std::move(handlers));
}

void InterfaceManager::setUp(std::uint64_t wdev, bool up, Callback callback)
{
    const auto interface = m_backend->interfaceByWdev(wdev);
    if (!interface) {
        callback(notFound(QStringLiteral("no interface with wdev 0x%1").arg(wdev, 0, 16)));
        return;
    }
    auto result = std::make_shared<InterfaceOperationResult>();
    result->stage = Stage::BringUp;
    result->interface = interface;
    const QString label = Interfaces::interfaceLabel(*interface);
    m_starter->setUp(*interface, up, [this, result, wdev, up, label, callback](const Netlink::Error &error) {
        if (error.isError()) {
            failed(*result, Stage::BringUp,
                   up ? QStringLiteral("cannot bring %1 up").arg(label)
                      : QStringLiteral("cannot bring %1 down").arg(label),
                   error);
            callback(*result);
            return;
        }
        if (!result->interface->hasNetdev()) {
            up ? void(m_stopped.remove(wdev)) : void(m_stopped.insert(wdev));
        }
        result->ok = true;
        finish(*result, wdev, up, callback);
    });
}

void InterfaceManager::finish(InterfaceOperationResult result, std::uint64_t wdev, std::optional<bool> up,
                              Callback callback)
{
    result.stage = Stage::Done;
    const bool netdev = result.interface && result.interface->hasNetdev();
    waitForModel(
        m_backend, this, wdev,
        [netdev, up](const std::optional<Interface> &now) {
            if (!now) {
                return false;
            }
            if (!netdev) {
                return true;
            }
            return up ? now->up == *up : now->up.has_value();
        },
        [this, result, wdev, callback]() mutable {
            if (const auto now = m_backend->interfaceByWdev(wdev)) {
                result.interface = now;
            }
            callback(result);
        });
}

InterfaceOperationResult InterfaceManager::waitFor(const std::function<void(Callback)> &operation,
                                                   int timeoutMs)
{
    // Shared with the callback: after a timeout it may still come, and must find something alive.
    struct State
    {
        InterfaceOperationResult result;
        bool done = false;
        QEventLoop *loop = nullptr;
    };
    auto state = std::make_shared<State>();
    state->result.error = QStringLiteral("the kernel did not answer within %1 s").arg(timeoutMs / 1000);
    operation([state](const InterfaceOperationResult &outcome) {
        if (state->done) {
            return;
        }
        state->result = outcome;
        state->done = true;
        if (state->loop) {
            state->loop->quit();
        }
    });
    if (!state->done) {
        QEventLoop loop;
        state->loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        state->loop = nullptr;
    }
    return state->result;
}

Nl80211::InterfaceRequests InterfaceManager::requests() const
{
    return Nl80211::InterfaceRequests(m_backend->family().id);
}

} // namespace Airpane
