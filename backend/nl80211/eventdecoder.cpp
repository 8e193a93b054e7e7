// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdecoder.h"

#include "decodecontext.h"
#include "interfacedecoder.h"
#include "names.h"

#include <linux/nl80211.h>

namespace Airpane::Nl80211 {
namespace {

Event::Kind kindOf(std::uint32_t command)
{
    switch (command) {
    case NL80211_CMD_NEW_WIPHY:
    case NL80211_CMD_DEL_WIPHY:
    case NL80211_CMD_SET_WIPHY:
        return Event::Kind::Radio;
    case NL80211_CMD_NEW_INTERFACE:
    case NL80211_CMD_DEL_INTERFACE:
    case NL80211_CMD_SET_INTERFACE:
    case NL80211_CMD_START_P2P_DEVICE:
    case NL80211_CMD_STOP_P2P_DEVICE:
    case NL80211_CMD_CH_SWITCH_NOTIFY:
    case NL80211_CMD_CH_SWITCH_STARTED_NOTIFY:
        return Event::Kind::Interface;
    case NL80211_CMD_TRIGGER_SCAN:
    case NL80211_CMD_NEW_SCAN_RESULTS:
    case NL80211_CMD_SCAN_ABORTED:
    case NL80211_CMD_START_SCHED_SCAN:
    case NL80211_CMD_SCHED_SCAN_RESULTS:
    case NL80211_CMD_SCHED_SCAN_STOPPED:
        return Event::Kind::Scan;
    case NL80211_CMD_REG_CHANGE:
    case NL80211_CMD_WIPHY_REG_CHANGE:
    case NL80211_CMD_REG_BEACON_HINT:
        return Event::Kind::Regulatory;
    case NL80211_CMD_AUTHENTICATE:
    case NL80211_CMD_ASSOCIATE:
    case NL80211_CMD_DEAUTHENTICATE:
    case NL80211_CMD_DISASSOCIATE:
    case NL80211_CMD_CONNECT:
    case NL80211_CMD_ROAM:
    case NL80211_CMD_DISCONNECT:
    case NL80211_CMD_PORT_AUTHORIZED:
    case NL80211_CMD_NOTIFY_CQM:
        return Event::Kind::Connection;
    case NL80211_CMD_NEW_STATION:
    case NL80211_CMD_DEL_STATION:
    case NL80211_CMD_CONN_FAILED:
        return Event::Kind::Station;
    case NL80211_CMD_FRAME:
    case NL80211_CMD_FRAME_TX_STATUS:
    case NL80211_CMD_REMAIN_ON_CHANNEL:
    case NL80211_CMD_CANCEL_REMAIN_ON_CHANNEL:
    case NL80211_CMD_UNEXPECTED_FRAME:
        return Event::Kind::Frame;
    default:
        return Event::Kind::Other;
    }
}

QString frequencies(const Netlink::AttributeTable &table)
{
    const auto &freqs = table[NL80211_ATTR_SCAN_FREQUENCIES];
    if (!freqs) {
        return {};
    }
    const Netlink::AttributeList list(freqs->payload());
    return QStringLiteral(" (%1 frequencies)").arg(list.attributes().size());
}

QString describe(std::uint32_t command, const Netlink::AttributeTable &table, const Event &event)
{
    const QString where = !event.interfaceName.isEmpty() ? event.interfaceName
                          : event.wdev                   ? QStringLiteral("wdev 0x%1").arg(*event.wdev, 0, 16)
                          : event.radio                  ? QStringLiteral("phy#%1").arg(*event.radio)
                                                         : QStringLiteral("all radios");
    auto mac = [&] {
        return table[NL80211_ATTR_MAC] ? macAddress(table[NL80211_ATTR_MAC]->bytes()) : QString();
    };
    auto u32 = [&](std::uint16_t type) { return table[type] ? table[type]->u32().value_or(0) : 0u; };
    auto u16 = [&](std::uint16_t type) {
        return table[type] ? table[type]->u16().value_or(0) : std::uint16_t(0);
    };
    switch (command) {
    case NL80211_CMD_NEW_WIPHY:
        return QStringLiteral("radio %1 appeared").arg(where);
    case NL80211_CMD_DEL_WIPHY:
        return QStringLiteral("radio %1 removed").arg(where);
    case NL80211_CMD_NEW_INTERFACE:
        return QStringLiteral("interface %1 created").arg(where);
    case NL80211_CMD_DEL_INTERFACE:
        return QStringLiteral("interface %1 removed").arg(where);
    case NL80211_CMD_SET_INTERFACE:
        return QStringLiteral("interface %1 changed").arg(where);
    case NL80211_CMD_TRIGGER_SCAN:
        return QStringLiteral("%1: scan started%2").arg(where, frequencies(table));
    case NL80211_CMD_NEW_SCAN_RESULTS:
        return QStringLiteral("%1: scan finished%2").arg(where, frequencies(table));
    case NL80211_CMD_SCAN_ABORTED:
        return QStringLiteral("%1: scan aborted").arg(where);
    case NL80211_CMD_REG_CHANGE:
    case NL80211_CMD_WIPHY_REG_CHANGE: {
        const QString alpha2 =
            table[NL80211_ATTR_REG_ALPHA2] ? table[NL80211_ATTR_REG_ALPHA2]->string() : QString();
        return QStringLiteral("regulatory domain of %1 is now %2")
            .arg(where, alpha2.isEmpty() ? QStringLiteral("?") : alpha2);
    }
    case NL80211_CMD_CONNECT:
        return QStringLiteral("%1: connected to %2 (status %3)")
            .arg(where, mac())
            .arg(u16(NL80211_ATTR_STATUS_CODE));
    case NL80211_CMD_DISCONNECT:
        return QStringLiteral("%1: disconnected (reason %2)").arg(where).arg(u16(NL80211_ATTR_REASON_CODE));
    case NL80211_CMD_NEW_STATION:
        return QStringLiteral("%1: station %2 joined").arg(where, mac());
    case NL80211_CMD_DEL_STATION:
        return QStringLiteral("%1: station %2 left").arg(where, mac());
    case NL80211_CMD_CH_SWITCH_NOTIFY:
        return QStringLiteral("%1: switched to %2 MHz").arg(where).arg(u32(NL80211_ATTR_WIPHY_FREQ));
    case NL80211_CMD_REMAIN_ON_CHANNEL:
        return QStringLiteral("%1: on %2 MHz for %3 ms")
            .arg(where)
            .arg(u32(NL80211_ATTR_WIPHY_FREQ))
            .arg(u32(NL80211_ATTR_DURATION));
    case NL80211_CMD_CANCEL_REMAIN_ON_CHANNEL:
        return QStringLiteral("%1: left %2 MHz").arg(where).arg(u32(NL80211_ATTR_WIPHY_FREQ));
    case NL80211_CMD_FRAME_TX_STATUS:
        return QStringLiteral("%1: frame %2")
            .arg(where, table.has(NL80211_ATTR_ACK) ? QStringLiteral("acknowledged")
                                                    : QStringLiteral("not acknowledged"));
    case NL80211_CMD_FRAME:
        return QStringLiteral("%1: frame received on %2 MHz").arg(where).arg(u32(NL80211_ATTR_WIPHY_FREQ));
    default:
        return QStringLiteral("%1: %2").arg(where,
                                            commandName(command).replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
}

} // namespace

std::variant<Event, QString> decodeEvent(const Netlink::GenericMessage &message)
{
    DecodeContext context("event");
    const Netlink::AttributeTable table(message.attributes, NL80211_ATTR_MAX);
    if (!table.ok()) {
        return QStringLiteral("event: ") + table.error();
    }
    Event event;
    event.command = message.command;
    event.name = commandName(message.command);
    event.kind = kindOf(message.command);
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY], event.radio, "WIPHY");
    context.read<std::uint32_t>(table[NL80211_ATTR_IFINDEX], event.ifindex, "IFINDEX");
    context.read<std::uint64_t>(table[NL80211_ATTR_WDEV], event.wdev, "WDEV");
    if (const auto &name = table[NL80211_ATTR_IFNAME]) {
        event.interfaceName = name->string();
    }
    context.read<std::uint64_t>(table[NL80211_ATTR_COOKIE], event.cookie, "COOKIE");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_FREQ], event.frequency, "WIPHY_FREQ");
    context.read<std::uint32_t>(table[NL80211_ATTR_DURATION], event.durationMs, "DURATION");
    if (message.command == NL80211_CMD_FRAME_TX_STATUS) {
        event.acknowledged = table.has(NL80211_ATTR_ACK);
    }
    if (!context.ok()) {
        return context.error();
    }
    event.summary = describe(message.command, table, event);
    return event;
}

} // namespace Airpane::Nl80211
