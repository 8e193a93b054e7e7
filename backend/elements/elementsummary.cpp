// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementsummary.h"

#include <algorithm>
#include <cstring>

namespace Airpane::Elements {
namespace {

constexpr std::uint32_t ouiIeee = 0x000fac;
constexpr std::uint32_t ouiMicrosoft = 0x0050f2;
constexpr std::uint32_t ouiWfa = 0x506f9a;

std::uint16_t le16(Bytes data, std::size_t at)
{
    return std::uint16_t(data[at] | data[at + 1] << 8);
}

std::uint32_t suite(Bytes data, std::size_t at)
{
    return std::uint32_t(data[at]) << 24 | std::uint32_t(data[at + 1]) << 16 |
           std::uint32_t(data[at + 2]) << 8 | data[at + 3];
}

// A list of suites: count (2 bytes) then 4 bytes each. Returns false when the count lies.
template<typename Fn>
bool suiteList(Bytes data, std::size_t &at, Fn fn)
{
    if (at + 2 > data.size()) {
        return true; // the element may end before the list
    }
    const std::size_t count = le16(data, at);
    at += 2;
    if (at + 4 * count > data.size()) {
        return false;
    }
    for (std::size_t i = 0; i < count; ++i, at += 4) {
        fn(suite(data, at));
    }
    return true;
}

bool decodeRsn(Bytes data, ElementSummary &s)
{
    if (data.size() < 2) {
        return false;
    }
    s.hasRsn = true;
    s.rsnVersion = le16(data, 0);
    std::size_t at = 2;
    if (at + 4 <= data.size()) {
        s.rsnGroupCipher = suite(data, at);
        at += 4;
    }
    const bool pairwise = suiteList(data, at, [&](std::uint32_t value) {
        if ((value >> 8) == ouiIeee && (value & 0xff) < 32) {
            s.rsnPairwise |= 1u << (value & 0xff);
        }
    });
    const bool akms = pairwise && suiteList(data, at, [&](std::uint32_t value) {
                          if ((value >> 8) == ouiIeee && (value & 0xff) < 32) {
                              s.rsnAkms |= 1u << (value & 0xff);
                          } else {
                              s.rsnOtherAkm = true;
                          }
                      });
    if (!akms) {
        return false;
    }
    if (at + 2 <= data.size()) {
        s.hasRsnCapabilities = true;
        s.rsnCapabilities = le16(data, at);
        at += 2;
        // PMKID list, then the group management cipher.
        if (at + 2 <= data.size()) {
            const std::size_t pmkids = le16(data, at);
            at += 2 + 16 * pmkids;
            if (at > data.size()) {
                return false;
            }
            if (at + 4 <= data.size()) {
                s.rsnGroupManagementCipher = suite(data, at);
            }
        }
    }
    return true;
}

bool decodeVendor(Bytes data, ElementSummary &s)
{
    if (data.size() < 4) {
        return data.size() >= 3; // an OUI without type is odd but not a lie
    }
    const std::uint32_t oui = std::uint32_t(data[0]) << 16 | std::uint32_t(data[1]) << 8 | data[2];
    const std::uint8_t type = data[3];
    if (oui == ouiMicrosoft && type == 1) {
        // WPA: version (2), group cipher, pairwise list, AKM list, as RSN.
        s.hasWpa = true;
        std::size_t at = 4 + 2 + 4;
        if (at > data.size()) {
            return at - 4 <= data.size(); // version only
        }
        const bool pairwise = suiteList(data, at, [&](std::uint32_t value) {
            if ((value >> 8) == ouiMicrosoft && (value & 0xff) < 32) {
                s.wpaPairwise |= 1u << (value & 0xff);
            }
        });
        return pairwise && suiteList(data, at, [&](std::uint32_t value) {
                   if ((value >> 8) == ouiMicrosoft && (value & 0xff) < 32) {
                       s.wpaAkms |= 1u << (value & 0xff);
                   }
               });
    }
    if (oui == ouiMicrosoft && type == 2) {
        s.hasWmm = true;
    } else if (oui == ouiMicrosoft && type == 4) {
        s.hasWps = true;
    } else if (oui == ouiWfa && type == 9) {
        s.hasP2p = true;
    } else if (oui == ouiWfa && type == 0x10) {
        s.hasHotspot20 = true;
    } else if (oui == ouiWfa && type == 0x1c) {
        s.hasOweTransition = true;
    }
    return true;
}

bool decodeHeOperation(Bytes data, ElementSummary &s)
{
    // HE Operation Parameters (3), BSS Color Information (1), Basic HE-MCS And NSS Set (2), then
    // the optional VHT Operation Information (3), Max Co-Hosted BSSID Indicator (1) and 6 GHz
    // Operation Information (5), as the parameters' bits 14, 15 and 17 say.
    if (data.size() < 6) {
        return false;
    }
    s.hasHeOperation = true;
    const std::uint32_t parameters = data[0] | data[1] << 8 | data[2] << 16;
    s.heBssColor = data[3] & 0x3f;
    std::size_t at = 6;
    if (parameters & (1u << 14)) {
        at += 3;
    }
    if (parameters & (1u << 15)) {
        at += 1;
    }
    if (parameters & (1u << 17)) {
        if (at + 5 > data.size()) {
            return false;
        }
        s.he6GhzInfo = true;
        s.he6PrimaryChannel = data[at];
        s.he6Width = data[at + 1] & 0x3;
        s.he6Ccfs0 = data[at + 2];
        s.he6Ccfs1 = data[at + 3];
        at += 5;
    }
    return at <= data.size();
}

bool decodeEhtOperation(Bytes data, ElementSummary &s)
{
    // EHT Operation Parameters (1), Basic EHT-MCS And NSS Set (4), then when bit 0 is set the
    // EHT Operation Information: Control (1), CCFS0 (1), CCFS1 (1), and when bit 1 is set the
    // Disabled Subchannel Bitmap (2).
    if (data.size() < 5) {
        return false;
    }
    s.hasEhtOperation = true;
    const std::uint8_t parameters = data[0];
    if (parameters & 0x1) {
        if (data.size() < 8) {
            return false;
        }
        s.ehtOperationInfo = true;
        s.ehtWidth = data[5] & 0x7;
        s.ehtCcfs0 = data[6];
        s.ehtCcfs1 = data[7];
        if (parameters & 0x2) {
            if (data.size() < 10) {
                return false;
            }
            s.hasPuncturing = true;
            s.puncturingBitmap = le16(data, 8);
        }
    }
    return true;
}

bool decodeRnr(Bytes data, ElementSummary &s)
{
    // Neighbor AP Information fields: header (2: info type, filtered, count-1, length), operating
    // class, channel, then count+1 TBTT Information fields of the given length.
    std::size_t at = 0;
    while (at < data.size()) {
        if (at + 4 > data.size()) {
            return false;
        }
        const std::uint16_t header = le16(data, at);
        const std::size_t count = ((header >> 4) & 0xf) + 1;
        const std::size_t length = header >> 8;
        at += 4;
        if (at + count * length > data.size()) {
            return false;
        }
        // TBTT Information: TBTT offset (1), then per its length BSSID (6), short SSID (4) and
        // BSS Parameters (1), whose bit 6 marks a co-located AP.
        std::size_t parametersAt = 0;
        if (length == 8 || length == 9) {
            parametersAt = 7;
        } else if (length >= 12) {
            parametersAt = 11;
        }
        for (std::size_t i = 0; i < count; ++i) {
            if (parametersAt && (data[at + i * length + parametersAt] & 0x40)) {
                s.colocatedNeighbor = true;
            }
            s.neighborApCount = std::uint8_t(std::min<std::size_t>(255, s.neighborApCount + 1));
        }
        at += count * length;
    }
    return true;
}

bool decodeMultiLink(Bytes data, ElementSummary &s)
{
    // Multi-Link Control (2): type in bits 0-2 (0 basic), presence bitmap from bit 4. The Common
    // Info starts with its length (1) then the MLD MAC address (6); link ID info follows when bit 4.
    if (data.size() < 3) {
        return false;
    }
    s.hasMultiLink = true;
    const std::uint16_t control = le16(data, 0);
    if ((control & 0x7) != 0) {
        return true; // not the Basic variant: nothing the table uses
    }
    const std::size_t commonLength = data[2];
    if (commonLength < 7 || 2 + commonLength > data.size()) {
        return false;
    }
    s.hasMldAddress = true;
    std::memcpy(s.mldAddress.data(), data.data() + 3, 6);
    if ((control & (1u << 4)) && commonLength >= 8) {
        s.linkId = data[9] & 0xf;
    }
    return true;
}

// Decodes ELEMENT into S; false when its content contradicts its length.
bool decode(const Element &element, ElementSummary &s)
{
    const Bytes p = element.payload;
    switch (element.id) {
    case Id::Ssid:
        if (p.size() > 32) {
            return false;
        }
        s.hasSsid = true;
        s.ssidLength = std::uint8_t(p.size());
        std::memcpy(s.ssid.data(), p.data(), p.size());
        return true;
    case Id::SupportedRates:
    case Id::ExtendedSupportedRates:
        for (const std::uint8_t rate : p) {
            const std::uint8_t value = rate & 0x7f;
            if (value == 2 || value == 4 || value == 11 || value == 22) {
                s.hasCckRates = true;
            } else if (value == 12 || value == 18 || value == 24 || value == 36 || value == 48 ||
                       value == 72 || value == 96 || value == 108) {
                s.hasOfdmRates = true;
            }
            if (value > s.maxRate && value != 127) { // 127: a membership selector, not a rate
                s.maxRate = value;
            }
        }
        return true;
    case Id::DsParameterSet:
        if (p.size() != 1) {
            return false;
        }
        s.dsChannel = p[0];
        return true;
    case Id::Country:
        if (p.size() < 3) {
            return false;
        }
        s.hasCountry = true;
        s.country = {char(p[0]), char(p[1])};
        s.countryEnvironment = p[2];
        return true;
    case Id::BssLoad:
        if (p.size() != 5) {
            return false;
        }
        s.hasBssLoad = true;
        s.stationCount = le16(p, 0);
        s.channelUtilization = p[2];
        s.admissionCapacity = le16(p, 3);
        return true;
    case Id::PowerConstraint:
        if (p.size() != 1) {
            return false;
        }
        s.hasPowerConstraint = true;
        s.powerConstraint = p[0];
        return true;
    case Id::HtCapabilities:
        if (p.size() != 26) {
            return false;
        }
        s.hasHtCapabilities = true;
        s.htCapabilities = le16(p, 0);
        return true;
    case Id::HtOperation:
        if (p.size() != 22) {
            return false;
        }
        s.hasHtOperation = true;
        s.htPrimaryChannel = p[0];
        s.htSecondaryOffset = p[1] & 0x3;
        s.htAnyWidth = p[1] & 0x4;
        return true;
    case Id::VhtCapabilities:
        if (p.size() != 12) {
            return false;
        }
        s.hasVhtCapabilities = true;
        s.vhtCapabilities = std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 |
                            std::uint32_t(p[3]) << 24;
        return true;
    case Id::VhtOperation:
        if (p.size() != 5) {
            return false;
        }
        s.hasVhtOperation = true;
        s.vhtWidth = p[0];
        s.vhtCcfs0 = p[1];
        s.vhtCcfs1 = p[2];
        return true;
    case Id::Rsn:
        return decodeRsn(p, s);
    case Id::VendorSpecific:
        return decodeVendor(p, s);
    case Id::MultipleBssid:
        if (p.empty()) {
            return false;
        }
        s.hasMultipleBssid = true;
        s.maxBssidIndicator = p[0];
        for (std::size_t at = 1; at < p.size();) {
            if (at + 2 > p.size() || at + 2 + p[at + 1] > p.size()) {
                return false;
            }
            if (p[at] == 0) { // a Nontransmitted BSSID Profile subelement
                ++s.nontransmittedProfiles;
            }
            at += 2 + p[at + 1];
        }
        return true;
    case Id::ReducedNeighborReport:
        return decodeRnr(p, s);
    case Id::Interworking:
        s.hasInterworking = true;
        return !p.empty();
    case Id::MeshId:
        s.hasMeshId = true;
        return p.size() <= 32;
    case Id::Extension:
        switch (element.extId) {
        case ExtId::HeCapabilities:
            s.hasHeCapabilities = true;
            return p.size() >= 17; // MAC (6), PHY (11), at least the 80 MHz MCS map (4)
        case ExtId::HeOperation:
            return decodeHeOperation(p, s);
        case ExtId::EhtCapabilities:
            s.hasEhtCapabilities = true;
            return p.size() >= 11;
        case ExtId::EhtOperation:
            return decodeEhtOperation(p, s);
        case ExtId::MultiLink:
            return decodeMultiLink(p, s);
        default:
            return true;
        }
    default:
        return true;
    }
}

} // namespace

void summarize(Bytes data, ElementSummary &summary)
{
    summary = ElementSummary{};
    ElementWalker walker(data);
    Element element;
    while (walker.next(element)) {
        ++summary.elementCount;
        // The first SSID element is the BSS's; a second one (an MBSSID profile's) is not.
        if (element.id == Id::Ssid && summary.hasSsid) {
            continue;
        }
        if (!decode(element, summary) && !summary.malformed) {
            summary.malformed = true;
            summary.firstMalformedElement = element.id;
        }
    }
    if (walker.malformed() && !summary.malformed) {
        summary.malformed = true;
        summary.firstMalformedElement = 0xff;
    }
}

} // namespace Airpane::Elements
