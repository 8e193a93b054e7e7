// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizationmarker.h"

#include "style/tintedsvgiconengine.h"

#include <QAction>

namespace Airpane {

AuthorizationMarker::AuthorizationMarker(ActionHandler *handler, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
{
    connect(handler, &ActionHandler::authorizationsChanged, this, &AuthorizationMarker::update);
}

void AuthorizationMarker::mark(QAction *action, const QString &polkitAction, const QIcon &icon)
{
    m_marked.append({action, polkitAction, icon, action->toolTip()});
    update();
}

bool AuthorizationMarker::showsLock(const QAction *action)
{
    return action->property("airpaneLocked").toBool();
}

void AuthorizationMarker::update()
{
    for (const Marked &marked : std::as_const(m_marked)) {
        if (!marked.action) {
            continue;
        }
        const ActionHandler::Authorization authorization = m_handler->authorization(marked.polkitAction);
        const bool locked = authorization == ActionHandler::Authorization::PasswordRequired;
        marked.action->setProperty("airpaneLocked", locked);
        marked.action->setIcon(locked ? tintedIcon(QStringLiteral("lock")) : marked.icon);
        QString toolTip = marked.toolTip;
        if (locked) {
            toolTip += QLatin1Char('\n') + tr("Asks for an administrator password.");
        } else if (authorization == ActionHandler::Authorization::Denied) {
            toolTip += QLatin1Char('\n') + tr("You are not allowed to do this.");
        }
        marked.action->setToolTip(toolTip);
    }
}

} // namespace Airpane
