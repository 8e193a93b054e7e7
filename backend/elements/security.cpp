// SPDX-License-Identifier: GPL-3.0-or-later
#include "security.h"

#include <QCoreApplication>

#include <algorithm>

namespace Airpane::Elements {
namespace {

// AKM suite types of OUI 00-0f-ac (IEEE 802.11-2020 Table 9-151).
enum Akm : unsigned {
    Ieee8021x = 1,
    Psk = 2,
    FtIeee8021x = 3,
    FtPsk = 4,
    Ieee8021xSha256 = 5,
    PskSha256 = 6,
    Sae = 8,
    FtSae = 9,
    SuiteB = 11,
    SuiteB192 = 12,
    FtIeee8021xSha384 = 13,
    FilsSha256 = 14,
    FilsSha384 = 15,
    Owe = 18,
    SaeExt = 24,
    FtSaeExt = 25,
};

constexpr bool has(std::uint32_t bits, unsigned bit)
{
    return bits & (1u << bit);
}

constexpr std::uint16_t capabilityPrivacy = 0x0010;

// The P2P wildcard SSID: a P2P Device (not a group owner, whose SSID goes on, "DIRECT-xy...") answers
// probes with it while it listens.
bool isP2pDevice(const ElementSummary &s)
{
    static constexpr char wildcard[] = "DIRECT-";
    constexpr std::size_t length = sizeof wildcard - 1;
    return s.hasP2p && s.ssidLength == length && std::equal(wildcard, wildcard + length, s.ssid.begin());
}

} // namespace

Security classifySecurity(std::uint16_t capability, const ElementSummary &s)
{
    Security security;
    if (s.hasRsnCapabilities) {
        if (s.rsnCapabilities & 0x40) {
            security.pmf = ProtectedManagementFrames::Required;
        } else if (s.rsnCapabilities & 0x80) {
            security.pmf = ProtectedManagementFrames::Capable;
        }
    }
    const std::uint32_t akms = s.rsnAkms;
    const bool sae = has(akms, Sae) || has(akms, FtSae) || has(akms, SaeExt) || has(akms, FtSaeExt);
    const bool psk = has(akms, Psk) || has(akms, FtPsk) || has(akms, PskSha256);
    const bool enterprise = has(akms, Ieee8021x) || has(akms, FtIeee8021x) || has(akms, Ieee8021xSha256) ||
                            has(akms, FilsSha256) || has(akms, FilsSha384);
    const bool suiteB192 = has(akms, SuiteB192) || has(akms, FtIeee8021xSha384);
    if (s.hasRsn) {
        if (has(akms, Owe)) {
            security.kind = SecurityKind::Owe;
        } else if (suiteB192) {
            security.kind = SecurityKind::Wpa3Enterprise192;
        } else if (enterprise) {
            security.kind = security.pmf == ProtectedManagementFrames::Required && has(akms, Ieee8021xSha256)
                                ? SecurityKind::Wpa3Enterprise
                                : SecurityKind::Wpa2Enterprise;
        } else if (sae && psk) {
            security.kind = SecurityKind::Wpa2Wpa3Personal;
        } else if (sae) {
            security.kind = SecurityKind::Wpa3Personal;
        } else if (psk) {
            security.kind = s.hasWpa ? SecurityKind::WpaWpa2Personal : SecurityKind::Wpa2Personal;
        } else {
            security.kind = SecurityKind::Other;
        }
    } else if (s.hasWpa) {
        security.kind = SecurityKind::Wpa;
    } else if (isP2pDevice(s)) {
        security.kind = SecurityKind::P2pDevice;
    } else if (capability & capabilityPrivacy) {
        security.kind = SecurityKind::Wep;
    } else if (s.hasOweTransition) {
        security.kind = SecurityKind::OweTransition;
    }
    return security;
}

QString securityKey(SecurityKind kind)
{
    static const char *keys[] = {"open",
                                 "owe-transition",
                                 "owe",
                                 "wep",
                                 "wpa",
                                 "wpa-wpa2-personal",
                                 "wpa2-personal",
                                 "wpa2-wpa3-personal",
                                 "wpa3-personal",
                                 "wpa2-enterprise",
                                 "wpa3-enterprise",
                                 "wpa3-enterprise-192",
                                 "p2p-device",
                                 "other"};
    return QString::fromLatin1(keys[int(kind)]);
}

QString securityDisplayName(SecurityKind kind)
{
    static const char *names[] = {
        QT_TRANSLATE_NOOP("Airpane", "Open"),
        QT_TRANSLATE_NOOP("Airpane", "Open (OWE transition)"),
        QT_TRANSLATE_NOOP("Airpane", "Enhanced Open (OWE)"),
        QT_TRANSLATE_NOOP("Airpane", "WEP"),
        QT_TRANSLATE_NOOP("Airpane", "WPA"),
        QT_TRANSLATE_NOOP("Airpane", "WPA/WPA2-Personal"),
        QT_TRANSLATE_NOOP("Airpane", "WPA2-Personal"),
        QT_TRANSLATE_NOOP("Airpane", "WPA2/WPA3-Personal"),
        QT_TRANSLATE_NOOP("Airpane", "WPA3-Personal"),
        QT_TRANSLATE_NOOP("Airpane", "WPA2-Enterprise"),
        QT_TRANSLATE_NOOP("Airpane", "WPA3-Enterprise"),
        QT_TRANSLATE_NOOP("Airpane", "WPA3-Enterprise 192-bit"),
        QT_TRANSLATE_NOOP("Airpane", "Wi-Fi Direct device"),
        QT_TRANSLATE_NOOP("Airpane", "Other"),
    };
    return QCoreApplication::translate("Airpane", names[int(kind)]);
}

QString pmfKey(ProtectedManagementFrames pmf)
{
    switch (pmf) {
    case ProtectedManagementFrames::Required:
        return QStringLiteral("required");
    case ProtectedManagementFrames::Capable:
        return QStringLiteral("capable");
    case ProtectedManagementFrames::Disabled:
        break;
    }
    return QStringLiteral("disabled");
}

QStringList akmNames(const ElementSummary &s)
{
    static const std::pair<unsigned, const char *> names[] = {
        {Ieee8021x, "802.1X"},
        {Psk, "PSK"},
        {FtIeee8021x, "FT/802.1X"},
        {FtPsk, "FT/PSK"},
        {Ieee8021xSha256, "802.1X/SHA-256"},
        {PskSha256, "PSK/SHA-256"},
        {7, "TDLS"},
        {Sae, "SAE"},
        {FtSae, "FT/SAE"},
        {10, "AP-PEERKEY"},
        {SuiteB, "802.1X/SUITE-B"},
        {SuiteB192, "802.1X/SUITE-B-192"},
        {FtIeee8021xSha384, "FT/802.1X/SHA-384"},
        {FilsSha256, "FILS/SHA-256"},
        {FilsSha384, "FILS/SHA-384"},
        {16, "FT/FILS/SHA-256"},
        {17, "FT/FILS/SHA-384"},
        {Owe, "OWE"},
        {19, "FT/PSK/SHA-384"},
        {20, "PSK/SHA-384"},
        {SaeExt, "SAE-EXT-KEY"},
        {FtSaeExt, "FT/SAE-EXT-KEY"},
    };
    QStringList result;
    for (const auto &[bit, name] : names) {
        if (has(s.rsnAkms, bit)) {
            result.append(QString::fromLatin1(name));
        }
    }
    return result;
}

QString cipherSuiteName(std::uint32_t suite)
{
    if ((suite >> 8) != 0x000fac) {
        return QStringLiteral("%1").arg(suite, 8, 16, QLatin1Char('0'));
    }
    static const char *names[] = {
        "use group",    "WEP-40",      "TKIP",         "",
        "CCMP-128",     "WEP-104",     "BIP-CMAC-128", "group addressed traffic not allowed",
        "GCMP-128",     "GCMP-256",    "CCMP-256",     "BIP-GMAC-128",
        "BIP-GMAC-256", "BIP-CMAC-256"};
    const unsigned type = suite & 0xff;
    return type < std::size(names) && *names[type] ? QString::fromLatin1(names[type])
                                                   : QStringLiteral("00-0f-ac:%1").arg(type);
}

QStringList pairwiseCipherNames(const ElementSummary &s)
{
    QStringList result;
    for (unsigned type = 0; type < 32; ++type) {
        if (has(s.rsnPairwise, type)) {
            result.append(cipherSuiteName(0x000fac00 | type));
        }
    }
    return result;
}

} // namespace Airpane::Elements
