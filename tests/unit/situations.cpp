// SPDX-License-Identifier: GPL-3.0-or-later
#include "situations.h"

#include "recording.h"

#include "nl80211/wiphydecoder.h"

#include <QRegularExpression>

#include <linux/nl80211.h>

using namespace Airpane;

namespace Situations {
namespace {

Radio recordedHwsim()
{
    const Recording recording(QStringLiteral("demo"), QStringLiteral("wiphy"));
    QMap<std::uint32_t, Radio> radios;
    for (const Netlink::GenericMessage &message : recording.genericMessages()) {
        Nl80211::mergeWiphy(message.attributes, radios);
    }
    return radios.value(0);
}

Channel channel(int frequency, int number, bool radar = false)
{
    Channel result;
    result.frequency = frequency;
    result.number = number;
    if (radar) {
        result.flags = {QStringLiteral("radar"), QStringLiteral("no-ir")};
    }
    return result;
}

InterfaceCombination::Limit limit(std::uint32_t max, InterfaceTypes types)
{
    return InterfaceCombination::Limit{max, std::move(types)};
}

Radio synthetic(const QString &name)
{
    using T = InterfaceType;
    Radio radio;
    radio.name = name;
    radio.interfaceTypes = {T::Adhoc,     T::Station,   T::AccessPoint, T::ApVlan,   T::Monitor,
                            T::MeshPoint, T::P2pClient, T::P2pGo,       T::P2pDevice};
    radio.softwareInterfaceTypes = {T::ApVlan, T::Monitor};
    radio.commands = {NL80211_CMD_NEW_INTERFACE, NL80211_CMD_SET_INTERFACE, NL80211_CMD_START_P2P_DEVICE};
    radio.featureFlags = NL80211_FEATURE_MAC_ON_CREATE;
    Band low;
    low.id = BandId::Band2GHz;
    for (int number = 1; number <= 13; ++number) {
        low.channels.append(channel(2407 + 5 * number, number));
    }
    Band five;
    five.id = BandId::Band5GHz;
    for (int number = 36; number <= 64; number += 4) {
        five.channels.append(channel(5000 + 5 * number, number, number >= 52));
    }
    radio.bands = {low, five};
    return radio;
}

std::uint32_t widthOf(int mhz)
{
    switch (mhz) {
    case 0:
        return NL80211_CHAN_WIDTH_20_NOHT;
    case 40:
        return NL80211_CHAN_WIDTH_40;
    case 80:
        return NL80211_CHAN_WIDTH_80;
    case 160:
        return NL80211_CHAN_WIDTH_160;
    default:
        return NL80211_CHAN_WIDTH_20;
    }
}

struct Parsed
{
    InterfaceType type = InterfaceType::Unspecified;
    QString label;
    std::optional<OperatingChannel> channel;
    std::optional<std::uint32_t> beacon;
    QString mac;
    bool down = false;
    bool exclusive = false;
};

Parsed parse(const QString &spec)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([a-z0-9-]+)(?::([^@#=!-]+))?(?:@(\\d+)(?:/(\\d+)(?:/"
                       "(\\d+))?)?)?(?:#(\\d+))?(?:=([0-9a-f:]+))?(-)?(!)?")));
    const auto match = pattern.match(spec);
    Q_ASSERT_X(match.hasMatch(), "Situations::parse", qPrintable(spec));
    Parsed parsed;
    const QString type =
        match.captured(1) == QLatin1String("ibss") ? QStringLiteral("adhoc") : match.captured(1);
    parsed.type = interfaceTypeFromKey(type).value_or(InterfaceType::Unspecified);
    parsed.label = match.captured(2);
    if (match.hasCaptured(3)) {
        OperatingChannel channel;
        channel.frequency = match.captured(3).toInt();
        channel.width = widthOf(match.hasCaptured(4) ? match.captured(4).toInt() : 20);
        channel.center1 = match.hasCaptured(5) ? match.captured(5).toInt() : channel.frequency;
        parsed.channel = channel;
    }
    if (match.hasCaptured(6)) {
        parsed.beacon = match.captured(6).toUInt();
    }
    parsed.mac = match.captured(7);
    parsed.down = match.hasCaptured(8);
    parsed.exclusive = match.hasCaptured(9);
    return parsed;
}

} // namespace

Radio radio(const QString &key)
{
    using T = InterfaceType;
    if (key == QLatin1String("hwsim")) {
        return recordedHwsim();
    }
    Radio radio = synthetic(key);
    InterfaceCombination combination;
    if (key == QLatin1String("two-channels")) {
        // Like many phones' chips: two stations or P2P-clients, one AP or GO, on two channels.
        combination.limits = {limit(2, {T::Station, T::P2pClient}), limit(1, {T::AccessPoint, T::P2pGo}),
                              limit(1, {T::P2pDevice})};
        combination.maxInterfaces = 4;
        combination.channels = 2;
        combination.staApBeaconIntervalMustMatch = true;
        radio.combinations = {combination};
    } else if (key == QLatin1String("gcd")) {
        combination.limits = {limit(4, {T::AccessPoint}), limit(1, {T::MeshPoint})};
        combination.maxInterfaces = 4;
        combination.channels = 1;
        combination.beaconIntervalMinGcd = 50;
        radio.combinations = {combination};
    } else if (key == QLatin1String("radar")) {
        // Radar detection at 20 and 40 MHz in the FCC and ETSI regions, by a single AP only.
        combination.limits = {limit(1, {T::AccessPoint})};
        combination.maxInterfaces = 1;
        combination.channels = 1;
        combination.radarDetectWidths = 1u << NL80211_CHAN_WIDTH_20 | 1u << NL80211_CHAN_WIDTH_40;
        combination.radarDetectRegions = 1u << NL80211_DFS_FCC | 1u << NL80211_DFS_ETSI;
        InterfaceCombination many;
        many.limits = {limit(4, {T::AccessPoint, T::Station})};
        many.maxInterfaces = 4;
        many.channels = 1;
        radio.combinations = {combination, many};
    } else if (key == QLatin1String("total")) {
        combination.limits = {limit(3, {T::Station}), limit(3, {T::AccessPoint})};
        combination.maxInterfaces = 3;
        combination.channels = 1;
        radio.combinations = {combination};
    }
    return radio; // "none": no combinations at all
}

Interfaces::RadioSituation situation(const QString &radioKey, const QString &running, int dfsRegion)
{
    Interfaces::RadioSituation situation;
    situation.radio = radio(radioKey);
    if (dfsRegion >= 0) {
        situation.dfsRegion = std::uint8_t(dfsRegion);
    }
    std::uint64_t wdev = 100;
    for (const QString &spec : running.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const Parsed parsed = parse(spec);
        Interfaces::ActiveInterface interface;
        interface.wdev = ++wdev;
        interface.label = parsed.label;
        interface.type = parsed.type;
        interface.mac = parsed.mac;
        interface.channel = parsed.channel;
        interface.beaconIntervalTu = parsed.beacon;
        interface.running = !parsed.down;
        interface.assumed = parsed.type == InterfaceType::P2pDevice;
        situation.interfaces.append(interface);
    }
    return situation;
}

Interfaces::Candidate candidate(const QString &spec)
{
    const Parsed parsed = parse(spec);
    Interfaces::Candidate candidate;
    candidate.type = parsed.type;
    candidate.mac = parsed.mac;
    candidate.channel = parsed.channel;
    candidate.beaconIntervalTu = parsed.beacon;
    candidate.exclusiveChannel = parsed.exclusive;
    return candidate;
}

} // namespace Situations
