// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveydecoder.h"

#include "decodecontext.h"

#include <linux/nl80211.h>

namespace Airpane::Nl80211 {

using Netlink::AttributeTable;

std::variant<SurveyEntry, QString> decodeSurvey(Netlink::Bytes attributes)
{
    DecodeContext context("survey");
    const AttributeTable table(attributes, NL80211_ATTR_MAX);
    if (!table.ok()) {
        return QStringLiteral("survey: ") + table.error();
    }
    if (!table.has(NL80211_ATTR_SURVEY_INFO)) {
        return QStringLiteral("survey: no NL80211_ATTR_SURVEY_INFO");
    }
    SurveyEntry entry;
    context.read<std::uint32_t>(table[NL80211_ATTR_IFINDEX], entry.ifindex, "IFINDEX");
    const AttributeTable info =
        context.table(*table[NL80211_ATTR_SURVEY_INFO], NL80211_SURVEY_INFO_MAX, "SURVEY_INFO");
    std::uint32_t value = 0;
    context.read<std::uint32_t>(info[NL80211_SURVEY_INFO_FREQUENCY], value, "FREQUENCY");
    entry.frequency = int(value);
    value = 0;
    context.read<std::uint32_t>(info[NL80211_SURVEY_INFO_FREQUENCY_OFFSET], value, "FREQUENCY_OFFSET");
    entry.frequencyOffsetKhz = int(value);
    entry.inUse = info.has(NL80211_SURVEY_INFO_IN_USE);
    context.read<std::int8_t>(info[NL80211_SURVEY_INFO_NOISE], entry.noiseDbm, "NOISE");
    context.read<std::uint64_t>(info[NL80211_SURVEY_INFO_TIME], entry.activeMs, "TIME");
    context.read<std::uint64_t>(info[NL80211_SURVEY_INFO_TIME_BUSY], entry.busyMs, "TIME_BUSY");
    context.read<std::uint64_t>(info[NL80211_SURVEY_INFO_TIME_EXT_BUSY], entry.extBusyMs, "TIME_EXT_BUSY");
    context.read<std::uint64_t>(info[NL80211_SURVEY_INFO_TIME_RX], entry.rxMs, "TIME_RX");
    context.read<std::uint64_t>(info[NL80211_SURVEY_INFO_TIME_TX], entry.txMs, "TIME_TX");
    context.read<std::uint64_t>(info[NL80211_SURVEY_INFO_TIME_SCAN], entry.scanMs, "TIME_SCAN");
    context.read<std::uint64_t>(info[NL80211_SURVEY_INFO_TIME_BSS_RX], entry.bssRxMs, "TIME_BSS_RX");
    if (!context.ok()) {
        return context.error();
    }
    return entry;
}

} // namespace Airpane::Nl80211
