// SPDX-License-Identifier: GPL-3.0-or-later
// Security elements: RSN (9.4.2.24), its predecessor WPA (a vendor element of the same layout) and
// RSN Extension (9.4.2.241).
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

constexpr std::uint32_t ouiIeee = 0x000fac;
constexpr std::uint32_t ouiMicrosoft = 0x0050f2;
constexpr std::uint32_t ouiWfa = 0x506f9a;

QString selector(std::uint32_t oui, std::uint8_t type)
{
    return QStringLiteral("%1-%2-%3:%4")
        .arg(oui >> 16, 2, 16, QLatin1Char('0'))
        .arg((oui >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(oui & 0xff, 2, 16, QLatin1Char('0'))
        .arg(type);
}

std::uint32_t ouiAt(const ElementBuilder &b, int at)
{
    return std::uint32_t(b.u8(at)) << 16 | std::uint32_t(b.u8(at + 1)) << 8 | b.u8(at + 2);
}

QString replayCounters(std::uint64_t value)
{
    static const int counts[] = {1, 2, 4, 16};
    return QString::number(counts[value & 3]);
}

// A suite selector at AT: "CCMP-128 (00-0f-ac:4)".
Field suite(const ElementBuilder &b, const char *key, const char *label, const char *explanation, int at,
            bool akm)
{
    const std::uint32_t oui = ouiAt(b, at);
    const QString name = akm ? akmSuiteName(oui, b.u8(at + 3)) : cipherSuiteName(oui, b.u8(at + 3));
    return b.field(key, label, QStringLiteral("%1 (%2)").arg(name, selector(oui, b.u8(at + 3))), explanation,
                   at, 4);
}

// A suite list at AT (count, then 4 bytes each). Returns where it ends, or -1 when the count lies.
int suiteList(ElementBuilder &b, int at, bool akm)
{
    const int count = b.le16(at);
    b.add(akm ? b.field(
                    "akmSuiteCount", QT_TRANSLATE_NOOP("Airpane", "AKM suite count"), QString::number(count),
                    QT_TRANSLATE_NOOP("Airpane", "How many authentication and key management suites follow."),
                    at, 2)
              : b.field("pairwiseCipherCount", QT_TRANSLATE_NOOP("Airpane", "Pairwise cipher suite count"),
                        QString::number(count),
                        QT_TRANSLATE_NOOP("Airpane", "How many pairwise ciphers follow."), at, 2));
    at += 2;
    if (!b.need(at, 4 * count,
                akm ? QT_TRANSLATE_NOOP("Airpane", "The AKM suite list")
                    : QT_TRANSLATE_NOOP("Airpane", "The pairwise cipher suite list"))) {
        return -1;
    }
    for (int i = 0; i < count; ++i, at += 4) {
        b.add(akm ? suite(b, "akmSuite", QT_TRANSLATE_NOOP("Airpane", "AKM suite"),
                          QT_TRANSLATE_NOOP("Airpane",
                                            "A way to authenticate and derive keys: PSK, SAE, 802.1X, OWE, "
                                            "..."),
                          at, true)
                  : suite(b, "pairwiseCipher", QT_TRANSLATE_NOOP("Airpane", "Pairwise cipher suite"),
                          QT_TRANSLATE_NOOP("Airpane", "A cipher for unicast traffic."), at, false));
    }
    return at;
}

// Version (unless not VERSION), group cipher and the two suite lists, from AT; where they end, or
// -1.
int commonPart(ElementBuilder &b, int at, bool version = true)
{
    if (version) {
        b.add(b.field("version", QT_TRANSLATE_NOOP("Airpane", "Version"), QString::number(b.le16(at)),
                      QT_TRANSLATE_NOOP("Airpane", "Always 1."), at, 2));
        at += 2;
    }
    if (at + 4 > b.size()) {
        return at; // what follows is optional; its absence means the defaults
    }
    b.add(suite(b, "groupCipher", QT_TRANSLATE_NOOP("Airpane", "Group data cipher suite"),
                QT_TRANSLATE_NOOP("Airpane", "The cipher of broadcast and multicast traffic."), at, false));
    at += 4;
    for (const bool akm : {false, true}) {
        if (at == b.size()) {
            return at;
        }
        if (!b.need(at, 2,
                    akm ? QT_TRANSLATE_NOOP("Airpane", "The AKM suite count")
                        : QT_TRANSLATE_NOOP("Airpane", "The pairwise cipher suite count"))) {
            return -1;
        }
        at = suiteList(b, at, akm);
        if (at < 0) {
            return -1;
        }
    }
    return at;
}

} // namespace

QString cipherSuiteName(std::uint32_t oui, std::uint8_t type)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Airpane", "use group cipher"),
        "WEP-40",
        "TKIP",
        nullptr,
        "CCMP-128",
        "WEP-104",
        "BIP-CMAC-128",
        QT_TRANSLATE_NOOP("Airpane", "group addressed traffic not allowed"),
        "GCMP-128",
        "GCMP-256",
        "CCMP-256",
        "BIP-GMAC-128",
        "BIP-GMAC-256",
        "BIP-CMAC-256",
    };
    // WPA's ciphers (00-50-f2) use the same numbers as far as they go (0 to 5).
    if ((oui == ouiIeee || (oui == ouiMicrosoft && type <= 5)) && type < std::size(names) && names[type]) {
        return tr(names[type]);
    }
    return tr(QT_TRANSLATE_NOOP("Airpane", "unknown"));
}

QString akmSuiteName(std::uint32_t oui, std::uint8_t type)
{
    static const char *const names[] = {
        nullptr,
        "802.1X",
        "PSK",
        "FT/802.1X",
        "FT/PSK",
        "802.1X/SHA-256",
        "PSK/SHA-256",
        "TDLS/TPK",
        "SAE",
        "FT/SAE",
        "AP PeerKey",
        "802.1X/Suite B",
        "802.1X/Suite B-192",
        "FT/802.1X/Suite B-192",
        "FILS/SHA-256",
        "FILS/SHA-384",
        "FT/FILS/SHA-256",
        "FT/FILS/SHA-384",
        "OWE",
        "FT/PSK/SHA-384",
        "PSK/SHA-384",
        "PASN",
        "FT/802.1X/SHA-384",
        "802.1X/SHA-384",
        "SAE-EXT-KEY",
        "FT/SAE-EXT-KEY",
    };
    if (oui == ouiIeee && type < std::size(names) && names[type]) {
        return QLatin1String(names[type]);
    }
    if (oui == ouiMicrosoft && (type == 1 || type == 2)) {
        return QLatin1String(names[type]);
    }
    if (oui == ouiWfa && type == 1) {
        return QStringLiteral("OSEN");
    }
    if (oui == ouiWfa && type == 2) {
        return QStringLiteral("DPP");
    }
    return tr(QT_TRANSLATE_NOOP("Airpane", "unknown"));
}

void decodeRsn(ElementBuilder &b)
{
    if (!b.atLeast(2)) {
        return;
    }
    int at = commonPart(b, 0);
    if (at < 0 || at + 2 > b.size()) {
        if (at >= 0) {
            b.extra(at);
        }
        return;
    }
    static constexpr Bit capabilities[] = {
        {0, 1, "preauthentication", QT_TRANSLATE_NOOP("Airpane", "Preauthentication"),
         QT_TRANSLATE_NOOP("Airpane",
                           "Stations may authenticate with this AP through another before roaming."),
         nullptr, true},
        {1, 1, "noPairwise", QT_TRANSLATE_NOOP("Airpane", "No pairwise"),
         QT_TRANSLATE_NOOP("Airpane", "WEP default keys alongside pairwise keys (a WEP transition relic)."),
         nullptr, true},
        {2, 2, "ptksaReplayCounters", QT_TRANSLATE_NOOP("Airpane", "PTKSA replay counters"),
         QT_TRANSLATE_NOOP("Airpane", "Replay counters per pairwise key (one per traffic class with QoS)."),
         replayCounters, true},
        {4, 2, "gtksaReplayCounters", QT_TRANSLATE_NOOP("Airpane", "GTKSA replay counters"),
         QT_TRANSLATE_NOOP("Airpane", "Replay counters per group key."), replayCounters, true},
        {6, 1, "mfpRequired", QT_TRANSLATE_NOOP("Airpane", "Management frame protection required"),
         QT_TRANSLATE_NOOP("Airpane", "Stations without protected management frames (802.11w) cannot join."),
         nullptr, true},
        {7, 1, "mfpCapable", QT_TRANSLATE_NOOP("Airpane", "Management frame protection capable"),
         QT_TRANSLATE_NOOP("Airpane", "The AP protects management frames for stations that can."), nullptr,
         true},
        {8, 1, "jointMultiBandRsna", QT_TRANSLATE_NOOP("Airpane", "Joint multi-band RSNA"),
         QT_TRANSLATE_NOOP("Airpane", "Security associations may span bands (fast session transfer)."),
         nullptr, true},
        {9, 1, "peerKey", QT_TRANSLATE_NOOP("Airpane", "PeerKey enabled"),
         QT_TRANSLATE_NOOP("Airpane", "Direct links between stations get their own keys."), nullptr, true},
        {10, 1, "sppAmsduCapable", QT_TRANSLATE_NOOP("Airpane", "SPP A-MSDU capable"),
         QT_TRANSLATE_NOOP("Airpane", "Protects the A-MSDU header against tampering when both sides can."),
         nullptr, true},
        {11, 1, "sppAmsduRequired", QT_TRANSLATE_NOOP("Airpane", "SPP A-MSDU required"),
         QT_TRANSLATE_NOOP("Airpane", "Refuses A-MSDUs with unprotected headers."), nullptr, true},
        {12, 1, "pbac", QT_TRANSLATE_NOOP("Airpane", "PBAC"),
         QT_TRANSLATE_NOOP("Airpane", "Protected block ack agreements."), nullptr, true},
        {13, 1, "extendedKeyId", QT_TRANSLATE_NOOP("Airpane", "Extended key ID"),
         QT_TRANSLATE_NOOP("Airpane", "Pairwise keys can be replaced without a gap in traffic."), nullptr,
         true},
        {14, 1, "ocvc", QT_TRANSLATE_NOOP("Airpane", "Operating channel validation"),
         QT_TRANSLATE_NOOP("Airpane", "Checks during the handshake that both sides see the same channel."),
         nullptr, true},
    };
    b.add(b.bits(
        "capabilities", QT_TRANSLATE_NOOP("Airpane", "RSN capabilities"),
        QT_TRANSLATE_NOOP("Airpane", "Protected management frames, replay counters and other options."), at,
        2, capabilities));
    at += 2;
    if (at + 2 > b.size()) {
        b.extra(at);
        return;
    }
    const int pmkids = b.le16(at);
    b.add(b.field("pmkidCount", QT_TRANSLATE_NOOP("Airpane", "PMKID count"), QString::number(pmkids),
                  QT_TRANSLATE_NOOP("Airpane", "Cached keys offered; an AP sends none."), at, 2));
    at += 2;
    if (!b.need(at, 16 * pmkids, QT_TRANSLATE_NOOP("Airpane", "The PMKID list"))) {
        return;
    }
    for (int i = 0; i < pmkids; ++i, at += 16) {
        b.add(b.field("pmkid", QT_TRANSLATE_NOOP("Airpane", "PMKID"), b.hex(at, 16),
                      QT_TRANSLATE_NOOP("Airpane", "Names a cached key to skip the full authentication."), at,
                      16));
    }
    if (at + 4 <= b.size()) {
        b.add(suite(b, "groupManagementCipher", QT_TRANSLATE_NOOP("Airpane", "Group management cipher suite"),
                    QT_TRANSLATE_NOOP("Airpane", "The cipher that protects broadcast management frames."), at,
                    false));
        at += 4;
    }
    b.extra(at);
}

void decodeWpaBody(ElementBuilder &b, int at, bool version)
{
    if (version && !b.need(at, 2, QT_TRANSLATE_NOOP("Airpane", "The WPA version"))) {
        return;
    }
    at = commonPart(b, at, version);
    if (at < 0) {
        return;
    }
    if (at + 2 <= b.size()) {
        // WPA had the RSN capabilities field too; only the replay counters meant something.
        b.add(b.field("capabilities", QT_TRANSLATE_NOOP("Airpane", "WPA capabilities"),
                      hexNumber(b.le16(at), 4), QT_TRANSLATE_NOOP("Airpane", "Options, as in RSN."), at, 2));
        at += 2;
    }
    b.extra(at);
}

void decodeRsnExtension(ElementBuilder &b)
{
    if (!b.atLeast(1)) {
        return;
    }
    static constexpr Bit capabilities[] = {
        {0, 4, "fieldLength", QT_TRANSLATE_NOOP("Airpane", "Field length"),
         QT_TRANSLATE_NOOP("Airpane", "Bytes of the capabilities field, minus one."), nullptr, true},
        {4, 1, "protectedTwt", QT_TRANSLATE_NOOP("Airpane", "Protected TWT operations"),
         QT_TRANSLATE_NOOP("Airpane", "Target wake time negotiation in protected frames."), nullptr, false},
        {5, 1, "saeHashToElement", QT_TRANSLATE_NOOP("Airpane", "SAE hash-to-element"),
         QT_TRANSLATE_NOOP("Airpane",
                           "SAE's password element by hashing, safe against timing attacks (H2E)."),
         nullptr, false},
        {6, 1, "saePk", QT_TRANSLATE_NOOP("Airpane", "SAE-PK"),
         QT_TRANSLATE_NOOP("Airpane", "SAE with a public key that proves the AP's identity."), nullptr,
         false},
        {7, 1, "protectedWur", QT_TRANSLATE_NOOP("Airpane", "Protected WUR frames"),
         QT_TRANSLATE_NOOP("Airpane", "Wake-up radio frames are protected."), nullptr, false},
        {8, 1, "secureLtf", QT_TRANSLATE_NOOP("Airpane", "Secure LTF"),
         QT_TRANSLATE_NOOP("Airpane", "Secure ranging training fields (802.11az)."), nullptr, false},
        {9, 1, "secureRtt", QT_TRANSLATE_NOOP("Airpane", "Secure RTT"),
         QT_TRANSLATE_NOOP("Airpane", "Secure round-trip time measurement (802.11az)."), nullptr, false},
        {10, 1, "urnmMfprX20", QT_TRANSLATE_NOOP("Airpane", "URNM-MFPR-X20"),
         QT_TRANSLATE_NOOP("Airpane", "Unassociated ranging requires protection (802.11az)."), nullptr,
         false},
    };
    const int length = std::min(b.size(), 8);
    b.add(
        b.bits("capabilities", QT_TRANSLATE_NOOP("Airpane", "Extended RSN capabilities"),
               QT_TRANSLATE_NOOP("Airpane", "Security features beyond the RSN element: SAE-H2E, SAE-PK, ..."),
               0, length, capabilities));
    if ((b.u8(0) & 0xf) + 1 != b.size()) {
        b.error(tr(QT_TRANSLATE_NOOP("Airpane", "the field length says %1 bytes, the element has %2"))
                    .arg((b.u8(0) & 0xf) + 1)
                    .arg(b.size()));
    }
}

} // namespace Airpane::Elements::Inspector
