// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacedecoder.h"

#include "decodecontext.h"

#include <linux/nl80211.h>

namespace Airpane::Nl80211 {

QString macAddress(const QByteArray &bytes)
{
    if (bytes.size() != 6) {
        return {};
    }
    return QString::fromLatin1(bytes.toHex(':'));
}

std::variant<Interface, QString> decodeInterface(Netlink::Bytes attributes)
{
    DecodeContext context("interface");
    const Netlink::AttributeTable table(attributes, NL80211_ATTR_MAX);
    if (!table.ok()) {
        return QStringLiteral("interface: ") + table.error();
    }
    if (!table.has(NL80211_ATTR_WDEV) || !table.has(NL80211_ATTR_WIPHY)) {
        return QStringLiteral("interface: no NL80211_ATTR_WDEV or NL80211_ATTR_WIPHY");
    }
    Interface result;
    context.read<std::uint64_t>(table[NL80211_ATTR_WDEV], result.wdev, "WDEV");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY], result.radio, "WIPHY");
    context.read<std::uint32_t>(table[NL80211_ATTR_IFINDEX], result.ifindex, "IFINDEX");
    if (const auto &name = table[NL80211_ATTR_IFNAME]) {
        result.name = name->string();
    }
    std::uint32_t type = 0;
    context.read<std::uint32_t>(table[NL80211_ATTR_IFTYPE], type, "IFTYPE");
    result.type = interfaceTypeFromNl80211(type).value_or(InterfaceType::Unspecified);
    if (const auto &mac = table[NL80211_ATTR_MAC]) {
        result.mac = macAddress(mac->bytes());
        if (result.mac.isEmpty()) {
            context.fail(QStringLiteral("MAC has %1 bytes").arg(mac->size()));
        }
    }
    if (const auto &ssid = table[NL80211_ATTR_SSID]) {
        // SSIDs are octets; UTF-8 is the common case and what the user expects to read.
        result.ssid = QString::fromUtf8(ssid->bytes());
    }
    if (table.has(NL80211_ATTR_WIPHY_FREQ)) {
        OperatingChannel channel;
        std::uint32_t value = 0;
        context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_FREQ], value, "WIPHY_FREQ");
        channel.frequency = int(value);
        value = 0;
        context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_FREQ_OFFSET], value, "WIPHY_FREQ_OFFSET");
        channel.frequencyOffsetKhz = int(value);
        context.read<std::uint32_t>(table[NL80211_ATTR_CHANNEL_WIDTH], channel.width, "CHANNEL_WIDTH");
        value = 0;
        context.read<std::uint32_t>(table[NL80211_ATTR_CENTER_FREQ1], value, "CENTER_FREQ1");
        channel.center1 = int(value);
        value = 0;
        context.read<std::uint32_t>(table[NL80211_ATTR_CENTER_FREQ2], value, "CENTER_FREQ2");
        channel.center2 = int(value);
        result.channel = channel;
    }
    std::optional<std::uint32_t> txPower;
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY_TX_POWER_LEVEL], txPower, "WIPHY_TX_POWER_LEVEL");
    if (txPower) {
        result.txPowerMbm = int(std::int32_t(*txPower));
    }
    std::uint8_t fourAddress = 0;
    context.read<std::uint8_t>(table[NL80211_ATTR_4ADDR], fourAddress, "4ADDR");
    result.use4Address = fourAddress != 0;
    context.read<std::uint32_t>(table[NL80211_ATTR_GENERATION], result.generation, "GENERATION");
    if (!context.ok()) {
        return context.error();
    }
    return result;
}

} // namespace Airpane::Nl80211
