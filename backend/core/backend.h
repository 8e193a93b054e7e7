// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/event.h"
#include "model/interface.h"
#include "model/radio.h"
#include "model/regulatorydomain.h"
#include "model/station.h"
#include "model/surveyentry.h"
#include "nl/genericfamily.h"
#include "nl/message.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <memory>

namespace Airpane {

namespace Netlink {
class Socket;
}
namespace Nl80211 {
class Requests;
}

// Airpane's driver-facing layer: the machine's radios, their interfaces and the regulatory state,
// kept current from nl80211 events and rtnetlink link state, and the queries and operations on
// them. It needs CAP_NET_ADMIN for operations; reading works unprivileged.
class Backend : public QObject
{
    Q_OBJECT
public:
    explicit Backend(QObject *parent = nullptr);
    ~Backend() override;

    // Opens the sockets and starts the first dumps; ready() follows when they are in.
    bool start(QString *error);
    bool isReady() const { return m_ready; }
    // Runs the event loop until ready() or TIMEOUTMS; for command-line use.
    bool waitForReady(int timeoutMs = 10000);

    QList<Radio> radios() const { return m_radios.values(); }
    std::optional<Radio> radio(std::uint32_t index) const;
    std::optional<Radio> radioByName(const QString &name) const;
    QList<Interface> interfaces() const { return m_interfaces.values(); }
    std::optional<Interface> interfaceByWdev(std::uint64_t wdev) const;
    std::optional<Interface> interfaceByName(const QString &name) const;
    std::optional<Interface> interfaceByIndex(std::uint32_t ifindex) const;
    QList<RegulatoryDomain> regulatoryDomains() const { return m_regulatory; }

    using StationsCallback = std::function<void(const QList<Station> &, const QString &error)>;
    using SurveyCallback = std::function<void(const QList<SurveyEntry> &, const QString &error)>;
    void requestStations(std::uint32_t ifindex, StationsCallback callback);
    void requestSurvey(std::uint32_t ifindex, SurveyCallback callback);

    const Netlink::GenericFamily &family() const { return m_family; }
    Netlink::Socket *commandSocket() const { return m_command; }

    // Counts of full re-dumps after receive overruns, for diagnostics and tests.
    int overrunCount() const { return m_overruns; }

Q_SIGNALS:
    void ready();
    void radioAdded(std::uint32_t index);
    void radioChanged(std::uint32_t index);
    void radioRemoved(std::uint32_t index);
    void interfaceAdded(std::uint64_t wdev);
    void interfaceChanged(std::uint64_t wdev);
    void interfaceRemoved(std::uint64_t wdev);
    void regulatoryChanged();
    void eventReceived(const Airpane::Event &event);
    // A problem the user should hear of (a failed dump, a malformed message).
    void problem(const QString &message);

private:
    void dumpRadios(std::optional<std::uint32_t> index = std::nullopt);
    void dumpInterfaces();
    void dumpRegulatory();
    void dumpLinks();
    void dumpEverything();
    void onEvent(const Netlink::Message &message);
    void onLink(const Netlink::Message &message);
    void applyInterface(const Interface &interface, bool announce);
    void removeInterface(std::uint64_t wdev);
    void removeRadio(std::uint32_t index);
    void dumpFinished();

    Netlink::GenericFamily m_family;
    std::unique_ptr<Nl80211::Requests> m_requests;
    Netlink::Socket *m_command = nullptr;
    Netlink::Socket *m_events = nullptr;
    Netlink::Socket *m_route = nullptr;

    QMap<std::uint32_t, Radio> m_radios;
    QMap<std::uint64_t, Interface> m_interfaces;
    QList<RegulatoryDomain> m_regulatory;
    struct Link
    {
        bool up = false;
        bool lowerUp = false;
        QString operState;
    };
    QMap<std::uint32_t, Link> m_links;

    int m_pendingDumps = 0;
    bool m_ready = false;
    bool m_interfaceDumpRunning = false;
    bool m_interfacesStale = false;
    int m_overruns = 0;
};

} // namespace Airpane
