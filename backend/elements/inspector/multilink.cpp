// SPDX-License-Identifier: GPL-3.0-or-later
// 802.11be: the Multi-Link element (9.4.2.321): control, common info (the AP MLD) and per-STA
// profiles of the other links, whose elements are decoded like a frame's.
#include "decoders.h"

namespace Airpane::Elements::Inspector {
namespace {

QString typeName(int type)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Airpane", "basic"),           QT_TRANSLATE_NOOP("Airpane", "probe request"),
        QT_TRANSLATE_NOOP("Airpane", "reconfiguration"), QT_TRANSLATE_NOOP("Airpane", "TDLS"),
        QT_TRANSLATE_NOOP("Airpane", "priority access"), QT_TRANSLATE_NOOP("Airpane", "EPCS priority access"),
    };
    return type < int(std::size(names)) ? QStringLiteral("%1 (%2)").arg(type).arg(tr(names[type]))
                                        : QString::number(type);
}

// The Basic variant's common info from AT (its length byte); returns where it ends, or -1.
int basicCommonInfo(ElementBuilder &b, int at, std::uint16_t presence)
{
    const int length = b.u8(at);
    if (!b.need(at, length, QT_TRANSLATE_NOOP("Airpane", "The common info")) || length < 7) {
        if (length < 7 && !b.failed()) {
            b.error(tr(QT_TRANSLATE_NOOP("Airpane",
                                         "a basic multi-link common info of %1 bytes has no MLD address"))
                        .arg(length));
        }
        return -1;
    }
    const int end = at + length;
    b.add(b.field("commonInfoLength", QT_TRANSLATE_NOOP("Airpane", "Common info length"),
                  QString::number(length),
                  QT_TRANSLATE_NOOP("Airpane", "Bytes of common info, this one included."), at, 1));
    b.add(b.field("mldAddress", QT_TRANSLATE_NOOP("Airpane", "MLD MAC address"), b.mac(at + 1),
                  QT_TRANSLATE_NOOP("Airpane",
                                    "The address of the whole multi-link device, the same on all its "
                                    "links."),
                  at + 1, 6));
    int pos = at + 7;
    struct Optional
    {
        int bit;
        int size;
        const char *key;
        const char *label;
        const char *explanation;
    };
    static const Optional optionals[] = {
        {4, 1, "linkIdInfo", QT_TRANSLATE_NOOP("Airpane", "Link ID"),
         QT_TRANSLATE_NOOP("Airpane", "Which of the MLD's links this frame comes from.")},
        {5, 1, "bssParametersChangeCount", QT_TRANSLATE_NOOP("Airpane", "BSS parameters change count"),
         QT_TRANSLATE_NOOP("Airpane", "Changes when this link's critical parameters do.")},
        {6, 2, "mediumSynchronizationDelay", QT_TRANSLATE_NOOP("Airpane", "Medium synchronization delay"),
         QT_TRANSLATE_NOOP("Airpane", "How long a link that was deaf waits before it transmits.")},
        {7, 2, "emlCapabilities", QT_TRANSLATE_NOOP("Airpane", "EML capabilities"),
         QT_TRANSLATE_NOOP("Airpane",
                           "Enhanced multi-link single radio (EMLSR) and multi radio (EMLMR) support.")},
        {8, 2, "mldCapabilities", QT_TRANSLATE_NOOP("Airpane", "MLD capabilities and operations"),
         QT_TRANSLATE_NOOP("Airpane", "How many links work at once, and TID-to-link mapping.")},
        {9, 1, "apMldId", QT_TRANSLATE_NOOP("Airpane", "AP MLD ID"),
         QT_TRANSLATE_NOOP("Airpane", "Identifies the AP MLD within a multiple BSSID set.")},
        {10, 2, "extendedMldCapabilities",
         QT_TRANSLATE_NOOP("Airpane", "Extended MLD capabilities and operations"),
         QT_TRANSLATE_NOOP("Airpane", "Further multi-link features.")},
    };
    for (const Optional &optional : optionals) {
        if (!(presence & (1u << optional.bit))) {
            continue;
        }
        if (pos + optional.size > end) {
            b.error(
                tr(QT_TRANSLATE_NOOP("Airpane", "the common info is shorter than its presence bitmap says")));
            return -1;
        }
        Field field = b.field(optional.key, optional.label,
                              optional.size == 1 ? QString::number(b.u8(pos)) : hexNumber(b.le16(pos), 4),
                              optional.explanation, pos, optional.size);
        if (optional.bit == 4) {
            field.value = QString::number(b.u8(pos) & 0xf);
        } else if (optional.bit == 8) {
            field.children << b.field(
                "maxSimultaneousLinks", QT_TRANSLATE_NOOP("Airpane", "Maximum simultaneous links"),
                QString::number((b.le16(pos) & 0xf) + 1),
                QT_TRANSLATE_NOOP("Airpane", "Links the MLD can use at the same time."), pos, 1);
        } else if (optional.bit == 7) {
            field.children
                << b.field("emlsr", QT_TRANSLATE_NOOP("Airpane", "EMLSR"), yesNo(b.le16(pos) & 0x1),
                           QT_TRANSLATE_NOOP("Airpane", "Listens on several links and transmits on one."),
                           pos, 1)
                << b.field("emlmr", QT_TRANSLATE_NOOP("Airpane", "EMLMR"), yesNo(b.le16(pos) & 0x80),
                           QT_TRANSLATE_NOOP("Airpane", "Moves radios between links as traffic needs."), pos,
                           1);
        }
        b.add(field);
        pos += optional.size;
    }
    if (pos < end) {
        b.add(b.field(
            "commonInfoExtra", QT_TRANSLATE_NOOP("Airpane", "Further common info"), b.hex(pos, end - pos),
            QT_TRANSLATE_NOOP("Airpane", "Common info this decoder does not know."), pos, end - pos));
    }
    return end;
}

// A Per-STA Profile subelement's body (COUNT bytes at AT).
void perStaProfile(ElementBuilder &b, Field &profile, int at, int count)
{
    const int end = at + count;
    if (count < 3) {
        b.error(tr(QT_TRANSLATE_NOOP("Airpane", "a per-STA profile of %1 bytes has no STA info")).arg(count));
        return;
    }
    static constexpr Bit control[] = {
        {0, 4, "linkId", QT_TRANSLATE_NOOP("Airpane", "Link ID"),
         QT_TRANSLATE_NOOP("Airpane", "The link this profile describes."), nullptr, true},
        {4, 1, "completeProfile", QT_TRANSLATE_NOOP("Airpane", "Complete profile"),
         QT_TRANSLATE_NOOP("Airpane", "The profile has all of the link's elements."), nullptr, true},
        {5, 1, "macAddressPresent", QT_TRANSLATE_NOOP("Airpane", "STA MAC address present"),
         QT_TRANSLATE_NOOP("Airpane", "The link's own address follows."), nullptr, true},
        {6, 1, "beaconIntervalPresent", QT_TRANSLATE_NOOP("Airpane", "Beacon interval present"),
         QT_TRANSLATE_NOOP("Airpane", "The link's beacon interval follows."), nullptr, true},
        {7, 1, "tsfOffsetPresent", QT_TRANSLATE_NOOP("Airpane", "TSF offset present"),
         QT_TRANSLATE_NOOP("Airpane", "The offset of the link's clock follows."), nullptr, true},
        {8, 1, "dtimInfoPresent", QT_TRANSLATE_NOOP("Airpane", "DTIM info present"),
         QT_TRANSLATE_NOOP("Airpane", "The link's DTIM count and period follow."), nullptr, true},
        {9, 1, "nstrLinkPairPresent", QT_TRANSLATE_NOOP("Airpane", "NSTR link pair present"),
         QT_TRANSLATE_NOOP("Airpane", "Links this one cannot transmit and receive alongside follow."),
         nullptr, true},
        {10, 1, "nstrBitmapSize", QT_TRANSLATE_NOOP("Airpane", "NSTR bitmap size"),
         QT_TRANSLATE_NOOP("Airpane", "0: one byte of NSTR bitmap, 1: two."), nullptr, true},
        {11, 1, "bssParametersChangeCountPresent",
         QT_TRANSLATE_NOOP("Airpane", "BSS parameters change count present"),
         QT_TRANSLATE_NOOP("Airpane", "The link's change count follows."), nullptr, true},
    };
    const std::uint16_t flags = b.le16(at);
    Field controlField = b.bits(
        "staControl", QT_TRANSLATE_NOOP("Airpane", "STA control"),
        QT_TRANSLATE_NOOP("Airpane", "Which link this is and which STA info follows."), at, 2, control);
    profile.value = tr(QT_TRANSLATE_NOOP("Airpane", "link %1")).arg(flags & 0xf);
    profile.children << controlField;
    const int infoLength = b.u8(at + 2);
    if (at + 2 + infoLength > end || infoLength < 1) {
        b.error(tr(QT_TRANSLATE_NOOP("Airpane", "a per-STA profile's STA info length lies")));
        return;
    }
    int pos = at + 3;
    const int infoEnd = at + 2 + infoLength;
    auto take = [&](bool present, int size, const char *key, const char *label, const QString &value,
                    const char *explanation) {
        if (!present) {
            return;
        }
        if (pos + size > infoEnd) {
            b.error(tr(QT_TRANSLATE_NOOP("Airpane",
                                         "a per-STA profile's STA info is shorter than its control says")));
            pos = infoEnd;
            return;
        }
        profile.children << b.field(key, label, value, explanation, pos, size);
        pos += size;
    };
    take(flags & (1 << 5), 6, "macAddress", QT_TRANSLATE_NOOP("Airpane", "STA MAC address"), b.mac(pos),
         QT_TRANSLATE_NOOP("Airpane", "The BSSID of the AP on that link."));
    take(flags & (1 << 6), 2, "beaconInterval", QT_TRANSLATE_NOOP("Airpane", "Beacon interval"),
         withUnit(b.le16(pos), "TU"), QT_TRANSLATE_NOOP("Airpane", "Time between the link's beacons."));
    take(flags & (1 << 7), 8, "tsfOffset", QT_TRANSLATE_NOOP("Airpane", "TSF offset"),
         QString::number(qint64(b.le(pos, 8))),
         QT_TRANSLATE_NOOP("Airpane", "The link's clock minus this one's, in microseconds."));
    take(flags & (1 << 8), 2, "dtimInfo", QT_TRANSLATE_NOOP("Airpane", "DTIM count and period"),
         QStringLiteral("%1/%2").arg(b.u8(pos)).arg(b.u8(pos + 1)),
         QT_TRANSLATE_NOOP("Airpane", "Beacons until the link's next DTIM, and its DTIM period."));
    take(flags & (1 << 9), flags & (1 << 10) ? 2 : 1, "nstrIndicationBitmap",
         QT_TRANSLATE_NOOP("Airpane", "NSTR indication bitmap"), b.hex(pos, flags & (1 << 10) ? 2 : 1),
         QT_TRANSLATE_NOOP("Airpane", "Links this one cannot use at the same time as it."));
    take(flags & (1 << 11), 1, "bssParametersChangeCount",
         QT_TRANSLATE_NOOP("Airpane", "BSS parameters change count"), QString::number(b.u8(pos)),
         QT_TRANSLATE_NOOP("Airpane", "Changes when the link's critical parameters do."));
    // The STA profile: the Capability Information field, then the link's elements.
    if (end - infoEnd >= 2) {
        profile.children << capabilityInformation(b, "capability", infoEnd);
        addNestedElements(b, profile, infoEnd + 2, end - infoEnd - 2);
    }
}

} // namespace

void decodeMultiLink(ElementBuilder &b)
{
    if (!b.atLeast(3)) {
        return;
    }
    const std::uint16_t control = b.le16(0);
    const int type = control & 0x7;
    static constexpr Bit controlBits[] = {
        {0, 3, "type", QT_TRANSLATE_NOOP("Airpane", "Type"),
         QT_TRANSLATE_NOOP("Airpane",
                           "The variant: basic (an AP MLD's links), probe request, reconfiguration, ..."),
         [](std::uint64_t v) { return typeName(int(v)); }, true},
        {4, 12, "presenceBitmap", QT_TRANSLATE_NOOP("Airpane", "Presence bitmap"),
         QT_TRANSLATE_NOOP("Airpane", "Which optional common info fields follow."),
         [](std::uint64_t v) { return hexNumber(v, 3); }, true},
    };
    b.add(b.bits("control", QT_TRANSLATE_NOOP("Airpane", "Multi-link control"),
                 QT_TRANSLATE_NOOP("Airpane", "The element's variant and its optional fields."), 0, 2,
                 controlBits));
    if (type != 0) {
        const int length = b.u8(2);
        if (!b.need(2, length, QT_TRANSLATE_NOOP("Airpane", "The common info"))) {
            return;
        }
        b.add(b.field("commonInfo", QT_TRANSLATE_NOOP("Airpane", "Common info"), b.hex(2, length),
                      QT_TRANSLATE_NOOP("Airpane", "Fields common to all links of this variant."), 2,
                      length));
        if (2 + length < b.size()) {
            b.add(b.field("linkInfo", QT_TRANSLATE_NOOP("Airpane", "Link info"),
                          b.hex(2 + length, b.size() - 2 - length),
                          QT_TRANSLATE_NOOP("Airpane", "Per-link information of this variant."), 2 + length,
                          b.size() - 2 - length));
        }
        return;
    }
    int at = basicCommonInfo(b, 2, control);
    if (at < 0) {
        return;
    }
    // Link info: subelements of ID (1) and length (1); 0 is a per-STA profile.
    while (at < b.size()) {
        if (!b.need(at, 2, QT_TRANSLATE_NOOP("Airpane", "A link info subelement")) ||
            !b.need(at + 2, b.u8(at + 1), QT_TRANSLATE_NOOP("Airpane", "A link info subelement"))) {
            return;
        }
        const int id = b.u8(at);
        const int length = b.u8(at + 1);
        if (id == 0) {
            Field profile =
                b.field("perStaProfile", QT_TRANSLATE_NOOP("Airpane", "Per-STA profile"), QString(),
                        QT_TRANSLATE_NOOP("Airpane", "Another link of the same AP MLD."), at, 2 + length);
            perStaProfile(b, profile, at + 2, length);
            b.add(profile);
        } else {
            Field other =
                b.field("subelement", QT_TRANSLATE_NOOP("Airpane", "Subelement"), b.hex(at + 2, length),
                        QT_TRANSLATE_NOOP("Airpane", "A vendor-specific or unknown link info subelement."),
                        at, 2 + length);
            other.key += QString::number(id);
            b.add(other);
        }
        at += 2 + length;
    }
}

} // namespace Airpane::Elements::Inspector
