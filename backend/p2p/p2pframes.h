// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "p2pattributes.h"

#include <QByteArray>

#include <optional>

namespace Airpane::P2p {

// The P2P wildcard SSID that searching devices probe for and listening devices answer with.
inline constexpr char wildcardSsid[] = "DIRECT-";

// The elements of the probe requests of a search: WPS and P2P (Capability, Listen Channel).
QByteArray searchElements(const LocalDevice &device);

// 6, 9, 12, 18, 24, 36, 48 and 54 Mb/s in 500 kb/s units, 6, 12 and 24 basic: P2P frames use no
// CCK rates.
QByteArray ofdmRates();

// A probe response frame (management header and body) from DEVICE to DESTINATION, as a device in
// the Listen State answers: SSID "DIRECT-", OFDM rates, DS Parameter Set, WPS and P2P elements.
QByteArray probeResponseFrame(const LocalDevice &device, const MacAddress &destination);

// A received probe request, when it is one.
struct ProbeRequest
{
    MacAddress source{};
    QByteArray ssid;
    bool hasP2p = false;
    std::optional<MacAddress> wantedDevice; // the Device ID attribute: only that device answers
    PeerInfo peer;                          // what the requester says of itself
};

std::optional<ProbeRequest> parseProbeRequest(Bytes frame);

// Whether a device in the Listen State answers REQUEST (Wi-Fi P2P specification 3.1.2.1.2): it
// carries a P2P element, probes for the wildcard or the P2P wildcard SSID, and asks for no other
// device.
bool shouldAnswer(const ProbeRequest &request, const MacAddress &self);

} // namespace Airpane::P2p
