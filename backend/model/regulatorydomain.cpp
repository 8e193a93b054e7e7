// SPDX-License-Identifier: GPL-3.0-or-later
#include "regulatorydomain.h"

#include <linux/nl80211.h>

namespace Airpane {

QStringList RegulatoryDomain::Rule::flagKeys() const
{
    static const struct
    {
        std::uint32_t bit;
        const char *key;
    } names[] = {
        {NL80211_RRF_NO_OFDM, "no-ofdm"},
        {NL80211_RRF_NO_CCK, "no-cck"},
        {NL80211_RRF_NO_INDOOR, "no-indoor"},
        {NL80211_RRF_NO_OUTDOOR, "no-outdoor"},
        {NL80211_RRF_DFS, "dfs"},
        {NL80211_RRF_PTP_ONLY, "ptp-only"},
        {NL80211_RRF_PTMP_ONLY, "ptmp-only"},
        {NL80211_RRF_NO_IR, "no-ir"},
        {__NL80211_RRF_NO_IBSS, "no-ibss"},
        {NL80211_RRF_AUTO_BW, "auto-bw"},
        {NL80211_RRF_IR_CONCURRENT, "ir-concurrent"},
        {NL80211_RRF_NO_HT40MINUS, "no-ht40-minus"},
        {NL80211_RRF_NO_HT40PLUS, "no-ht40-plus"},
        {NL80211_RRF_NO_80MHZ, "no-80mhz"},
        {NL80211_RRF_NO_160MHZ, "no-160mhz"},
        {NL80211_RRF_NO_HE, "no-he"},
        {NL80211_RRF_NO_320MHZ, "no-320mhz"},
        {NL80211_RRF_NO_EHT, "no-eht"},
        {NL80211_RRF_PSD, "psd"},
        {NL80211_RRF_DFS_CONCURRENT, "dfs-concurrent"},
        {NL80211_RRF_NO_6GHZ_VLP_CLIENT, "no-6ghz-vlp-client"},
        {NL80211_RRF_NO_6GHZ_AFC_CLIENT, "no-6ghz-afc-client"},
        {NL80211_RRF_ALLOW_6GHZ_VLP_AP, "allow-6ghz-vlp-ap"},
    };
    QStringList keys;
    for (const auto &name : names) {
        if (flags & name.bit) {
            keys.append(QString::fromLatin1(name.key));
        }
    }
    return keys;
}

QString RegulatoryDomain::dfsRegionKey() const
{
    switch (dfsRegion.value_or(NL80211_DFS_UNSET)) {
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

} // namespace Airpane
