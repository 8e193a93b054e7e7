// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bss.h"
#include "peer.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Airpane {

class HelperClient;

// Performs what the user asks for, through the helper client, and knows which of the helper's
// polkit actions will ask for a password (KAuth's action status), so that the UI can mark them.
// Answers come back to a callback, called only while CONTEXT lives, with errors in words the user
// can act on.
class ActionHandler : public QObject
{
    Q_OBJECT
public:
    enum class Authorization {
        Unknown,          // not asked yet, or polkit could not say
        Granted,          // runs without asking
        PasswordRequired, // polkit will ask for a password
        Denied,           // polkit refuses
    };
    Q_ENUM(Authorization)
    using AuthorizationSource = std::function<Authorization(const QString &action)>;

    explicit ActionHandler(HelperClient *client, QObject *parent = nullptr);

    // ACTION is a polkit action id (org.airpane.helper.*). The answer is cached; the first question
    // asks polkit, synchronously, so it is asked once the window is up (checkAuthorizations()).
    Authorization authorization(const QString &action) const;
    void checkAuthorizations();
    // Tests answer instead of polkit.
    void setAuthorizationSource(AuthorizationSource source);

    void refresh();
    bool eventsPaused() const { return m_eventsPaused; }
    void setEventsPaused(bool paused);

    using ResultCallback = std::function<void(const Client::OperationResult &)>;
    using VerdictCallback = std::function<void(const Client::InterfaceVerdict &)>;
    // Whether one more interface of TYPE could run on RADIO now; changes nothing.
    void checkInterface(uint radio, const QString &type, QObject *context, VerdictCallback done);
    void createInterface(uint radio, const QString &name, const QString &type, QObject *context,
                         ResultCallback done);
    void setInterfaceType(const QString &wdev, const QString &type, QObject *context, ResultCallback done);
    void deleteInterface(const QString &wdev, QObject *context, ResultCallback done);

    // Wi-Fi Direct discovery on RADIO for SECONDS: searching and listening in turn, or listening
    // only. This session's P2P device is started on RADIO first (and ended elsewhere) when needed.
    void findPeers(uint radio, int seconds);
    void listenP2p(uint radio, int seconds);
    void stopP2p();
    // Deletes this session's P2P device, if it has one.
    void endP2p();

    // Scanning on INTERFACE (by name). The live scan's MODE is off, passive (only other programs'
    // scans are read) or live; BANDS are 2.4GHz, 5GHz, 6GHz, all when empty.
    struct LiveScan
    {
        QString mode = QStringLiteral("live");
        int intervalSeconds = 10;
        QStringList bands;
        bool passive = false;
    };
    void triggerScan(const QString &interface, QObject *context, ResultCallback done);
    void setLiveScan(const QString &interface, const LiveScan &settings, QObject *context,
                     ResultCallback done);
    using DetailsCallback = std::function<void(const Client::BssDetails &)>;
    // One BSS with its decoded elements.
    void bssDetails(const QString &key, QObject *context, DetailsCallback done);

    static const QStringList &actions();

Q_SIGNALS:
    void authorizationsChanged();
    void eventsPausedChanged(bool paused);
    // A Wi-Fi Direct request failed; MESSAGE says why, for people.
    void p2pFailed(const QString &message);

private:
    static Authorization askKAuth(const QString &action);
    // Runs DISCOVER once this session's P2P device runs on RADIO.
    void withP2pDevice(uint radio, std::function<void()> discover);

    HelperClient *m_client;
    AuthorizationSource m_source;
    QHash<QString, Authorization> m_authorizations;
    bool m_eventsPaused = false;
};

} // namespace Airpane
