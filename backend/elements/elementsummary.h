// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementview.h"

#include <array>
#include <cstdint>

namespace Airpane::Elements {

// What the BSS table needs from a BSS's elements, decoded without allocating: a plain struct a
// refresh of hundreds of BSSes fills in microseconds. The inspector's full decoding is elsewhere.
struct ElementSummary
{
    std::array<std::uint8_t, 32> ssid{};
    std::uint8_t ssidLength = 0;
    bool hasSsid = false;

    std::uint8_t maxRate = 0; // legacy rates, in 500 kb/s
    bool hasCckRates = false;
    bool hasOfdmRates = false;
    std::uint8_t dsChannel = 0;

    std::array<char, 2> country{};
    std::uint8_t countryEnvironment = 0;
    bool hasCountry = false;

    bool hasBssLoad = false;
    std::uint16_t stationCount = 0;
    std::uint8_t channelUtilization = 0; // of 255
    std::uint16_t admissionCapacity = 0;

    bool hasHtCapabilities = false;
    std::uint16_t htCapabilities = 0;
    bool hasHtOperation = false;
    std::uint8_t htPrimaryChannel = 0;
    std::uint8_t htSecondaryOffset = 0; // 0 none, 1 above, 3 below
    bool htAnyWidth = false;

    bool hasVhtCapabilities = false;
    std::uint32_t vhtCapabilities = 0;
    bool hasVhtOperation = false;
    std::uint8_t vhtWidth = 0; // 0: 20/40, 1: 80/160/80+80, 2: 160 (deprecated), 3: 80+80 (deprecated)
    std::uint8_t vhtCcfs0 = 0;
    std::uint8_t vhtCcfs1 = 0;

    bool hasHeCapabilities = false;
    bool hasHeOperation = false;
    std::uint8_t heBssColor = 0;
    bool he6GhzInfo = false;
    std::uint8_t he6PrimaryChannel = 0;
    std::uint8_t he6Width = 0; // 0: 20, 1: 40, 2: 80, 3: 160 or 80+80
    std::uint8_t he6Ccfs0 = 0;
    std::uint8_t he6Ccfs1 = 0;

    bool hasEhtCapabilities = false;
    bool hasEhtOperation = false;
    bool ehtOperationInfo = false;
    std::uint8_t ehtWidth = 0; // 0: 20, 1: 40, 2: 80, 3: 160, 4: 320
    std::uint8_t ehtCcfs0 = 0;
    std::uint8_t ehtCcfs1 = 0;
    bool hasPuncturing = false;
    std::uint16_t puncturingBitmap = 0; // a set bit is a disabled 20 MHz subchannel

    bool hasRsn = false;
    std::uint16_t rsnVersion = 0;
    std::uint32_t rsnGroupCipher = 0; // suite selector, OUI << 8 | type
    std::uint32_t rsnPairwise = 0;    // bit per 00-0f-ac cipher type
    std::uint32_t rsnAkms = 0;        // bit per 00-0f-ac AKM type
    bool rsnOtherAkm = false;         // an AKM from another OUI
    bool hasRsnCapabilities = false;
    std::uint16_t rsnCapabilities = 0; // bit 6 MFP required, bit 7 MFP capable
    std::uint32_t rsnGroupManagementCipher = 0;

    bool hasWpa = false;           // WPA (version 1), vendor element 00-50-f2 type 1
    std::uint32_t wpaPairwise = 0; // bit per 00-50-f2 cipher type
    std::uint32_t wpaAkms = 0;     // bit per 00-50-f2 AKM type

    bool hasOweTransition = false;
    bool hasWmm = false;
    bool hasWps = false;
    bool hasP2p = false;
    bool hasHotspot20 = false;
    bool hasInterworking = false;
    bool hasMeshId = false;

    bool hasMultipleBssid = false;
    std::uint8_t maxBssidIndicator = 0;
    std::uint8_t nontransmittedProfiles = 0;
    std::uint8_t neighborApCount = 0; // Reduced Neighbor Report entries
    bool colocatedNeighbor = false;   // an RNR entry flagged co-located (a 6 GHz AP of the same device)

    bool hasMultiLink = false;
    bool hasMldAddress = false;
    std::array<std::uint8_t, 6> mldAddress{};
    std::uint8_t linkId = 0xff;

    bool hasPowerConstraint = false;
    std::uint8_t powerConstraint = 0;

    std::uint16_t elementCount = 0;
    bool malformed = false; // an element's content contradicts its length
    std::uint8_t firstMalformedElement = 0;
};

// Decodes the elements of a beacon or probe response body. Never reads past DATA.
void summarize(Bytes data, ElementSummary &summary);

} // namespace Airpane::Elements
