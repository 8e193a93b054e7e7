// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientstate.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

#include <memory>

class OrgAirpaneHelper1Interface;
class OrgAirpaneHelper1SessionInterface;
class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace Airpane {

// The front end's one link to airpane-helper: it owns the proxies generated from the D-Bus contract
// and the session, turns the helper's signals into ClientState's domain signals, and reconnects
// (a new session, the same subscriptions) whenever the helper restarts. Nothing else in the UI
// sees D-Bus.
class HelperClient : public QObject
{
    Q_OBJECT
public:
    enum class Connection {
        Idle,         // start() not called: a client fed by hand (tests)
        Connecting,   // the first session is being opened
        Connected,    // a session with the whole state loaded
        Reconnecting, // the helper went away; what is shown is its last state
        Unavailable,  // no helper to talk to; retrying
    };
    Q_ENUM(Connection)

    explicit HelperClient(QObject *parent = nullptr);
    ~HelperClient() override;

    ClientState *state() const { return m_state; }

    // Connects to the helper on the system bus; keeps trying until it answers.
    void start();
    Connection connection() const { return m_connection; }
    // Connected, and the whole state of the session loaded.
    bool isSynchronized() const { return m_synchronized; }
    // Why the helper is unavailable, in words for the user; empty when it is not.
    QString problem() const { return m_problem; }
    QString helperVersion() const { return m_version; }
    // The helper runs on the virtual lab's simulated radios.
    bool isLab() const { return m_lab; }

    // Topics of live data (radios, interfaces, regulatory, events); kept across reconnections.
    QStringList topics() const;
    void subscribe(const QStringList &topics);
    void unsubscribe(const QStringList &topics);
    // Reads the whole state again.
    void refresh();
    // Follows the stations of INTERFACES live (topic "stations"), read every INTERVALMS at most as
    // often as the helper allows; kept across reconnections. No interfaces: the helper reads nothing.
    void watchStations(const QStringList &interfaces, int intervalMs);

    // When each step of the way to live data last happened, in ms of CLOCK_MONOTONIC
    // (QElapsedTimer::msecsSinceReference()), -1 where it has not: for the log and for
    // bench_recovery, which splits a restart into what the GUI controls and what it does not.
    struct Timeline
    {
        qint64 vanished = -1;         // the bus said the helper's name has no owner
        qint64 sessionRequested = -1; // OpenSession sent (it activates the helper)
        qint64 sessionOpened = -1;    // its reply
        qint64 subscribed = -1;       // Subscribe's reply
        qint64 firstDelta = -1;       // the first delta of the whole state arrived
        qint64 lastDelta = -1;        // the last one the whole state waited for arrived
        qint64 synchronized = -1;     // converted into the client state: synchronized()
        qint64 handlingMs = 0;        // of that, time spent converting and storing those deltas
        int attempts = 0;             // OpenSession calls since the helper went away
    };
    const Timeline &timeline() const { return m_timeline; }

    // The session's proxy for ActionHandler, which calls the helper's methods; null while there is
    // no session. Only the client facade (ui/client) includes the generated proxy's header.
    OrgAirpaneHelper1SessionInterface *session() const { return m_session.get(); }

Q_SIGNALS:
    void connectionChanged(Airpane::HelperClient::Connection connection);
    // The helper's info (version, lab) arrived.
    void infoChanged();
    // A new session's whole state is loaded; live data keep it current.
    void synchronized();

private:
    void connectToHelper();
    void requestInfo();
    void onSession(QDBusPendingCallWatcher *call, int attempt);
    void checkSynchronized();
    // A first delta of TOPIC arrived: true when the whole state was waiting for it.
    bool snapshotArrived(const QString &topic);
    // Counts the time until the returned guard goes as the GUI's handling of the whole state (while
    // it is awaited), so that the timeline can tell the GUI's work from the helper's.
    std::shared_ptr<void> handling();
    // The "bss" and "scan" topics into the scan state (helperclientscan.cpp).
    void connectScans(OrgAirpaneHelper1SessionInterface *session);
    void requestSurvey(const QString &interface);
    // The "p2p" topic into the Wi-Fi Direct state, and the helper's P2P diagnosis, asked again
    // whenever radios or interfaces change (helperclientp2p.cpp).
    void connectWifiDirect(OrgAirpaneHelper1SessionInterface *session);
    void setUpDiagnosis();
    void requestP2pDiagnosis();
    // The "stations" topic into the station state, and the watch sent to each session
    // (helperclientstations.cpp).
    void connectStations(OrgAirpaneHelper1SessionInterface *session);
    void sendStationWatch();
    // Reads the whole state of TOPICS (radios, interfaces, regulatory) with the Get methods.
    void loadSnapshot(const QStringList &topics);
    void helperVanished();
    void fail(const QString &errorName, const QString &message);
    void setConnection(Connection connection);
    void closeSession();

    ClientState *m_state;
    Connection m_connection = Connection::Idle;
    QString m_problem;
    QString m_version;
    bool m_lab = false;
    QSet<QString> m_topics;
    QSet<QString> m_awaiting; // topics whose first delta, the whole state, has not come yet
    bool m_synchronized = false;
    std::unique_ptr<OrgAirpaneHelper1Interface> m_helper;
    std::unique_ptr<OrgAirpaneHelper1SessionInterface> m_session;
    QDBusServiceWatcher *m_watcher = nullptr;
    QTimer m_retryTimer;
    QTimer m_snapshotTimer;
    QTimer m_diagnosisTimer; // gathers a burst of changes into one DiagnoseP2p
    int m_attempt = 0;       // replies of older attempts are ignored
    QStringList m_stationInterfaces;
    int m_stationIntervalMs = 1000;
    int m_failures = 0;
    Timeline m_timeline;
};

} // namespace Airpane
