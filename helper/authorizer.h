// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusMessage>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Airpane {

// Asks polkit whether the caller of a D-Bus message may perform an action. Asynchronous, so that
// sessions keep streaming while a password dialog is open. PolkitQt's asynchronous check reports
// its result without saying which request it answers, so checks run one at a time; a grant is
// remembered per client until it leaves the bus, which keeps the queue short.
//
// Polkit hears the D-Bus method as detail "method" (rules read it with action.lookup("method")),
// and grants are remembered per method: a rule may allow OpenSession alone, which is how the
// authorization audit proves that every other method asks polkit.
class Authorizer : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Allowed,
        Denied,
        InteractionRequired, // polkit wants a password but the call forbade interaction
        Unavailable,         // polkit could not be asked: denied
    };
    using Callback = std::function<void(Outcome)>;

    explicit Authorizer(QObject *parent = nullptr);

    void authorize(const QDBusMessage &message, const QString &action, Callback callback);
    void forgetClient(const QString &client);
    bool isBusy() const { return m_current.has_value() || !m_queue.isEmpty(); }

private:
    struct Request
    {
        QString client;
        QString action;
        QString method;
        bool interactive = false;
        Callback callback;
    };

    void startNext();
    void finish(Outcome outcome);
    static QString key(const Request &request)
    {
        return request.client + QLatin1Char('|') + request.action + QLatin1Char('|') + request.method;
    }

    QQueue<Request> m_queue;
    std::optional<Request> m_current;
    QSet<QString> m_granted;
    QTimer m_timeout;
};

} // namespace Airpane
