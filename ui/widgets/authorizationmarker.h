// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/actionhandler.h"

#include <QIcon>
#include <QPointer>

class QAction;

namespace Airpane {

// Puts a lock on the actions that will ask for a password (KAuth's status of their polkit action),
// and keeps it current.
class AuthorizationMarker : public QObject
{
    Q_OBJECT
public:
    explicit AuthorizationMarker(ActionHandler *handler, QObject *parent = nullptr);

    // ACTION runs the helper's polkit action POLKITACTION; ICON is its own icon.
    void mark(QAction *action, const QString &polkitAction, const QIcon &icon);
    static bool showsLock(const QAction *action);

private:
    struct Marked
    {
        QPointer<QAction> action;
        QString polkitAction;
        QIcon icon;
        QString toolTip;
    };
    void update();

    ActionHandler *m_handler;
    QList<Marked> m_marked;
};

} // namespace Airpane
