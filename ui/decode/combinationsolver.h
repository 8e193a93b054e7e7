// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/radio.h"

#include <QMap>

namespace Airpane {

// How many interfaces of each type (interface type keys).
using InterfaceCounts = QMap<QString, int>;

// Answers "can this radio run these interfaces at once, and on how many channels?" from its
// interface combinations. Each combination's limits may share types, so whether a set fits is an
// assignment problem: a small maximum flow from types to limits.
class CombinationSolver
{
public:
    struct Answer
    {
        bool possible = false;
        int combination = -1; // the one allowing the most channels; -1 when none fits
        int channels = 0;
        InterfaceCounts counts; // what was asked, with P2P groups resolved to GO or client
    };

    // The radio's combinations; a radio that reports none runs one interface at a time, which is
    // a combination of its own.
    static QList<Client::Combination> combinations(const Client::Radio &radio);
    // Whether COMBINATION allows COUNTS at once. Types the radio adds in software never count.
    static bool fits(const Client::Combination &combination, const InterfaceCounts &counts);
    // How many interfaces of TYPE the combination allows on their own.
    static int maxOf(const Client::Combination &combination, const QString &type);
    // COUNTS may hold "p2p-group": that many P2P groups, each as group owner or client, whichever
    // fits.
    static Answer answer(const Client::Radio &radio, InterfaceCounts counts);
    // COUNTS without the types RADIO adds in software.
    static InterfaceCounts counted(const Client::Radio &radio, const InterfaceCounts &counts);
};

} // namespace Airpane
