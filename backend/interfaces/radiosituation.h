// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/interface.h"
#include "model/radio.h"

#include <QList>
#include <QSet>
#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane::Interfaces {

// An interface of the radio as the pre-check sees it. Only running interfaces count: the kernel
// checks combinations when an interface comes up (and again when it takes a channel), not when
// it is created.
struct ActiveInterface
{
    std::uint64_t wdev = 0;
    QString label; // the name, or "wdev 0x2" for an interface without a netdev
    InterfaceType type = InterfaceType::Unspecified;
    QString mac;
    std::optional<OperatingChannel> channel;
    // Beaconing interfaces (AP, P2P-GO, mesh point): their beacon interval when the caller knows
    // it; nl80211 does not report it. For a connected station: its BSS's.
    std::optional<std::uint32_t> beaconIntervalTu;
    bool running = false;
    bool assumed = false; // running state unknown (no netdev): counted as running to be safe
};

// The interface a request would bring up.
struct Candidate
{
    InterfaceType type = InterfaceType::Unspecified;
    QString mac; // empty: the kernel picks one, not known yet
    std::optional<OperatingChannel> channel;
    // It needs a channel context of its own (an IBSS without a fixed frequency).
    bool exclusiveChannel = false;
    std::optional<std::uint32_t> beaconIntervalTu;
    // A type change: this interface is replaced by the candidate and does not count.
    std::optional<std::uint64_t> replacing;
};

// Everything the pre-check needs of one radio, copied so that checks are pure functions.
struct RadioSituation
{
    Radio radio;
    QList<ActiveInterface> interfaces;     // every interface of the radio, running or not
    std::optional<std::uint8_t> dfsRegion; // enum nl80211_dfs_regions of the radio's domain

    // From the backend's model: the radio's interfaces with their link state. P2P-devices and NAN
    // interfaces have no link state; those in STOPPED (wdevs known to be stopped) do not count,
    // all others are assumed to run.
    static RadioSituation from(const Radio &radio, const QList<Interface> &interfaces,
                               std::optional<std::uint8_t> dfsRegion = std::nullopt,
                               const QSet<std::uint64_t> &stopped = {});

    QList<ActiveInterface> running(std::optional<std::uint64_t> except = std::nullopt) const;
};

// The label of INTERFACE in messages: its name, or "wdev 0x2".
QString interfaceLabel(const Interface &interface);

} // namespace Airpane::Interfaces
