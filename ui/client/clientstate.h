// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "interface.h"
#include "radio.h"
#include "regulatorydomain.h"
#include "scanstate.h"
#include "stationstate.h"
#include "wifidirectstate.h"

#include <QMap>
#include <QObject>

#include <map>

namespace Airpane {

// What the front end knows about the machine's radios, interfaces and regulatory domains, kept
// current from the helper's snapshots and deltas. The models listen to its signals. It knows
// nothing of D-Bus: HelperClient feeds it from the helper, the tests from recorded JSON.
class ClientState : public QObject
{
    Q_OBJECT
public:
    explicit ClientState(QObject *parent = nullptr);

    QList<Client::Radio> radios() const; // by index
    const Client::Radio *radio(uint index) const;
    // The radio's name (phy0), or "#INDEX" for a radio that is gone.
    QString radioName(uint index) const;

    QList<Client::Interface> interfaces() const;
    const Client::Interface *interface(const QString &wdev) const;
    QList<Client::Interface> interfacesOf(uint radio) const; // by name, P2P devices last

    QList<Client::RegulatoryDomain> regulatoryDomains() const { return m_regulatory; }
    // This session's Wi-Fi Direct device and peers.
    WifiDirectState *wifiDirect() const { return m_wifiDirect; }
    // The BSSes heard and the scans running.
    ScanState *scans() const { return m_scans; }
    // The stations of the watched interfaces: a link's AP, an access point's clients.
    StationState *stations() const { return m_stations; }
    // The domain RADIO follows: its own when self-managed, else the global one.
    std::optional<Client::RegulatoryDomain> regulatoryDomainOf(uint radio) const;

    // A whole snapshot: adds, changes and removes whatever differs from what is known.
    void resetRadios(const QList<Client::Radio> &radios);
    void updateRadios(const QList<Client::Radio> &changed, const QList<uint> &removed);
    void resetInterfaces(const QList<Client::Interface> &interfaces);
    void updateInterfaces(const QList<Client::Interface> &changed, const QStringList &removed);
    void setRegulatoryDomains(const QList<Client::RegulatoryDomain> &domains);
    void addEvents(const QList<Client::Event> &events);

Q_SIGNALS:
    void radioAdded(uint index);
    void radioChanged(uint index);
    void radioRemoved(uint index);
    void interfaceAdded(const QString &wdev);
    void interfaceChanged(const QString &wdev);
    // After the interface is gone; OLD is what it was.
    void interfaceRemoved(const Airpane::Client::Interface &old);
    void regulatoryChanged();
    void eventsReceived(const QList<Airpane::Client::Event> &events);

private:
    void storeRadio(const Client::Radio &radio);
    void removeRadio(uint index);
    void storeInterface(const Client::Interface &interface);
    void removeInterface(const QString &wdev);

    std::map<uint, Client::Radio> m_radios;
    QMap<QString, Client::Interface> m_interfaces; // by wdev
    QList<Client::RegulatoryDomain> m_regulatory;
    WifiDirectState *m_wifiDirect;
    ScanState *m_scans;
    StationState *m_stations;
};

} // namespace Airpane
