// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizedcall.h"

#include "authorizer.h"
#include "contract.h"

#include <QPointer>

namespace Airpane {
namespace {

QString whatTheActionAllows(const QString &action)
{
    if (action == Contract::Action::monitor) {
        return QStringLiteral("watch Wi-Fi radios and networks");
    }
    if (action == Contract::Action::scan) {
        return QStringLiteral("scan for Wi-Fi networks");
    }
    if (action == Contract::Action::interfaces) {
        return QStringLiteral("create, change or delete Wi-Fi interfaces");
    }
    if (action == Contract::Action::p2p) {
        return QStringLiteral("use Wi-Fi Direct");
    }
    return action;
}

} // namespace

void replyError(const HelperContext &context, const QDBusMessage &message, const QString &name,
                const QString &text)
{
    context.connection.send(message.createErrorReply(name, text));
}

void authorizedCall(const HelperContext &context, QObject *receiver, const QDBusMessage &message,
                    const QString &action, std::function<void(const QDBusMessage &)> work)
{
    QPointer<QObject> guard(receiver);
    context.authorizer->authorize(
        message, action, [context, guard, message, action, work](Authorizer::Outcome outcome) {
            if (!guard) {
                return;
            }
            const QString what = whatTheActionAllows(action);
            switch (outcome) {
            case Authorizer::Outcome::Allowed:
                work(message);
                return;
            case Authorizer::Outcome::Denied:
                replyError(context, message, Contract::Error::notAuthorized,
                           QStringLiteral("You are not allowed to %1 (polkit action %2).").arg(what, action));
                return;
            case Authorizer::Outcome::InteractionRequired:
                replyError(
                    context, message, Contract::Error::interactionRequired,
                    QStringLiteral("To %1 you must authenticate, but the request did not allow a password "
                                   "prompt (polkit action %2).")
                        .arg(what, action));
                return;
            case Authorizer::Outcome::Unavailable:
                replyError(context, message, Contract::Error::notAuthorized,
                           QStringLiteral(
                               "Cannot ask polkit whether you may %1, so it is refused. Is polkitd running?")
                               .arg(what));
                return;
            }
        });
}

} // namespace Airpane
