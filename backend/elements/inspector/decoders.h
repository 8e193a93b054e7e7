// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elementbuilder.h"

// One function per element (or family of elements), each in the file of its concern. They read the
// body through BUILDER, add fields to it and report what is malformed; none reads out of bounds.
namespace Airpane::Elements::Inspector {

using Decoder = void (*)(ElementBuilder &builder);

// basicelements.cpp
void decodeSsid(ElementBuilder &b);
void decodeRates(ElementBuilder &b);
void decodeDsParameterSet(ElementBuilder &b);
void decodeCfParameterSet(ElementBuilder &b);
void decodeTim(ElementBuilder &b);
void decodeIbssParameterSet(ElementBuilder &b);
void decodeCountry(ElementBuilder &b);
void decodeBssLoad(ElementBuilder &b);
void decodePowerConstraint(ElementBuilder &b);
void decodeTpcReport(ElementBuilder &b);
void decodeChannelSwitch(ElementBuilder &b);
void decodeExtendedChannelSwitch(ElementBuilder &b);
void decodeErp(ElementBuilder &b);
void decodeSecondaryChannelOffset(ElementBuilder &b);
void decodeShortBeaconInterval(ElementBuilder &b);

// channelelements.cpp
void decodeApChannelReport(ElementBuilder &b);
void decodeSupportedOperatingClasses(ElementBuilder &b);
void decodeObssScanParameters(ElementBuilder &b);
void decodeBssCoexistence(ElementBuilder &b);
void decodeMobilityDomain(ElementBuilder &b);
void decodeMeasurementPilot(ElementBuilder &b);
void decodeOperatingModeNotification(ElementBuilder &b);
void decodeTransmitPowerEnvelope(ElementBuilder &b);

// htelements.cpp
void decodeHtCapabilities(ElementBuilder &b);
void decodeHtOperation(ElementBuilder &b);

// vhtelements.cpp
void decodeVhtCapabilities(ElementBuilder &b);
void decodeVhtOperation(ElementBuilder &b);

// rsnelement.cpp
void decodeRsn(ElementBuilder &b);
void decodeRsnExtension(ElementBuilder &b);
// The WPA and OSEN vendor elements' bodies after OUI and type (at AT): RSN's layout (OSEN's
// without VERSION).
void decodeWpaBody(ElementBuilder &b, int at, bool version);

// capabilityelements.cpp
void decodeExtendedCapabilities(ElementBuilder &b);
void decodeRmEnabledCapabilities(ElementBuilder &b);
void decodeNontransmittedBssidCapability(ElementBuilder &b);
// The Capability Information field's subfields (as in beacons), for a 2-byte field at AT.
Field capabilityInformation(const ElementBuilder &b, const char *key, int at);

// interworkingelements.cpp
void decodeInterworking(ElementBuilder &b);
void decodeAdvertisementProtocol(ElementBuilder &b);
void decodeRoamingConsortium(ElementBuilder &b);
void decodeMeshConfiguration(ElementBuilder &b);
void decodeMeshId(ElementBuilder &b);

// s1gelements.cpp
void decodeS1gCapabilities(ElementBuilder &b);
void decodeS1gOperation(ElementBuilder &b);

// vendorelements.cpp (WPA, WMM, Hotspot 2.0, OWE transition and the others by OUI)
void decodeVendorSpecific(ElementBuilder &b);
// wpsattributes.cpp, p2pattributes.cpp: the attributes from AT to the end of the body.
void decodeWpsAttributes(ElementBuilder &b, int at);
void decodeP2pAttributes(ElementBuilder &b, int at);
// WPS's device type (8 bytes at AT: "7-0050F204-4") and config methods, which P2P uses too.
QString wpsDeviceType(const ElementBuilder &b, int at);
QString wpsConfigMethods(std::uint16_t value);
// A WPS Vendor Extension attribute's value (LENGTH bytes at AT): OUI, and the Wi-Fi Alliance's
// subelements (Version2, authorized MACs, ...) as children of PARENT.
void addWpsVendorExtension(ElementBuilder &b, Field &parent, int at, int length);

// heelements.cpp, hecapabilities.cpp
void decodeHeCapabilities(ElementBuilder &b);
void decodeHeOperation(ElementBuilder &b);
void decodeHe6GhzBandCapabilities(ElementBuilder &b);
void decodeMuEdcaParameterSet(ElementBuilder &b);
void decodeSpatialReuse(ElementBuilder &b);

// ehtelements.cpp, multilink.cpp
void decodeEhtCapabilities(ElementBuilder &b);
void decodeEhtOperation(ElementBuilder &b);
void decodeMultiLink(ElementBuilder &b);

// neighborelements.cpp
void decodeReducedNeighborReport(ElementBuilder &b);
void decodeMultipleBssid(ElementBuilder &b);
void decodeMultipleBssidIndex(ElementBuilder &b);
void decodeMultipleBssidConfiguration(ElementBuilder &b);

// inspect.cpp: the elements in COUNT bytes at AT of B's body (a nontransmitted BSSID profile, a
// per-STA profile), each as a field with its fields as children; their errors become B's.
void addNestedElements(ElementBuilder &b, Field &parent, int at, int count);

// Names of numbers several elements share.
QString smPowerSaveName(std::uint64_t value); // static, dynamic, disabled
QString channelWidthName(int mhz);
QString cipherSuiteName(std::uint32_t oui, std::uint8_t type);
QString akmSuiteName(std::uint32_t oui, std::uint8_t type);
enum class McsMap { Vht, He };
// "MCS 0-9" or "not supported" for a 2-bit entry of an MCS map: VHT's steps are 0-7, 0-8, 0-9;
// HE's 0-7, 0-9, 0-11.
QString mcsMapEntry(unsigned value, McsMap kind);
// The eight 2-bit entries of a VHT or HE MCS map of 2 bytes at AT, as children of PARENT.
void addMcsMap(const ElementBuilder &b, Field &parent, int at, McsMap kind);

} // namespace Airpane::Elements::Inspector
