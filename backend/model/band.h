// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channel.h"
#include "interfacetype.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <optional>

namespace Airpane {

// nl80211's bands (enum nl80211_band).
enum class BandId : std::uint8_t {
    Band2GHz = 0,
    Band5GHz = 1,
    Band60GHz = 2,
    Band6GHz = 3,
    BandS1GHz = 4,
    BandLc = 5
};

QString bandKey(BandId band);         // "2.4GHz", "5GHz", "60GHz", "6GHz", "S1GHz", "LC"
QString bandDisplayName(BandId band); // "2.4 GHz", ...
std::optional<BandId> bandFromKey(const QString &key);

// One band of a radio: its channels, legacy rates and HT/VHT/HE/EHT capabilities, as the driver
// publishes them in GET_WIPHY (NL80211_ATTR_WIPHY_BANDS).
struct Band
{
    struct Bitrate
    {
        int rate100Kbps = 0;
        bool shortPreamble = false;
    };

    struct Ht
    {
        std::uint16_t capabilities = 0; // HT Capabilities Info
        std::uint8_t ampduFactor = 0;   // maximum A-MPDU length exponent
        std::uint8_t ampduDensity = 0;  // minimum MPDU start spacing (encoded)
        QByteArray mcsSet;              // 16 bytes: supported MCS set
    };

    struct Vht
    {
        std::uint32_t capabilities = 0; // VHT Capabilities Info
        QByteArray mcsSet;              // 8 bytes: RX map, RX highest, TX map, TX highest
    };

    // HE and EHT capabilities apply per interface type (NL80211_BAND_ATTR_IFTYPE_DATA).
    struct IftypeData
    {
        InterfaceTypes interfaceTypes;
        QByteArray heMac;    // 6 bytes
        QByteArray hePhy;    // 11 bytes
        QByteArray heMcsSet; // 4, 8 or 12 bytes
        QByteArray hePpe;
        std::optional<std::uint16_t> he6GhzCapabilities;
        QByteArray ehtMac; // 2 bytes
        QByteArray ehtPhy; // 9 bytes
        QByteArray ehtMcsSet;
        QByteArray ehtPpe;
        QByteArray vendorElements;

        bool hasHe() const { return !heMac.isEmpty() || !hePhy.isEmpty(); }
        bool hasEht() const { return !ehtMac.isEmpty() || !ehtPhy.isEmpty(); }
    };

    BandId id = BandId::Band2GHz;
    QList<Channel> channels;
    QList<Bitrate> bitrates;
    std::optional<Ht> ht;
    std::optional<Vht> vht;
    QList<IftypeData> iftypeData;
    QByteArray edmgChannels; // 60 GHz EDMG, when present
    QByteArray s1gMcsNss;
    QByteArray s1gCapabilities;
};

} // namespace Airpane
