// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interfaces/radiosituation.h"

#include <QString>

// Radios and interface sets for the pre-check's tests: the lab's hwsim radio as recorded
// (tests/data/nl80211/demo/wiphy.nl) and synthetic radios with the combination rules hwsim does not
// have, and a compact notation for interfaces.
namespace Situations {

// "hwsim" (recorded), "two-channels", "gcd", "radar", "total", "none": see situations.cpp.
Airpane::Radio radio(const QString &key);

// Space-separated interfaces, each TYPE:LABEL[@FREQ[/WIDTH[/CENTER1]]][#BEACON][=MAC][-]:
// "station:wlan0@2437/40/2447 ap:ap0@2437#100 p2p-device:0x2 ibss:ib1-" (a trailing '-': down).
Airpane::Interfaces::RadioSituation situation(const QString &radioKey, const QString &running,
                                              int dfsRegion = -1);

// One interface as above without its label: "ap@2412#100=02:00:00:00:00:10"; a trailing '!' asks
// for a channel of its own (an IBSS without a fixed frequency).
Airpane::Interfaces::Candidate candidate(const QString &spec);

} // namespace Situations
