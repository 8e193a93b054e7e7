// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// The requests of tst_interfacecombinations: what runs on the free radio first, the request, and
// the pre-check's expected verdict, which the kernel must then confirm. In texts, {phy}, {netdev}
// and {mac} stand for the free radio's name, its own interface and that interface's address.
struct CombinationRow
{
    enum class Kind { Create, SetType };

    // An interface set up before the request, created (and brought up) by the backend.
    struct Step
    {
        const char *type = "";
        const char *name = "";
        const char *mac = "";
        bool up = true;
        int apFrequency = 0; // start it as an AP (or join) on this channel
        int beacon = 0;      // its beacon interval there, known to the test
    };

    const char *name = "";
    bool netdevUp = true; // the radio's own interface (wlan0)
    bool connect = false; // wlan0 connected to the scenario's open network on channel 6
    QList<Step> setup = {};
    Kind kind = Kind::Create; // SetType: change the last step's interface to TYPE
    const char *type = "station";
    const char *mac = "";
    const char *flags = "";
    int frequency = 0; // start the AP, or join the IBSS or mesh, on this channel
    bool fixedFrequency = false;
    int beacon = 0;
    bool allowed = true;
    const char *message = ""; // the start of the pre-check's reason when refused
};

namespace CombinationRows {
const QList<CombinationRow> &all();
}
