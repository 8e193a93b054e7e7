// SPDX-License-Identifier: GPL-3.0-or-later
#include "bssrecord.h"

#include <linux/nl80211.h>

#include <cstring>

namespace Airpane::Scan {
namespace {

constexpr std::uint16_t typeMask = 0x3fff;

// Walks attributes without allocating; FN(type, payload) returns false to stop on a bad value.
template<typename Fn>
const char *walk(Bytes data, Fn fn)
{
    std::size_t offset = 0;
    while (offset + 4 <= data.size()) {
        std::uint16_t length;
        std::uint16_t type;
        std::memcpy(&length, data.data() + offset, 2);
        std::memcpy(&type, data.data() + offset + 2, 2);
        if (length < 4 || offset + length > data.size()) {
            return "malformed attribute";
        }
        if (!fn(std::uint16_t(type & typeMask), data.subspan(offset + 4, length - 4))) {
            return "attribute of the wrong size";
        }
        offset += (length + 3u) & ~3u;
    }
    return offset < data.size() ? "truncated attribute" : nullptr;
}

template<typename T>
bool read(Bytes payload, T &out)
{
    if (payload.size() != sizeof(T)) {
        return false;
    }
    std::memcpy(&out, payload.data(), sizeof(T));
    return true;
}

bool readMac(Bytes payload, std::array<std::uint8_t, 6> &out)
{
    if (payload.size() != 6) {
        return false;
    }
    std::memcpy(out.data(), payload.data(), 6);
    return true;
}

bool decodeBss(std::uint16_t type, Bytes p, BssRecord &r)
{
    std::uint32_t u32 = 0;
    switch (type) {
    case NL80211_BSS_BSSID:
        return readMac(p, r.bssid);
    case NL80211_BSS_FREQUENCY:
        if (!read(p, u32)) {
            return false;
        }
        r.frequency = int(u32);
        return true;
    case NL80211_BSS_FREQUENCY_OFFSET:
        if (!read(p, u32)) {
            return false;
        }
        r.frequencyOffsetKhz = int(u32);
        return true;
    case NL80211_BSS_TSF:
        return read(p, r.tsf);
    case NL80211_BSS_BEACON_INTERVAL:
        return read(p, r.beaconInterval);
    case NL80211_BSS_CAPABILITY:
        return read(p, r.capability);
    case NL80211_BSS_INFORMATION_ELEMENTS:
        r.ies = p;
        return true;
    case NL80211_BSS_BEACON_IES:
        r.beaconIes = p;
        return true;
    case NL80211_BSS_PRESP_DATA:
        r.fromProbeResponse = true;
        return true;
    case NL80211_BSS_SIGNAL_MBM:
        r.hasSignalMbm = true;
        return read(p, r.signalMbm);
    case NL80211_BSS_SIGNAL_UNSPEC:
        r.hasSignalUnspec = true;
        return read(p, r.signalUnspec);
    case NL80211_BSS_STATUS:
        r.hasStatus = true;
        return read(p, r.status);
    case NL80211_BSS_SEEN_MS_AGO:
        return read(p, r.seenMsAgo);
    case NL80211_BSS_LAST_SEEN_BOOTTIME:
        r.hasLastSeenBoottime = true;
        return read(p, r.lastSeenBoottimeNs);
    case NL80211_BSS_MLO_LINK_ID:
        r.hasMloLinkId = true;
        return read(p, r.mloLinkId);
    case NL80211_BSS_MLD_ADDR:
        r.hasMldAddress = true;
        return readMac(p, r.mldAddress);
    default:
        return true;
    }
}

} // namespace

const char *decodeBssRecord(Bytes attributes, BssRecord &record)
{
    record = BssRecord{};
    bool sawBss = false;
    const char *nestedError = nullptr;
    const char *error = walk(attributes, [&](std::uint16_t type, Bytes payload) {
        switch (type) {
        case NL80211_ATTR_IFINDEX:
            return read(payload, record.ifindex);
        case NL80211_ATTR_WDEV:
            return read(payload, record.wdev);
        case NL80211_ATTR_GENERATION:
            return read(payload, record.generation);
        case NL80211_ATTR_BSS:
            sawBss = true;
            nestedError = walk(payload, [&](std::uint16_t bssType, Bytes value) {
                return decodeBss(bssType, value, record);
            });
            return true;
        default:
            return true;
        }
    });
    if (error) {
        return error;
    }
    if (nestedError) {
        return nestedError;
    }
    if (!sawBss) {
        return "no NL80211_ATTR_BSS";
    }
    if (record.frequency == 0) {
        return "a BSS without a frequency";
    }
    Elements::summarize(record.ies, record.summary);
    record.placement = Elements::placeChannel(record.frequency, record.summary);
    record.security = Elements::classifySecurity(record.capability, record.summary);
    record.standard = Elements::classifyStandard(record.placement.band, record.summary);
    return nullptr;
}

} // namespace Airpane::Scan
