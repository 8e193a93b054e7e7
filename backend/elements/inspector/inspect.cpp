// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspect.h"

#include "decoders.h"

namespace Airpane::Elements {
namespace Inspector {
namespace {

struct Kind
{
    int id;
    int extId; // -1 for elements without an extension ID
    const char *key;
    const char *name;
    Decoder decode;
};

// Element IDs and extension IDs: IEEE 802.11-2020 9.4.2.1 with 802.11ax and 802.11be.
constexpr Kind kinds[] = {
    {0, -1, "ssid", QT_TRANSLATE_NOOP("Airpane", "SSID"), decodeSsid},
    {1, -1, "supported-rates", QT_TRANSLATE_NOOP("Airpane", "Supported Rates"), decodeRates},
    {3, -1, "ds-parameter-set", QT_TRANSLATE_NOOP("Airpane", "DS Parameter Set"), decodeDsParameterSet},
    {4, -1, "cf-parameter-set", QT_TRANSLATE_NOOP("Airpane", "CF Parameter Set"), decodeCfParameterSet},
    {5, -1, "tim", QT_TRANSLATE_NOOP("Airpane", "Traffic Indication Map"), decodeTim},
    {6, -1, "ibss-parameter-set", QT_TRANSLATE_NOOP("Airpane", "IBSS Parameter Set"), decodeIbssParameterSet},
    {7, -1, "country", QT_TRANSLATE_NOOP("Airpane", "Country"), decodeCountry},
    {11, -1, "bss-load", QT_TRANSLATE_NOOP("Airpane", "BSS Load"), decodeBssLoad},
    {32, -1, "power-constraint", QT_TRANSLATE_NOOP("Airpane", "Power Constraint"), decodePowerConstraint},
    {35, -1, "tpc-report", QT_TRANSLATE_NOOP("Airpane", "TPC Report"), decodeTpcReport},
    {37, -1, "channel-switch-announcement", QT_TRANSLATE_NOOP("Airpane", "Channel Switch Announcement"),
     decodeChannelSwitch},
    {42, -1, "erp", QT_TRANSLATE_NOOP("Airpane", "ERP"), decodeErp},
    {45, -1, "ht-capabilities", QT_TRANSLATE_NOOP("Airpane", "HT Capabilities"), decodeHtCapabilities},
    {47, -1, "erp-draft", QT_TRANSLATE_NOOP("Airpane", "ERP (pre-standard ID)"), decodeErp},
    {48, -1, "rsn", QT_TRANSLATE_NOOP("Airpane", "RSN"), decodeRsn},
    {50, -1, "extended-supported-rates", QT_TRANSLATE_NOOP("Airpane", "Extended Supported Rates"),
     decodeRates},
    {51, -1, "ap-channel-report", QT_TRANSLATE_NOOP("Airpane", "AP Channel Report"), decodeApChannelReport},
    {54, -1, "mobility-domain", QT_TRANSLATE_NOOP("Airpane", "Mobility Domain"), decodeMobilityDomain},
    {59, -1, "supported-operating-classes", QT_TRANSLATE_NOOP("Airpane", "Supported Operating Classes"),
     decodeSupportedOperatingClasses},
    {60, -1, "extended-channel-switch-announcement",
     QT_TRANSLATE_NOOP("Airpane", "Extended Channel Switch Announcement"), decodeExtendedChannelSwitch},
    {61, -1, "ht-operation", QT_TRANSLATE_NOOP("Airpane", "HT Operation"), decodeHtOperation},
    {62, -1, "secondary-channel-offset", QT_TRANSLATE_NOOP("Airpane", "Secondary Channel Offset"),
     decodeSecondaryChannelOffset},
    {66, -1, "measurement-pilot-transmission", QT_TRANSLATE_NOOP("Airpane", "Measurement Pilot Transmission"),
     decodeMeasurementPilot},
    {70, -1, "rm-enabled-capabilities", QT_TRANSLATE_NOOP("Airpane", "RM Enabled Capabilities"),
     decodeRmEnabledCapabilities},
    {71, -1, "multiple-bssid", QT_TRANSLATE_NOOP("Airpane", "Multiple BSSID"), decodeMultipleBssid},
    {72, -1, "bss-coexistence", QT_TRANSLATE_NOOP("Airpane", "20/40 BSS Coexistence"), decodeBssCoexistence},
    {74, -1, "obss-scan-parameters", QT_TRANSLATE_NOOP("Airpane", "Overlapping BSS Scan Parameters"),
     decodeObssScanParameters},
    {83, -1, "nontransmitted-bssid-capability",
     QT_TRANSLATE_NOOP("Airpane", "Nontransmitted BSSID Capability"), decodeNontransmittedBssidCapability},
    {85, -1, "multiple-bssid-index", QT_TRANSLATE_NOOP("Airpane", "Multiple BSSID-Index"),
     decodeMultipleBssidIndex},
    {107, -1, "interworking", QT_TRANSLATE_NOOP("Airpane", "Interworking"), decodeInterworking},
    {108, -1, "advertisement-protocol", QT_TRANSLATE_NOOP("Airpane", "Advertisement Protocol"),
     decodeAdvertisementProtocol},
    {111, -1, "roaming-consortium", QT_TRANSLATE_NOOP("Airpane", "Roaming Consortium"),
     decodeRoamingConsortium},
    {113, -1, "mesh-configuration", QT_TRANSLATE_NOOP("Airpane", "Mesh Configuration"),
     decodeMeshConfiguration},
    {114, -1, "mesh-id", QT_TRANSLATE_NOOP("Airpane", "Mesh ID"), decodeMeshId},
    {127, -1, "extended-capabilities", QT_TRANSLATE_NOOP("Airpane", "Extended Capabilities"),
     decodeExtendedCapabilities},
    {191, -1, "vht-capabilities", QT_TRANSLATE_NOOP("Airpane", "VHT Capabilities"), decodeVhtCapabilities},
    {192, -1, "vht-operation", QT_TRANSLATE_NOOP("Airpane", "VHT Operation"), decodeVhtOperation},
    {195, -1, "transmit-power-envelope", QT_TRANSLATE_NOOP("Airpane", "Transmit Power Envelope"),
     decodeTransmitPowerEnvelope},
    {199, -1, "operating-mode-notification", QT_TRANSLATE_NOOP("Airpane", "Operating Mode Notification"),
     decodeOperatingModeNotification},
    {201, -1, "reduced-neighbor-report", QT_TRANSLATE_NOOP("Airpane", "Reduced Neighbor Report"),
     decodeReducedNeighborReport},
    {214, -1, "short-beacon-interval", QT_TRANSLATE_NOOP("Airpane", "Short Beacon Interval"),
     decodeShortBeaconInterval},
    {217, -1, "s1g-capabilities", QT_TRANSLATE_NOOP("Airpane", "S1G Capabilities"), decodeS1gCapabilities},
    {221, -1, "vendor-specific", QT_TRANSLATE_NOOP("Airpane", "Vendor Specific"), decodeVendorSpecific},
    {232, -1, "s1g-operation", QT_TRANSLATE_NOOP("Airpane", "S1G Operation"), decodeS1gOperation},
    {244, -1, "rsn-extension", QT_TRANSLATE_NOOP("Airpane", "RSN Extension"), decodeRsnExtension},
    {255, 35, "he-capabilities", QT_TRANSLATE_NOOP("Airpane", "HE Capabilities"), decodeHeCapabilities},
    {255, 36, "he-operation", QT_TRANSLATE_NOOP("Airpane", "HE Operation"), decodeHeOperation},
    {255, 38, "mu-edca-parameter-set", QT_TRANSLATE_NOOP("Airpane", "MU EDCA Parameter Set"),
     decodeMuEdcaParameterSet},
    {255, 39, "spatial-reuse-parameter-set", QT_TRANSLATE_NOOP("Airpane", "Spatial Reuse Parameter Set"),
     decodeSpatialReuse},
    {255, 55, "multiple-bssid-configuration", QT_TRANSLATE_NOOP("Airpane", "Multiple BSSID Configuration"),
     decodeMultipleBssidConfiguration},
    {255, 59, "he-6ghz-band-capabilities", QT_TRANSLATE_NOOP("Airpane", "HE 6 GHz Band Capabilities"),
     decodeHe6GhzBandCapabilities},
    {255, 106, "eht-operation", QT_TRANSLATE_NOOP("Airpane", "EHT Operation"), decodeEhtOperation},
    {255, 107, "multi-link", QT_TRANSLATE_NOOP("Airpane", "Multi-Link"), decodeMultiLink},
    {255, 108, "eht-capabilities", QT_TRANSLATE_NOOP("Airpane", "EHT Capabilities"), decodeEhtCapabilities},
};

const Kind *kindOf(int id, int extId)
{
    for (const Kind &kind : kinds) {
        if (kind.id == id && kind.extId == extId) {
            return &kind;
        }
    }
    return nullptr;
}

// What decoders need to know about the other elements of the frame (see InspectContext).
InspectContext contextOf(Bytes data, int depth)
{
    InspectContext context;
    context.depth = depth;
    ElementWalker walker(data);
    Element element;
    while (walker.next(element)) {
        if (element.id == Id::VhtCapabilities) {
            context.hasVhtCapabilities = true;
        } else if (element.isExtension(ExtId::HeCapabilities) && element.payload.size() >= 7) {
            context.hasHeCapabilities = true;
            context.hePhyWidthSet = (element.payload[6] >> 1) & 0x7f;
        }
    }
    return context;
}

// Nested element lists end here: deeper nesting has no meaning and must not exhaust the stack.
constexpr int maxDepth = 4;

QList<DecodedElement> inspectAt(Bytes data, int base, int depth)
{
    QList<DecodedElement> result;
    const InspectContext context = contextOf(data, depth);
    std::size_t at = 0;
    while (at < data.size()) {
        DecodedElement element;
        element.offset = base + int(at);
        element.id = data[at];
        const std::size_t left = data.size() - at;
        if (left < 2) {
            element.key = QStringLiteral("truncated");
            element.name = tr(QT_TRANSLATE_NOOP("Airpane", "Truncated element"));
            element.length = 1;
            element.raw = QByteArray(reinterpret_cast<const char *>(data.data() + at), 1);
            element.error =
                tr(QT_TRANSLATE_NOOP("Airpane", "one byte after the last element: no room for a header"));
            result.append(element);
            break;
        }
        const std::size_t length = data[at + 1];
        const bool overrun = 2 + length > left;
        const std::size_t bodyLength = overrun ? left - 2 : length;
        Bytes body = data.subspan(at + 2, bodyLength);
        int bodyBase = element.offset + 2;
        if (element.id == Id::Extension && !body.empty()) {
            element.extId = body[0];
            body = body.subspan(1);
            ++bodyBase;
        }
        element.length = int(2 + bodyLength);
        element.raw = QByteArray(reinterpret_cast<const char *>(data.data() + at), element.length);
        const Kind *kind = kindOf(element.id, element.extId);
        if (kind) {
            element.key = QLatin1String(kind->key);
            element.name = tr(kind->name);
        } else if (element.id == Id::Extension) {
            element.key = QStringLiteral("unknown-extension");
            element.name =
                tr(QT_TRANSLATE_NOOP("Airpane", "Unknown (ID 255, extension %1)")).arg(element.extId);
        } else {
            element.key = QStringLiteral("unknown");
            element.name = tr(QT_TRANSLATE_NOOP("Airpane", "Unknown (ID %1)")).arg(element.id);
        }
        if (overrun) {
            // The header promises more than the data holds: decode nothing from a body that is
            // not all there, and stop (what follows has no trustworthy start).
            element.error = tr(QT_TRANSLATE_NOOP("Airpane", "the length says %1 bytes, only %2 are left"))
                                .arg(length)
                                .arg(left - 2);
            result.append(element);
            break;
        }
        if (element.id == Id::Extension && element.extId < 0) {
            element.key = QStringLiteral("extension");
            element.name = tr(QT_TRANSLATE_NOOP("Airpane", "Extension"));
            element.error = tr(QT_TRANSLATE_NOOP("Airpane", "an extension element without its extension ID"));
        } else if (!kind) {
            ElementBuilder builder(body, bodyBase, element, context);
            builder.add(
                builder.field("data", QT_TRANSLATE_NOOP("Airpane", "Data"), builder.hex(0, builder.size()),
                              QT_TRANSLATE_NOOP("Airpane", "The body of an element Airpane does not decode."),
                              0, builder.size()));
        } else if (kind && (depth <= maxDepth ||
                            !(kind->decode == decodeMultipleBssid || kind->decode == decodeMultiLink))) {
            ElementBuilder builder(body, bodyBase, element, context);
            kind->decode(builder);
        } else if (kind) {
            element.error = tr(QT_TRANSLATE_NOOP("Airpane", "nested too deeply to decode"));
        }
        result.append(element);
        at += 2 + length;
    }
    return result;
}

Field fieldOf(const DecodedElement &element)
{
    Field field;
    field.key = element.key;
    field.label = element.name;
    field.value = element.error;
    field.explanation =
        tr(QT_TRANSLATE_NOOP("Airpane", "An element of the other BSS or link, decoded as in a frame."));
    field.offset = element.offset;
    field.length = element.length;
    field.children = element.fields;
    return field;
}

} // namespace

void addNestedElements(ElementBuilder &b, Field &parent, int at, int count)
{
    if (at < 0 || count <= 0 || at + count > b.size()) {
        return;
    }
    const QList<DecodedElement> elements = inspectAt(b.body().subspan(std::size_t(at), std::size_t(count)),
                                                     b.offsetOf(at), b.context().depth + 1);
    for (const DecodedElement &element : elements) {
        parent.children.append(fieldOf(element));
        if (!element.error.isEmpty()) {
            b.error(QStringLiteral("%1: %2").arg(element.name, element.error));
        }
    }
}

} // namespace Inspector

QList<DecodedElement> inspect(Bytes data)
{
    return Inspector::inspectAt(data, 0, 0);
}

} // namespace Airpane::Elements
