// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "combinationload.h"

#include "model/interfacecombination.h"
#include "model/interfaceverdict.h"
#include "model/radio.h"

#include <QString>

namespace Airpane::Interfaces {

// Why a load does not fit an interface combination, in words for people, and what holds when it
// fits. Pure.
class CombinationProblems
{
public:
    // In cfg80211's order of checks, with the types Airpane asked for first; empty when LOAD fits.
    static QString problem(const Radio &radio, const InterfaceCombination &combination,
                           const CombinationLoad &load);
    // The channel the candidate must share when the combination has no channel to spare.
    static void noteChannel(const Radio &radio, const InterfaceCombination &combination,
                            const CombinationLoad &load, InterfaceVerdict &verdict);
    // Beaconing interfaces whose beacon interval nl80211 does not report.
    static void noteBeaconIntervals(const InterfaceCombination &combination, const CombinationLoad &load,
                                    InterfaceVerdict &verdict);
    static QString describedList(const QList<const LoadMember *> &members);
};

} // namespace Airpane::Interfaces
