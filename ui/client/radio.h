// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The front end's own view of the helper's data, converted from the JSON of app/cli/JSON.md. The
// UI never sees D-Bus types nor the backend's structs; these live in their own namespace so that
// they cannot collide with the backend's types of the same names.
namespace Airpane::Client {

struct Channel
{
    int frequency = 0; // MHz
    int frequencyOffsetKhz = 0;
    std::optional<int> number; // IEEE channel number within its band
    std::optional<double> maxPowerDbm;
    bool disabled = false;
    QStringList flags; // no-ir, radar, indoor-only, no-ht40-minus, ...
    QString dfsState;  // empty (not a DFS channel), usable, unavailable, available
    std::optional<qint64> dfsStateTimeMs;
    std::optional<qint64> dfsCacTimeMs;

    bool operator==(const Channel &) const = default;
};

struct HtCapabilities
{
    quint16 capabilities = 0; // HT Capabilities Info
    int ampduExponent = 0;
    qint64 maxAmpduLength = 0; // bytes
    int ampduDensity = 0;      // encoded minimum MPDU start spacing
    QList<int> rxMcsIndexes;

    bool operator==(const HtCapabilities &) const = default;
};

struct VhtCapabilities
{
    quint32 capabilities = 0; // VHT Capabilities Info
    int rxMcsMap = 0xffff;
    int txMcsMap = 0xffff;
    int rxHighestMbps = 0;
    int txHighestMbps = 0;

    bool operator==(const VhtCapabilities &) const = default;
};

// HE or EHT capability fields, bytes in wire order.
struct HighThroughputFields
{
    QByteArray mac;
    QByteArray phy;
    QByteArray mcsSet;
    QByteArray ppe;

    bool operator==(const HighThroughputFields &) const = default;
};

// HE/EHT capabilities of one band for a set of interface types.
struct IftypeData
{
    QStringList interfaceTypes;
    std::optional<HighThroughputFields> he;
    std::optional<int> he6GhzCapabilities;
    std::optional<HighThroughputFields> eht;

    bool operator==(const IftypeData &) const = default;
};

struct Bitrate
{
    double mbps = 0;
    bool shortPreamble = false;

    bool operator==(const Bitrate &) const = default;
};

struct Band
{
    QString key; // 2.4GHz, 5GHz, 60GHz, 6GHz, S1GHz, LC
    std::optional<HtCapabilities> ht;
    std::optional<VhtCapabilities> vht;
    QList<IftypeData> iftypeData;
    QList<Bitrate> bitrates;
    QList<Channel> channels;

    bool operator==(const Band &) const = default;
};

// One way of running interfaces at once: at most `max` of each limit's types, at most
// `maxInterfaces` in all, on at most `channels` different channels.
struct Combination
{
    struct Limit
    {
        int max = 0;
        QStringList types;

        bool operator==(const Limit &) const = default;
    };
    QList<Limit> limits;
    int maxInterfaces = 0;
    int channels = 0;
    bool staApBeaconIntervalMustMatch = false;
    QStringList radarDetectWidths;
    int beaconIntervalMinGcd = 0;

    bool operator==(const Combination &) const = default;
};

struct Cipher
{
    QString suite; // 00-0f-ac:4
    QString name;  // CCMP-128; empty when unknown

    bool operator==(const Cipher &) const = default;
};

struct Radio
{
    uint index = 0;
    QString name;
    QList<Band> bands;
    QStringList interfaceTypes;
    QStringList softwareInterfaceTypes;
    QList<Combination> combinations;
    QStringList commands;
    QList<Cipher> ciphers;
    QStringList featureFlags;
    QStringList capabilityFlags;
    QStringList extendedFeatures;
    std::optional<int> maxRemainOnChannelMs;
    bool selfManagedRegulatory = false;
    int maxScanSsids = 0;
    int maxApStations = 0; // 0: the driver did not say
    std::optional<int> antennasTx;
    std::optional<int> antennasRx;

    bool operator==(const Radio &) const = default;

    const Band *band(const QString &key) const;
    bool supports(const QString &interfaceType) const { return interfaceTypes.contains(interfaceType); }
};

} // namespace Airpane::Client
