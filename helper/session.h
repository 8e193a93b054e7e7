// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contract.h"
#include "helpercontext.h"

#include <QDBusContext>
#include <QDBusObjectPath>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace Airpane {

struct Event;
struct Interface;
struct Radio;
struct InterfaceOperationResult;
namespace P2p {
class Discovery;
struct Diagnosis;
class P2pSession;
struct SentFrame;
} // namespace P2p
namespace Scan {
class ScanGovernor;
}

// A client's session (org.airpane.Helper1.Session): its calls, its subscriptions, and its live
// data, sent as signals targeted at the owner only, as deltas batched to at most 20 per second
// per topic. Calls from any other client are refused.
class Session
    : public QObject
    , protected QDBusContext
{
    Q_OBJECT
public:
    Session(const HelperContext &context, const QString &owner, const QDBusObjectPath &path,
            QObject *parent = nullptr);

    const QString &owner() const { return m_owner; }
    const QDBusObjectPath &path() const { return m_path; }
    // Ends the session; when the helper ends it, the owner hears why.
    void end(const QString &reason = QString());

public Q_SLOTS: // org.airpane.Helper1.Session, through its generated adaptor
    void Close();
    void Subscribe(const QStringList &topics);
    void Unsubscribe(const QStringList &topics);
    QVariantMapList GetRadios();
    QVariantMapList GetInterfaces();
    QVariantMapList GetRegulatory();
    QVariantMapList GetStations(const QString &interface);
    QVariantMapList GetSurvey(const QString &interface);
    // sessionstations.cpp
    uint WatchStations(const QStringList &interfaces, uint intervalMs);
    // sessionscan.cpp
    void TriggerScan(const QString &interface, const QVariantMap &options);
    void SetLiveScan(const QString &interface, const QVariantMap &settings);
    QVariantMapList GetBss();
    QVariantMap GetBssDetails(const QString &key);
    // sessioninterfaces.cpp
    QVariantMap CreateInterface(uint radio, const QString &name, const QString &type,
                                const QVariantMap &options);
    QVariantMap DeleteInterface(qulonglong wdev);
    QVariantMap SetInterfaceType(qulonglong wdev, const QString &type, const QVariantMap &options);
    QVariantMap CheckInterface(uint radio, const QString &type, const QVariantMap &options);
    QVariantMapList GetCombinations();
    // sessionp2p.cpp
    QVariantMap StartP2p(uint radio, const QVariantMap &device);
    void FindPeers(uint timeout);
    void ListenP2p(uint timeout);
    void StopP2p();
    void EndP2p();
    QVariantMapList GetPeers();
    QVariantMapList DiagnoseP2p();

Q_SIGNALS:
    void ended(Airpane::Session *session);

private:
    // Owner and rate checks; on failure the error is sent and false returned.
    bool admit();
    // Delays the reply and runs WORK once ACTION is authorized for the caller.
    void authorized(const QString &action, std::function<void(const QDBusMessage &)> work);
    void replyList(const QDBusMessage &message, const QVariantMapList &list);
    // Answers CALL with DIAGNOSES, each P2P device another program runs named with its owner.
    void nameP2pOwners(const QDBusMessage &call, QList<P2p::Diagnosis> diagnoses);
    void onRadio(std::uint32_t index, bool removed);
    void onInterface(std::uint64_t wdev, bool removed);
    void onEvent(const Event &event);
    void scheduleFlush();
    void flush();
    void sendSignal(const QString &name, const QVariantList &arguments);
    QVariantMapList radios() const;
    QVariantMapList interfaces() const;
    QVariantMapList regulatory() const;
    void connectScans();
    void onBssesChanged(const QStringList &changed, const QStringList &removed);
    void onScanState(std::uint64_t wdev, const QString &state, bool ours);
    // The interface NAME names, answering CALL with the error when there is none.
    std::optional<Interface> interfaceFor(const QDBusMessage &call, const QString &name);
    // The radio with index RADIO, answering CALL with NotFound when there is none.
    std::optional<Radio> radioFor(const QDBusMessage &call, uint radio);
    // The interface with WDEV, answering CALL with NotFound when there is none.
    std::optional<Interface> interfaceFor(const QDBusMessage &call, std::uint64_t wdev);
    void replyOperation(const QDBusMessage &call, const InterfaceOperationResult &result);
    // Deletes what this session created: its P2P device and its interfaces.
    void releaseOwned();
    void connectP2p();
    void onPeer(const QString &address, bool removed);
    void onP2pState(const QString &state);
    void onFrameStatus(const P2p::SentFrame &frame);
    void connectStations();
    // Hands the session's watch to the station monitor while it subscribes to "stations".
    void applyStationWatch();
    void onStations(const QString &interface, const QStringList &changed, const QStringList &removed,
                    bool joinedOrLeft);
    void flushStations();
    // FindPeers' and ListenP2p's checks, then START on the session's discovery; answers CALL.
    void startDiscovery(const QDBusMessage &call, uint timeout,
                        const std::function<void(P2p::Discovery *, int ms)> &start);

    HelperContext m_context;
    QString m_owner;
    QDBusObjectPath m_path;
    QSet<QString> m_topics;
    bool m_ended = false;

    // Deltas waiting for the next flush.
    QMap<std::uint32_t, QVariantMap> m_changedRadios;
    QSet<std::uint32_t> m_removedRadios;
    QMap<QString, QVariantMap> m_changedInterfaces;
    QSet<QString> m_removedInterfaces;
    bool m_regulatoryChanged = false;
    QVariantMapList m_events;
    QSet<QString> m_changedBss;
    // Topics just subscribed to: their whole state goes out even when it is empty, so that the
    // client can tell "nothing" from "not yet" and drop what a previous session left.
    QSet<QString> m_snapshotDue;
    QSet<QString> m_removedBss;
    QVariantMapList m_scanStates;
    QSet<std::uint64_t> m_ownScans;
    QMap<std::uint64_t, Scan::ScanGovernor *> m_governors;
    // Interfaces created through this session: deleted when it ends.
    QSet<std::uint64_t> m_createdInterfaces;
    P2p::P2pSession *m_p2p = nullptr;
    QMap<QString, QVariantMap> m_changedPeers;
    QSet<QString> m_removedPeers;
    QStringList m_p2pStates;
    QVariantMapList m_sentFrames;
    // WatchStations: the interfaces, the interval, and the stations ("INTERFACE/MAC") to send.
    QStringList m_stationInterfaces;
    int m_stationIntervalMs = 1000;
    QSet<QString> m_changedStations;
    QSet<QString> m_removedStations;
    bool m_stationsDue = false;  // the interval has passed, or a station joined or left
    qint64 m_stationsSentMs = 0; // monotonic
    QTimer m_stationTimer;       // paces changes to the session's interval
    QTimer m_flushTimer;
};

} // namespace Airpane
