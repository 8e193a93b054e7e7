// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "radiosituation.h"

#include "model/interfaceverdict.h"

#include <QList>

namespace Airpane::Interfaces {

// Whether interfaces can run beside those that run on a radio, decided as the kernel decides
// when they come up and take their channels: the radio's interface combinations as cfg80211
// applies them (per-group maxima, total, distinct channels, radar widths and regions, beacon
// intervals; software types such as monitor always pass, and a lone interface needs no
// combination), then mac80211's own rules (an OCB interface runs alone, one IBSS at a time, no two
// running interfaces share an address unless one is a monitor or P2P-device). Pure: no kernel.
class CombinationCheck
{
public:
    static InterfaceVerdict check(const RadioSituation &situation, const QList<Candidate> &candidates);
    static InterfaceVerdict check(const RadioSituation &situation, const Candidate &candidate)
    {
        return check(situation, QList<Candidate>{candidate});
    }

    static bool isSoftware(const Radio &radio, InterfaceType type)
    {
        return radio.softwareInterfaceTypes.contains(type);
    }
    // cfg80211's rule: one channel context can serve both (same primary channel, one inside the
    // other).
    static bool channelsCompatible(const OperatingChannel &a, const OperatingChannel &b);
    // The radar-detection width bit (1 << enum nl80211_chan_width) an interface of TYPE on CHANNEL
    // needs, or 0: beaconing types on a channel any of whose 20 MHz parts has the radar flag.
    static std::uint32_t radarWidth(const Radio &radio, InterfaceType type, const OperatingChannel &channel);
    // "IBSS ≤ 1, station/AP/mesh point/P2P-client/P2P-GO ≤ 2048, P2P-device ≤ 1; total ≤ 2050;
    // 1 channel; radar detection at 20, 40, 80 MHz"
    static QString summary(const InterfaceCombination &combination);
};

} // namespace Airpane::Interfaces
