// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interfacecombination.h"
#include "interfacetype.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace Airpane {

// "What can this radio run at once?": its interface combinations in words, common sets of
// interfaces (station+AP, station+P2P, AP+monitor, ...) and whether the interfaces that run now
// leave room for them.
struct ConcurrencyReport
{
    struct Combination
    {
        int index = 0;
        InterfaceCombination combination;
        QString summary;    // "IBSS ≤ 1, station/AP/... ≤ 2048, P2P-device ≤ 1; total ≤ 2050; 1 channel"
        QStringList allows; // keys of the scenarios it allows
    };

    // A common set of interfaces.
    struct Scenario
    {
        QString key; // "station+ap"
        InterfaceTypes types;
        bool supported = false;  // some combination (or the software types) allows the set
        bool oneChannel = false; // every combination that allows it runs them on one channel
        QList<int> combinations; // the combinations that allow it
        bool roomNow = false;    // it fits beside what runs now
        InterfaceTypes toAdd;    // what it needs beyond the interfaces that run now
        QString reason;          // why not, when !supported or !roomNow
    };

    // Whether one more interface of a type can run now.
    struct TypeRoom
    {
        InterfaceType type = InterfaceType::Unspecified;
        bool supported = false;
        bool software = false;
        bool roomNow = false;
        QString reason;
    };

    struct Running
    {
        QString label; // the name, or "wdev 0x2" for an interface without a netdev
        InterfaceType type = InterfaceType::Unspecified;
        bool assumed = false; // running state unknown (P2P-device, NAN): counted as running
    };

    std::uint32_t radio = 0;
    QString radioName;
    InterfaceTypes softwareTypes;
    QList<Running> running;
    QList<Combination> combinations;
    QList<Scenario> scenarios;
    QList<TypeRoom> types;
};

} // namespace Airpane
