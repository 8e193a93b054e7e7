// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientstate.h"

#include <QSet>

namespace Airpane {

ClientState::ClientState(QObject *parent)
    : QObject(parent)
    , m_wifiDirect(new WifiDirectState(this))
    , m_scans(new ScanState(this))
    , m_stations(new StationState(this))
{}

QList<Client::Radio> ClientState::radios() const
{
    QList<Client::Radio> list;
    list.reserve(qsizetype(m_radios.size()));
    for (const auto &[index, radio] : m_radios) {
        list.append(radio);
    }
    return list;
}

const Client::Radio *ClientState::radio(uint index) const
{
    const auto it = m_radios.find(index);
    return it == m_radios.end() ? nullptr : &it->second;
}

QString ClientState::radioName(uint index) const
{
    const Client::Radio *found = radio(index);
    return found ? found->name : QStringLiteral("#%1").arg(index);
}

QList<Client::Interface> ClientState::interfaces() const
{
    return m_interfaces.values();
}

const Client::Interface *ClientState::interface(const QString &wdev) const
{
    const auto it = m_interfaces.constFind(wdev);
    return it == m_interfaces.constEnd() ? nullptr : &it.value();
}

QList<Client::Interface> ClientState::interfacesOf(uint radio) const
{
    QList<Client::Interface> list;
    for (const Client::Interface &interface : m_interfaces) {
        if (interface.radio == radio) {
            list.append(interface);
        }
    }
    std::sort(list.begin(), list.end(), [](const Client::Interface &a, const Client::Interface &b) {
        return std::pair(a.name.isEmpty(), a.displayName()) < std::pair(b.name.isEmpty(), b.displayName());
    });
    return list;
}

std::optional<Client::RegulatoryDomain> ClientState::regulatoryDomainOf(uint radio) const
{
    std::optional<Client::RegulatoryDomain> global;
    for (const Client::RegulatoryDomain &domain : m_regulatory) {
        if (domain.radio == radio) {
            return domain;
        }
        if (!domain.radio) {
            global = domain;
        }
    }
    return global;
}

void ClientState::resetRadios(const QList<Client::Radio> &radios)
{
    QSet<uint> present;
    for (const Client::Radio &radio : radios) {
        present.insert(radio.index);
    }
    QList<uint> gone;
    for (const auto &[index, radio] : m_radios) {
        if (!present.contains(index)) {
            gone.append(index);
        }
    }
    updateRadios(radios, gone);
}

void ClientState::updateRadios(const QList<Client::Radio> &changed, const QList<uint> &removed)
{
    for (const uint index : removed) {
        removeRadio(index);
    }
    for (const Client::Radio &radio : changed) {
        storeRadio(radio);
    }
}

void ClientState::storeRadio(const Client::Radio &radio)
{
    const auto it = m_radios.find(radio.index);
    if (it == m_radios.end()) {
        m_radios.emplace(radio.index, radio);
        Q_EMIT radioAdded(radio.index);
    } else if (!(it->second == radio)) {
        it->second = radio;
        Q_EMIT radioChanged(radio.index);
    }
}

void ClientState::removeRadio(uint index)
{
    if (m_radios.erase(index) > 0) {
        Q_EMIT radioRemoved(index);
    }
}

void ClientState::resetInterfaces(const QList<Client::Interface> &interfaces)
{
    QSet<QString> present;
    for (const Client::Interface &interface : interfaces) {
        present.insert(interface.wdev);
    }
    QStringList gone;
    for (auto it = m_interfaces.cbegin(); it != m_interfaces.cend(); ++it) {
        if (!present.contains(it.key())) {
            gone.append(it.key());
        }
    }
    updateInterfaces(interfaces, gone);
}

void ClientState::updateInterfaces(const QList<Client::Interface> &changed, const QStringList &removed)
{
    for (const QString &wdev : removed) {
        removeInterface(wdev);
    }
    for (const Client::Interface &interface : changed) {
        storeInterface(interface);
    }
}

void ClientState::storeInterface(const Client::Interface &interface)
{
    const auto it = m_interfaces.find(interface.wdev);
    if (it == m_interfaces.end()) {
        m_interfaces.insert(interface.wdev, interface);
        Q_EMIT interfaceAdded(interface.wdev);
    } else if (it->radio != interface.radio) {
        // An interface never moves between radios; if a wdev id comes back on another radio it is
        // another interface.
        removeInterface(interface.wdev);
        storeInterface(interface);
    } else if (!(it.value() == interface)) {
        it.value() = interface;
        Q_EMIT interfaceChanged(interface.wdev);
    }
}

void ClientState::removeInterface(const QString &wdev)
{
    const auto it = m_interfaces.find(wdev);
    if (it == m_interfaces.end()) {
        return;
    }
    const Client::Interface old = it.value();
    m_interfaces.erase(it);
    Q_EMIT interfaceRemoved(old);
}

void ClientState::setRegulatoryDomains(const QList<Client::RegulatoryDomain> &domains)
{
    if (domains == m_regulatory) {
        return;
    }
    m_regulatory = domains;
    Q_EMIT regulatoryChanged();
}

void ClientState::addEvents(const QList<Client::Event> &events)
{
    if (!events.isEmpty()) {
        Q_EMIT eventsReceived(events);
    }
}

} // namespace Airpane
