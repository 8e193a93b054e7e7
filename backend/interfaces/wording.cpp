// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording.h"

#include "nl80211/names.h"

#include <linux/nl80211.h>

namespace Airpane::Interfaces::Wording {

QString noun(InterfaceType type)
{
    switch (type) {
    case InterfaceType::Adhoc:
        return QStringLiteral("IBSS");
    case InterfaceType::Station:
        return QStringLiteral("station");
    case InterfaceType::AccessPoint:
        return QStringLiteral("AP");
    case InterfaceType::ApVlan:
        return QStringLiteral("AP-VLAN");
    case InterfaceType::Wds:
        return QStringLiteral("WDS");
    case InterfaceType::Monitor:
        return QStringLiteral("monitor");
    case InterfaceType::MeshPoint:
        return QStringLiteral("mesh point");
    case InterfaceType::P2pClient:
        return QStringLiteral("P2P-client");
    case InterfaceType::P2pGo:
        return QStringLiteral("P2P-GO");
    case InterfaceType::P2pDevice:
        return QStringLiteral("P2P-device");
    case InterfaceType::Ocb:
        return QStringLiteral("OCB");
    case InterfaceType::Nan:
        return QStringLiteral("NAN");
    case InterfaceType::Unspecified:
        break;
    }
    return QStringLiteral("unspecified interface");
}

QString counted(InterfaceType type, qint64 count)
{
    if (count == 1) {
        return QStringLiteral("1 ") + noun(type);
    }
    switch (type) {
    case InterfaceType::Adhoc:
    case InterfaceType::Wds:
    case InterfaceType::Ocb:
    case InterfaceType::Nan:
    case InterfaceType::Unspecified:
        return QStringLiteral("%1 %2 interfaces").arg(count).arg(noun(type));
    default:
        return QStringLiteral("%1 %2s").arg(count).arg(noun(type));
    }
}

QString joined(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.value(0);
    }
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + items.last();
}

QString nouns(const InterfaceTypes &types)
{
    QStringList words;
    for (const InterfaceType type : types) {
        words.append(noun(type));
    }
    return joined(words);
}

QString group(const InterfaceTypes &types)
{
    QStringList words;
    for (const InterfaceType type : types) {
        words.append(noun(type));
    }
    return words.join(QLatin1Char('/'));
}

QString number(qint64 count)
{
    return count == 1 ? QStringLiteral("one") : QString::number(count);
}

QString channel(const Radio &radio, const OperatingChannel &channel)
{
    for (const Band &band : radio.bands) {
        for (const Channel &known : band.channels) {
            if (known.frequency == channel.frequency && known.number > 0) {
                return QStringLiteral("channel %1 (%2 MHz)").arg(known.number).arg(channel.frequency);
            }
        }
    }
    return QStringLiteral("%1 MHz").arg(channel.frequency);
}

QString width(std::uint32_t width)
{
    if (width == NL80211_CHAN_WIDTH_20_NOHT) {
        return QStringLiteral("20 MHz without HT");
    }
    if (width == NL80211_CHAN_WIDTH_80P80) {
        return QStringLiteral("80+80 MHz");
    }
    return QStringLiteral("%1 MHz").arg(Nl80211::channelWidthMhz(width));
}

QString dfsRegion(std::uint8_t region)
{
    switch (region) {
    case NL80211_DFS_FCC:
        return QStringLiteral("FCC");
    case NL80211_DFS_ETSI:
        return QStringLiteral("ETSI");
    case NL80211_DFS_JP:
        return QStringLiteral("JP");
    default:
        return QStringLiteral("unset");
    }
}

QStringList dfsRegions(std::uint32_t bitmap)
{
    QStringList result;
    for (std::uint8_t region = 0; region < 32; ++region) {
        if (bitmap & (1u << region)) {
            result.append(dfsRegion(region));
        }
    }
    return result;
}

} // namespace Airpane::Interfaces::Wording
