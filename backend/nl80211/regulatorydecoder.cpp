// SPDX-License-Identifier: GPL-3.0-or-later
#include "regulatorydecoder.h"

#include "decodecontext.h"

#include <linux/nl80211.h>

namespace Airpane::Nl80211 {

std::variant<RegulatoryDomain, QString> decodeRegulatoryDomain(Netlink::Bytes attributes)
{
    DecodeContext context("regulatory domain");
    const Netlink::AttributeTable table(attributes, NL80211_ATTR_MAX);
    if (!table.ok()) {
        return QStringLiteral("regulatory domain: ") + table.error();
    }
    RegulatoryDomain domain;
    if (const auto &alpha2 = table[NL80211_ATTR_REG_ALPHA2]) {
        domain.alpha2 = alpha2->string();
    }
    context.read<std::uint8_t>(table[NL80211_ATTR_DFS_REGION], domain.dfsRegion, "DFS_REGION");
    context.read<std::uint32_t>(table[NL80211_ATTR_WIPHY], domain.radio, "WIPHY");
    domain.selfManaged = table.has(NL80211_ATTR_WIPHY_SELF_MANAGED_REG);
    if (const auto &rules = table[NL80211_ATTR_REG_RULES]) {
        for (const Netlink::Attribute &entry : context.nested(*rules, "rules")) {
            const Netlink::AttributeTable rule = context.table(entry, NL80211_REG_RULE_ATTR_MAX, "rule");
            RegulatoryDomain::Rule item;
            context.read<std::uint32_t>(rule[NL80211_ATTR_REG_RULE_FLAGS], item.flags, "REG_RULE_FLAGS");
            context.read<std::uint32_t>(rule[NL80211_ATTR_FREQ_RANGE_START], item.startKhz,
                                        "FREQ_RANGE_START");
            context.read<std::uint32_t>(rule[NL80211_ATTR_FREQ_RANGE_END], item.endKhz, "FREQ_RANGE_END");
            context.read<std::uint32_t>(rule[NL80211_ATTR_FREQ_RANGE_MAX_BW], item.maxBandwidthKhz,
                                        "FREQ_RANGE_MAX_BW");
            context.read<std::uint32_t>(rule[NL80211_ATTR_POWER_RULE_MAX_ANT_GAIN], item.maxAntennaGainMbi,
                                        "POWER_RULE_MAX_ANT_GAIN");
            context.read<std::uint32_t>(rule[NL80211_ATTR_POWER_RULE_MAX_EIRP], item.maxEirpMbm,
                                        "POWER_RULE_MAX_EIRP");
            context.read<std::uint32_t>(rule[NL80211_ATTR_DFS_CAC_TIME], item.cacTimeMs, "DFS_CAC_TIME");
            context.read<std::int8_t>(rule[NL80211_ATTR_POWER_RULE_PSD], item.psdDbmPerMhz, "POWER_RULE_PSD");
            domain.rules.append(item);
        }
    }
    if (!context.ok()) {
        return context.error();
    }
    return domain;
}

} // namespace Airpane::Nl80211
