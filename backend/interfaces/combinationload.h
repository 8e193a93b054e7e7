// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "radiosituation.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace Airpane::Interfaces {

// One interface of the load: running already, or asked for.
struct LoadMember
{
    QString label; // empty for a candidate
    InterfaceType type = InterfaceType::Unspecified;
    std::optional<OperatingChannel> channel;
    bool exclusive = false;
    std::optional<std::uint32_t> beaconIntervalTu;
    bool candidate = false;
};

struct LoadChannel
{
    OperatingChannel channel;
    QList<const LoadMember *> users;
    bool exclusive = false;
};

// What would run if the request went ahead, as cfg80211_check_combinations() counts it: the
// running interfaces and the candidates, software types left out, with their channels grouped
// into the channel contexts they would share and the radar widths they need.
struct CombinationLoad
{
    QList<LoadMember> members; // no software types
    QList<LoadChannel> channels;
    std::uint32_t radar = 0;
    std::optional<std::uint8_t> dfsRegion;

    CombinationLoad() = default;
    // Channels point into members: moved, never copied.
    CombinationLoad(const CombinationLoad &) = delete;
    CombinationLoad &operator=(const CombinationLoad &) = delete;
    CombinationLoad(CombinationLoad &&) = default;
    CombinationLoad &operator=(CombinationLoad &&) = default;

    static CombinationLoad build(const RadioSituation &situation, const QList<ActiveInterface> &running,
                                 const QList<Candidate> &candidates);

    QList<const LoadMember *> existing() const
    {
        QList<const LoadMember *> result;
        for (const LoadMember &member : members) {
            if (!member.candidate) {
                result.append(&member);
            }
        }
        return result;
    }
    const LoadMember *firstCandidate() const
    {
        for (const LoadMember &member : members) {
            if (member.candidate) {
                return &member;
            }
        }
        return nullptr;
    }
};

// Types that send beacons and so take part in the beacon-interval and radar rules.
bool isBeaconing(InterfaceType type);

} // namespace Airpane::Interfaces
