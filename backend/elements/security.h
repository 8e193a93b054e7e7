// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementsummary.h"

#include <QString>
#include <QStringList>

namespace Airpane::Elements {

// How a network is protected, as a user names it.
enum class SecurityKind : std::uint8_t {
    Open,
    OweTransition, // open, with an OWE twin that encrypts
    Owe,           // Enhanced Open
    Wep,
    Wpa,             // WPA version 1 only
    WpaWpa2Personal, // WPA and WPA2 mixed
    Wpa2Personal,
    Wpa2Wpa3Personal, // WPA3 transition mode: PSK and SAE
    Wpa3Personal,
    Wpa2Enterprise,
    Wpa3Enterprise,
    Wpa3Enterprise192,
    // Not a network: a Wi-Fi Direct device in its listen state answering a probe (SSID "DIRECT-",
    // a P2P element, the privacy bit set for the group it would form, no RSN element yet).
    P2pDevice,
    Other,
};

enum class ProtectedManagementFrames : std::uint8_t { Disabled, Capable, Required };

struct Security
{
    SecurityKind kind = SecurityKind::Open;
    ProtectedManagementFrames pmf = ProtectedManagementFrames::Disabled;
};

// From the privacy bit of the capability field and the RSN, WPA, OWE and P2P elements and the SSID.
Security classifySecurity(std::uint16_t capability, const ElementSummary &summary);

QString securityKey(SecurityKind kind);         // "wpa2-personal", ...
QString securityDisplayName(SecurityKind kind); // "WPA2-Personal", ...
QString pmfKey(ProtectedManagementFrames pmf);  // "disabled", "capable", "required"
// The names of the AKMs and ciphers in SUMMARY's RSN element: "PSK", "SAE", "CCMP-128", ...
QStringList akmNames(const ElementSummary &summary);
QStringList pairwiseCipherNames(const ElementSummary &summary);
QString cipherSuiteName(std::uint32_t suite);

} // namespace Airpane::Elements
