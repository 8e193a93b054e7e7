// SPDX-License-Identifier: GPL-3.0-or-later
// The interface part of org.airpane.Helper1.Session: create, change, delete, check.
#include "session.h"

#include "authorizedcall.h"
#include "validation.h"

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "p2p/p2psession.h"
#include "json/interfacejson.h"

#include <QPointer>

namespace Airpane {
std::optional<Radio> Session::radioFor(const QDBusMessage &call, uint radio)
{
    const auto found = m_context.backend->radio(radio);
    if (!found) {
        replyError(m_context, call, Contract::Error::notFound,
                   QStringLiteral("There is no radio %1 (GetRadios lists them).").arg(radio));
    }
    return found;
}

std::optional<Interface> Session::interfaceFor(const QDBusMessage &call, std::uint64_t wdev)
{
    const auto interface = m_context.backend->interfaceByWdev(wdev);
    if (!interface) {
        replyError(m_context, call, Contract::Error::notFound,
                   QStringLiteral("There is no interface with wdev 0x%1.").arg(wdev, 0, 16));
    }
    return interface;
}

void Session::replyOperation(const QDBusMessage &call, const InterfaceOperationResult &result)
{
    if (!result.ok) {
        // The pre-check's reason or the kernel's own words; partial work was rolled back.
        replyError(m_context, call, Contract::Error::failed, result.error);
        return;
    }
    m_context.connection.send(call.createReply(Contract::variantFromJson(Json::operationResult(result))));
}

QVariantMap Session::CreateInterface(uint radio, const QString &name, const QString &type,
                                     const QVariantMap &options)
{
    if (!admit()) {
        return {};
    }
    authorized(Contract::Action::interfaces, [this, radio, name, type, options](const QDBusMessage &call) {
        CreateInterfaceRequest request;
        request.radio = radio;
        request.name = name;
        request.up = true;
        request.owned = true; // by the helper's socket: gone with the helper, whatever ends it
        QString error;
        const auto interfaceType = Validation::interfaceType(type, &error);
        if (!Validation::isInterfaceName(name)) {
            error = QStringLiteral("\"%1\" is not an interface name (1 to 15 of A-Z a-z 0-9 _ . -).")
                        .arg(name.left(64));
        } else if (interfaceType) {
            request.type = *interfaceType;
            Validation::createOptions(options, request, &error);
        }
        if (!error.isEmpty()) {
            replyError(m_context, call, Contract::Error::invalidArgument, error);
            return;
        }
        if (!radioFor(call, radio)) {
            return;
        }
        QPointer<Session> self(this);
        InterfaceManager *manager = m_context.interfaces;
        manager->create(request, [self, call, manager](const InterfaceOperationResult &result) {
            if (!self || self->m_ended) {
                // Its session ended while the kernel worked: nobody owns it any more.
                if (result.ok && result.interface) {
                    manager->remove(result.interface->wdev, [](const InterfaceOperationResult &) {});
                }
                return;
            }
            if (result.ok && result.interface) {
                self->m_createdInterfaces.insert(result.interface->wdev);
            }
            self->replyOperation(call, result);
        });
    });
    return {};
}

QVariantMap Session::DeleteInterface(qulonglong wdev)
{
    if (!admit()) {
        return {};
    }
    authorized(Contract::Action::interfaces, [this, wdev](const QDBusMessage &call) {
        if (!interfaceFor(call, wdev)) {
            return;
        }
        QPointer<Session> self(this);
        m_context.interfaces->remove(wdev, [self, call, wdev](const InterfaceOperationResult &result) {
            if (self) {
                self->m_createdInterfaces.remove(wdev);
                self->replyOperation(call, result);
            }
        });
    });
    return {};
}

QVariantMap Session::SetInterfaceType(qulonglong wdev, const QString &type, const QVariantMap &options)
{
    if (!admit()) {
        return {};
    }
    authorized(Contract::Action::interfaces, [this, wdev, type, options](const QDBusMessage &call) {
        ChangeTypeRequest request;
        request.wdev = wdev;
        QString error;
        if (const auto interfaceType = Validation::interfaceType(type, &error)) {
            request.type = *interfaceType;
            Validation::changeTypeOptions(options, request, &error);
        }
        if (!error.isEmpty()) {
            replyError(m_context, call, Contract::Error::invalidArgument, error);
            return;
        }
        if (!interfaceFor(call, wdev)) {
            return;
        }
        QPointer<Session> self(this);
        m_context.interfaces->changeType(request, [self, call](const InterfaceOperationResult &result) {
            if (self) {
                self->replyOperation(call, result);
            }
        });
    });
    return {};
}

QVariantMap Session::CheckInterface(uint radio, const QString &type, const QVariantMap &options)
{
    if (!admit()) {
        return {};
    }
    authorized(Contract::Action::monitor, [this, radio, type, options](const QDBusMessage &call) {
        Interfaces::Candidate candidate;
        QString error;
        if (const auto interfaceType = Validation::interfaceType(type, &error)) {
            candidate.type = *interfaceType;
            Validation::checkOptions(options, candidate, &error);
        }
        if (!error.isEmpty()) {
            replyError(m_context, call, Contract::Error::invalidArgument, error);
            return;
        }
        if (!radioFor(call, radio)) {
            return;
        }
        const InterfaceVerdict verdict = m_context.interfaces->checkType(radio, candidate);
        m_context.connection.send(call.createReply(Contract::variantFromJson(Json::verdict(verdict))));
    });
    return {};
}

QVariantMapList Session::GetCombinations()
{
    if (admit()) {
        authorized(Contract::Action::monitor, [this](const QDBusMessage &call) {
            QVariantMapList list;
            for (const Radio &radio : m_context.backend->radios()) {
                if (const auto report = m_context.interfaces->concurrency(radio.index)) {
                    list.append(Contract::variantFromJson(Json::concurrency(*report)));
                }
            }
            replyList(call, list);
        });
    }
    return {};
}

void Session::releaseOwned()
{
    if (m_p2p) {
        m_p2p->end();
    }
    for (const std::uint64_t wdev : std::as_const(m_createdInterfaces)) {
        if (m_context.backend->interfaceByWdev(wdev)) {
            m_context.interfaces->remove(wdev, [](const InterfaceOperationResult &) {});
        }
    }
    m_createdInterfaces.clear();
}

} // namespace Airpane
