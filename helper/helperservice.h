// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contract.h"
#include "helpercontext.h"

#include <QDBusContext>
#include <QDBusObjectPath>
#include <QDBusServiceWatcher>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace Airpane {

class Session;

// org.airpane.Helper1 at /org/airpane/Helper1: opens sessions, ends them when their clients leave
// the bus (with what they created), and quits when idle.
class HelperService
    : public QObject
    , protected QDBusContext
{
    Q_OBJECT
public:
    HelperService(const HelperContext &context, int idleTimeoutMs, QObject *parent = nullptr);
    ~HelperService() override;

    // Registers the object and claims the bus name; false with ERROR if another helper runs.
    bool registerOnBus(QString *error);
    int sessionCount() const { return int(m_sessions.size()); }

public Q_SLOTS: // org.airpane.Helper1, through its generated adaptor
    QDBusObjectPath OpenSession();
    QVariantMap GetInfo();

Q_SIGNALS:
    void idle();

private:
    void clientGone(const QString &client);
    void sessionEnded(Session *session);
    void checkIdle();
    bool isLab() const;

    HelperContext m_context;
    QMap<QString, Session *> m_sessions; // by object path
    QDBusServiceWatcher m_watcher;
    QTimer m_idleTimer;
    quint64 m_nextSession = 1;
};

} // namespace Airpane
