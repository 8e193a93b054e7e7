// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// helperprobe's interface and Wi-Fi Direct commands.
namespace Airpane::Probe {

// Creates a station NAME and starts Wi-Fi Direct on RADIO, prints both results, then waits
// SECONDS (a test kills it meanwhile).
int interfaceHold(uint radio, const QString &name, int seconds);
// Starts Wi-Fi Direct on RADIO, finds peers (or only listens) for SECONDS, prints the p2p
// signals, then GetPeers.
int discoverPeers(uint radio, int seconds, bool listenOnly);
// Malformed arguments for each interface and Wi-Fi Direct method.
int badInterfaces(uint radio);

} // namespace Airpane::Probe
