// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "band.h"
#include "interfacecombination.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane {

// A radio (nl80211 wiphy; net80211's ieee80211com): the state its interfaces share. Everything
// GET_WIPHY says of it, decoded.
struct Radio
{
    struct Cipher
    {
        std::uint32_t suite = 0; // OUI << 8 | type, as in RSN
    };

    std::uint32_t index = 0;
    QString name;
    std::uint32_t generation = 0;

    QList<Band> bands;
    InterfaceTypes interfaceTypes;
    InterfaceTypes softwareInterfaceTypes;
    QList<InterfaceCombination> combinations;
    QList<std::uint32_t> commands; // enum nl80211_commands values
    QMap<InterfaceType, QList<std::uint16_t>> txFrameTypes;
    QMap<InterfaceType, QList<std::uint16_t>> rxFrameTypes;
    QList<std::uint32_t> cipherSuites;

    std::uint32_t featureFlags = 0; // enum nl80211_feature_flags
    QByteArray extendedFeatures;    // bitmap over enum nl80211_ext_feature_index
    // Capabilities nl80211 reports as flag attributes rather than feature bits.
    bool ibssRsn = false;
    bool apUapsd = false;
    bool tdls = false;
    bool tdlsExternalSetup = false;
    bool roaming = false;
    bool offchannelTx = false;
    bool meshAuth = false;
    bool controlPortEthertype = false;
    bool selfManagedRegulatory = false;

    std::uint8_t maxScanSsids = 0;
    std::uint16_t maxScanIeLength = 0;
    std::uint8_t maxSchedScanSsids = 0;
    std::uint16_t maxSchedScanIeLength = 0;
    std::uint8_t maxMatchSets = 0;
    std::optional<std::uint32_t> maxScanPlans;
    std::optional<std::uint32_t> maxScanPlanInterval;
    std::optional<std::uint32_t> maxScanPlanIterations;
    std::optional<std::uint32_t> maxRemainOnChannelMs;

    std::optional<std::uint32_t> antennaAvailableTx;
    std::optional<std::uint32_t> antennaAvailableRx;
    std::optional<std::uint32_t> antennaConfiguredTx;
    std::optional<std::uint32_t> antennaConfiguredRx;

    std::optional<std::uint8_t> retryShort;
    std::optional<std::uint8_t> retryLong;
    std::optional<std::uint32_t> fragmentationThreshold;
    std::optional<std::uint32_t> rtsThreshold;
    std::optional<std::uint8_t> coverageClass;

    QByteArray htCapabilityMask;  // struct ieee80211_ht_cap the driver lets userspace override
    QByteArray vhtCapabilityMask; // struct ieee80211_vht_cap
    QByteArray extendedCapabilities;
    QByteArray extendedCapabilitiesMask;
    std::optional<std::uint8_t> maxPmkids;
    std::optional<std::uint32_t> maxApStations;
    std::optional<std::uint8_t> maxCsaCounters;
    std::optional<std::uint32_t> deviceApSme;
    std::optional<std::uint32_t> probeResponseOffload;

    bool supportsCommand(std::uint32_t command) const { return commands.contains(command); }
    bool hasExtendedFeature(unsigned feature) const;
    bool supportsInterfaceType(InterfaceType type) const { return interfaceTypes.contains(type); }
    const Band *band(BandId id) const;
};

} // namespace Airpane
