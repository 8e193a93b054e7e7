// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include "nl/socket.h"
#include "nl80211/eventdecoder.h"
#include "nl80211/interfacedecoder.h"
#include "nl80211/regulatorydecoder.h"
#include "nl80211/requests.h"
#include "nl80211/wiphydecoder.h"
#include "rtnetlink/linkdecoder.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

#include <linux/netlink.h>
#include <linux/nl80211.h>
#include <linux/rtnetlink.h>

namespace Airpane {
namespace {

const QStringList eventGroups = {QStringLiteral("config"),     QStringLiteral("scan"),
                                 QStringLiteral("regulatory"), QStringLiteral("mlme"),
                                 QStringLiteral("vendor"),     QStringLiteral("nan")};

// Events after which an interface's SSID, channel or state may differ from what we hold.
bool changesInterfaceState(std::uint32_t command)
{
    switch (command) {
    case NL80211_CMD_CONNECT:
    case NL80211_CMD_DISCONNECT:
    case NL80211_CMD_ROAM:
    case NL80211_CMD_CH_SWITCH_NOTIFY:
    case NL80211_CMD_JOIN_IBSS:
    case NL80211_CMD_JOIN_MESH:
    case NL80211_CMD_LEAVE_MESH:
    case NL80211_CMD_START_P2P_DEVICE:
    case NL80211_CMD_STOP_P2P_DEVICE:
    case NL80211_CMD_STOP_AP:
    case NL80211_CMD_START_AP:
        return true;
    default:
        return false;
    }
}

} // namespace

Backend::Backend(QObject *parent)
    : QObject(parent)
{}

Backend::~Backend() = default;

bool Backend::start(QString *error)
{
    m_family = Netlink::GenericFamily::resolve(QStringLiteral("nl80211"), eventGroups, error);
    if (!m_family.isValid()) {
        return false;
    }
    m_requests = std::make_unique<Nl80211::Requests>(m_family.id);
    m_command = new Netlink::Socket(this);
    m_events = new Netlink::Socket(this);
    m_route = new Netlink::Socket(this);
    if (!m_command->open(NETLINK_GENERIC, error) || !m_events->open(NETLINK_GENERIC, error) ||
        !m_route->open(NETLINK_ROUTE, error)) {
        return false;
    }
    for (const unsigned group : std::as_const(m_family.groups)) {
        if (!m_events->joinGroup(group, error)) {
            return false;
        }
    }
    if (!m_route->joinGroup(RTNLGRP_LINK, error)) {
        return false;
    }
    connect(m_events, &Netlink::Socket::messageReceived, this, &Backend::onEvent);
    connect(m_route, &Netlink::Socket::messageReceived, this, &Backend::onLink);
    // Lost events leave the model stale: take everything again.
    connect(m_events, &Netlink::Socket::overrun, this, [this] {
        ++m_overruns;
        dumpEverything();
    });
    connect(m_route, &Netlink::Socket::overrun, this, [this] {
        ++m_overruns;
        dumpLinks();
    });
    dumpEverything();
    return true;
}

bool Backend::waitForReady(int timeoutMs)
{
    if (m_ready) {
        return true;
    }
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(this, &Backend::ready, &loop, &QEventLoop::quit);
    loop.exec();
    return m_ready;
}

void Backend::dumpEverything()
{
    dumpLinks();
    dumpRadios();
    dumpInterfaces();
    dumpRegulatory();
}

void Backend::dumpFinished()
{
    if (--m_pendingDumps == 0 && !m_ready) {
        m_ready = true;
        Q_EMIT ready();
    }
}

void Backend::dumpRadios(std::optional<std::uint32_t> index)
{
    auto collected = std::make_shared<QMap<std::uint32_t, Radio>>();
    ++m_pendingDumps;
    Netlink::Socket::Handlers handlers;
    handlers.reply = [this, collected](const Netlink::Message &message) {
        const auto generic = Netlink::genericMessage(message);
        if (!generic) {
            return;
        }
        if (const QString error = Nl80211::mergeWiphy(generic->attributes, *collected); !error.isEmpty()) {
            Q_EMIT problem(error);
        }
    };
    handlers.restarted = [collected] { collected->clear(); };
    handlers.done = [this, collected, index](const Netlink::Error &error) {
        if (error.isError()) {
            if (index && error.code == ENODEV) {
                removeRadio(*index);
            } else {
                Q_EMIT problem(QStringLiteral("Cannot list radios: %1").arg(error.text()));
            }
        } else {
            if (!index) {
                const QList<std::uint32_t> known = m_radios.keys();
                for (const std::uint32_t old : known) {
                    if (!collected->contains(old)) {
                        removeRadio(old);
                    }
                }
            }
            for (auto it = collected->cbegin(); it != collected->cend(); ++it) {
                const bool isNew = !m_radios.contains(it.key());
                m_radios.insert(it.key(), it.value());
                if (m_ready) {
                    isNew ? Q_EMIT radioAdded(it.key()) : Q_EMIT radioChanged(it.key());
                }
            }
        }
        dumpFinished();
    };
    m_command->request(m_requests->getWiphy(index), std::move(handlers));
}

void Backend::dumpInterfaces()
{
    if (m_interfaceDumpRunning) {
        m_interfacesStale = true;
        return;
    }
    m_interfaceDumpRunning = true;
    m_interfacesStale = false;
    auto collected = std::make_shared<QMap<std::uint64_t, Interface>>();
    ++m_pendingDumps;
    Netlink::Socket::Handlers handlers;
    handlers.reply = [this, collected](const Netlink::Message &message) {
        const auto generic = Netlink::genericMessage(message);
        if (!generic) {
            return;
        }
        const auto decoded = Nl80211::decodeInterface(generic->attributes);
        if (const auto *interface = std::get_if<Interface>(&decoded)) {
            collected->insert(interface->wdev, *interface);
        } else {
            Q_EMIT problem(std::get<QString>(decoded));
        }
    };
    handlers.restarted = [collected] { collected->clear(); };
    handlers.done = [this, collected](const Netlink::Error &error) {
        m_interfaceDumpRunning = false;
        if (error.isError()) {
            Q_EMIT problem(QStringLiteral("Cannot list interfaces: %1").arg(error.text()));
        } else {
            const QList<std::uint64_t> known = m_interfaces.keys();
            for (const std::uint64_t wdev : known) {
                if (!collected->contains(wdev)) {
                    removeInterface(wdev);
                }
            }
            for (const Interface &interface : std::as_const(*collected)) {
                applyInterface(interface, m_ready);
            }
        }
        if (m_interfacesStale) {
            dumpInterfaces();
        }
        dumpFinished();
    };
    m_command->request(m_requests->getInterfaces(), std::move(handlers));
}

void Backend::dumpRegulatory()
{
    auto collected = std::make_shared<QList<RegulatoryDomain>>();
    ++m_pendingDumps;
    Netlink::Socket::Handlers handlers;
    handlers.reply = [this, collected](const Netlink::Message &message) {
        const auto generic = Netlink::genericMessage(message);
        if (!generic) {
            return;
        }
        const auto decoded = Nl80211::decodeRegulatoryDomain(generic->attributes);
        if (const auto *domain = std::get_if<RegulatoryDomain>(&decoded)) {
            collected->append(*domain);
        } else {
            Q_EMIT problem(std::get<QString>(decoded));
        }
    };
    handlers.restarted = [collected] { collected->clear(); };
    handlers.done = [this, collected](const Netlink::Error &error) {
        if (error.isError()) {
            Q_EMIT problem(QStringLiteral("Cannot read the regulatory domain: %1").arg(error.text()));
        } else {
            m_regulatory = *collected;
            if (m_ready) {
                Q_EMIT regulatoryChanged();
            }
        }
        dumpFinished();
    };
    m_command->request(m_requests->getRegulatory(), std::move(handlers));
}

void Backend::dumpLinks()
{
    ++m_pendingDumps;
    Netlink::Socket::Handlers handlers;
    handlers.reply = [this](const Netlink::Message &message) { onLink(message); };
    handlers.done = [this](const Netlink::Error &error) {
        if (error.isError()) {
            Q_EMIT problem(QStringLiteral("Cannot read link states: %1").arg(error.text()));
        }
        dumpFinished();
    };
    m_route->request(Rtnetlink::getLinks(), std::move(handlers));
}

void Backend::onEvent(const Netlink::Message &message)
{
    const auto generic = Netlink::genericMessage(message);
    if (!generic || generic->family != m_family.id) {
        return;
    }
    const auto decoded = Nl80211::decodeEvent(*generic);
    if (const auto *event = std::get_if<Event>(&decoded)) {
        Event stamped = *event;
        stamped.timeMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT eventReceived(stamped);
    } else {
        Q_EMIT problem(std::get<QString>(decoded));
        return;
    }
    const std::uint32_t command = generic->command;
    switch (command) {
    case NL80211_CMD_NEW_WIPHY:
        if (const auto index = Nl80211::wiphyIndex(generic->attributes)) {
            dumpRadios(*index);
        }
        break;
    case NL80211_CMD_DEL_WIPHY:
        if (const auto index = Nl80211::wiphyIndex(generic->attributes)) {
            removeRadio(*index);
        }
        break;
    case NL80211_CMD_NEW_INTERFACE:
    case NL80211_CMD_SET_INTERFACE: {
        const auto interface = Nl80211::decodeInterface(generic->attributes);
        if (const auto *changed = std::get_if<Interface>(&interface)) {
            applyInterface(*changed, true);
        }
        if (m_interfaceDumpRunning) {
            m_interfacesStale = true;
        }
        break;
    }
    case NL80211_CMD_DEL_INTERFACE: {
        const auto interface = Nl80211::decodeInterface(generic->attributes);
        if (const auto *removed = std::get_if<Interface>(&interface)) {
            removeInterface(removed->wdev);
        }
        if (m_interfaceDumpRunning) {
            m_interfacesStale = true;
        }
        break;
    }
    case NL80211_CMD_REG_CHANGE:
    case NL80211_CMD_WIPHY_REG_CHANGE:
        // Channel flags and powers follow the regulatory domain.
        dumpRegulatory();
        dumpRadios();
        break;
    default:
        if (changesInterfaceState(command)) {
            dumpInterfaces();
        }
        break;
    }
}

void Backend::onLink(const Netlink::Message &message)
{
    const auto link = Rtnetlink::decodeLink(message);
    if (!link) {
        return;
    }
    if (link->removed) {
        m_links.remove(link->ifindex);
        return;
    }
    m_links.insert(link->ifindex, Link{link->up, link->lowerUp, link->operState});
    for (auto it = m_interfaces.begin(); it != m_interfaces.end(); ++it) {
        if (it->ifindex != link->ifindex) {
            continue;
        }
        Interface updated = *it;
        updated.up = link->up;
        updated.lowerUp = link->lowerUp;
        updated.operState = link->operState;
        if (!link->name.isEmpty()) {
            updated.name = link->name;
        }
        if (!(updated == *it)) {
            *it = updated;
            if (m_ready) {
                Q_EMIT interfaceChanged(updated.wdev);
            }
        }
    }
}

void Backend::applyInterface(const Interface &decoded, bool announce)
{
    Interface interface = decoded;
    if (interface.ifindex) {
        if (const auto link = m_links.constFind(*interface.ifindex); link != m_links.cend()) {
            interface.up = link->up;
            interface.lowerUp = link->lowerUp;
            interface.operState = link->operState;
        }
    }
    const auto it = m_interfaces.constFind(interface.wdev);
    const bool isNew = it == m_interfaces.cend();
    if (!isNew && *it == interface) {
        return;
    }
    m_interfaces.insert(interface.wdev, interface);
    if (announce) {
        isNew ? Q_EMIT interfaceAdded(interface.wdev) : Q_EMIT interfaceChanged(interface.wdev);
    }
}

void Backend::removeInterface(std::uint64_t wdev)
{
    if (m_interfaces.remove(wdev) && m_ready) {
        Q_EMIT interfaceRemoved(wdev);
    }
}

void Backend::removeRadio(std::uint32_t index)
{
    const QList<Interface> all = m_interfaces.values();
    for (const Interface &interface : all) {
        if (interface.radio == index) {
            removeInterface(interface.wdev);
        }
    }
    if (m_radios.remove(index) && m_ready) {
        Q_EMIT radioRemoved(index);
    }
}

std::optional<Radio> Backend::radio(std::uint32_t index) const
{
    const auto it = m_radios.constFind(index);
    return it == m_radios.cend() ? std::nullopt : std::optional<Radio>(*it);
}

std::optional<Radio> Backend::radioByName(const QString &name) const
{
    for (const Radio &radio : m_radios) {
        if (radio.name == name) {
            return radio;
        }
    }
    return std::nullopt;
}

std::optional<Interface> Backend::interfaceByWdev(std::uint64_t wdev) const
{
    const auto it = m_interfaces.constFind(wdev);
    return it == m_interfaces.cend() ? std::nullopt : std::optional<Interface>(*it);
}

std::optional<Interface> Backend::interfaceByName(const QString &name) const
{
    for (const Interface &interface : m_interfaces) {
        if (!name.isEmpty() && interface.name == name) {
            return interface;
        }
    }
    return std::nullopt;
}

std::optional<Interface> Backend::interfaceByIndex(std::uint32_t ifindex) const
{
    for (const Interface &interface : m_interfaces) {
        if (interface.ifindex == ifindex) {
            return interface;
        }
    }
    return std::nullopt;
}

} // namespace Airpane
