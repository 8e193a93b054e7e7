// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2pframes.h"

#include "elements/elementview.h"

namespace Airpane::P2p {
namespace {

constexpr std::size_t headerSize = 24;

QByteArray element(std::uint8_t id, const QByteArray &payload)
{
    return QByteArray(1, char(id)) + char(payload.size()) + payload;
}

} // namespace

QByteArray ofdmRates()
{
    return QByteArray("\x8c\x12\x98\x24\xb0\x48\x60\x6c", 8);
}

QByteArray searchElements(const LocalDevice &device)
{
    return probeRequestWpsElement(device) + probeRequestP2pElement(device);
}

QByteArray probeResponseFrame(const LocalDevice &device, const MacAddress &destination)
{
    QByteArray frame;
    frame.append(char(0x50)).append(char(0x00)); // frame control: management, probe response
    frame.append(2, '\0');                       // duration, filled in by the driver
    frame.append(reinterpret_cast<const char *>(destination.data()), 6);
    frame.append(reinterpret_cast<const char *>(device.address.data()), 6);
    frame.append(reinterpret_cast<const char *>(device.address.data()), 6); // BSSID: ourselves
    frame.append(2, '\0');                                                  // sequence control
    frame.append(8, '\0');                                                  // timestamp
    frame.append(char(100)).append(char(0));                                // beacon interval, TU
    frame.append(char(0x10)).append(char(0x04)); // capability: privacy, short slot time
    frame += element(Elements::Id::Ssid, QByteArray(wildcardSsid));
    frame += element(Elements::Id::SupportedRates, ofdmRates());
    frame += element(Elements::Id::DsParameterSet, QByteArray(1, char(device.listenChannel)));
    frame += probeResponseWpsElement(device);
    frame += probeResponseP2pElement(device);
    return frame;
}

std::optional<ProbeRequest> parseProbeRequest(Bytes frame)
{
    // Management, subtype 4 (probe request).
    if (frame.size() < headerSize || frame[0] != 0x40) {
        return std::nullopt;
    }
    ProbeRequest request;
    std::copy_n(frame.begin() + 10, 6, request.source.begin());
    const Bytes body = frame.subspan(headerSize);
    Elements::ElementWalker walker(body);
    Elements::Element element;
    bool sawSsid = false;
    while (walker.next(element)) {
        if (element.id == Elements::Id::Ssid && !sawSsid) {
            sawSsid = true;
            request.ssid = QByteArray(reinterpret_cast<const char *>(element.payload.data()), qsizetype(element.payload.size()));
        }
    }
    if (!sawSsid) {
        return std::nullopt;
    }
    request.peer = parsePeer(body);
    request.hasP2p = request.peer.hasP2p;
    // A Device ID in a probe request names the device the requester looks for.
    if (request.hasP2p && request.peer.deviceAddress && !request.peer.primaryType) {
        request.wantedDevice = request.peer.deviceAddress;
        request.peer.deviceAddress.reset();
    }
    return request;
}

bool shouldAnswer(const ProbeRequest &request, const MacAddress &self)
{
    if (!request.hasP2p) {
        return false;
    }
    if (!request.ssid.isEmpty() && request.ssid != QByteArray(wildcardSsid)) {
        return false;
    }
    return !request.wantedDevice || *request.wantedDevice == self;
}

} // namespace Airpane::P2p
