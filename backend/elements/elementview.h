// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace Airpane::Elements {

using Bytes = std::span<const std::uint8_t>;

// Element IDs (IEEE 802.11-2020, 9.4.2.1) Airpane decodes.
namespace Id {
enum : std::uint8_t {
    Ssid = 0,
    SupportedRates = 1,
    DsParameterSet = 3,
    CfParameterSet = 4,
    Tim = 5,
    IbssParameterSet = 6,
    Country = 7,
    BssLoad = 11,
    PowerConstraint = 32,
    TpcReport = 35,
    ChannelSwitchAnnouncement = 37,
    Erp = 42,
    HtCapabilities = 45,
    Rsn = 48,
    ExtendedSupportedRates = 50,
    ApChannelReport = 51,
    MobilityDomain = 54,
    SupportedOperatingClasses = 59,
    HtOperation = 61,
    SecondaryChannelOffset = 62,
    RmEnabledCapabilities = 70,
    MultipleBssid = 71,
    BssCoexistence = 72,
    ObssScanParameters = 74,
    Interworking = 107,
    AdvertisementProtocol = 108,
    RoamingConsortium = 111,
    MeshConfiguration = 113,
    MeshId = 114,
    ExtendedCapabilities = 127,
    VhtCapabilities = 191,
    VhtOperation = 192,
    TransmitPowerEnvelope = 195,
    OperatingModeNotification = 199,
    ReducedNeighborReport = 201,
    S1gCapabilities = 217,
    VendorSpecific = 221,
    S1gOperation = 232,
    Extension = 255,
};
}

// Element ID Extensions (9.4.2.1, with Element ID 255).
namespace ExtId {
enum : std::uint8_t {
    HeCapabilities = 35,
    HeOperation = 36,
    MuEdcaParameterSet = 38,
    SpatialReuse = 39,
    MultipleBssidConfiguration = 55,
    He6GhzBandCapabilities = 59,
    EhtOperation = 106,
    MultiLink = 107,
    EhtCapabilities = 108,
};
}

// One element in place: for Element ID 255 the extension ID is split off the payload.
struct Element
{
    std::uint8_t id = 0;
    std::uint8_t extId = 0; // meaningful when id == Id::Extension
    std::size_t offset = 0; // of the element's header in the buffer
    Bytes payload;          // without the header (and without the extension ID)

    bool isExtension(std::uint8_t ext) const { return id == Id::Extension && extId == ext; }
};

// Walks the elements of a frame body without allocating. A header or length running past the
// buffer ends the walk and marks it malformed; nothing is read out of bounds.
class ElementWalker
{
public:
    explicit ElementWalker(Bytes data)
        : m_data(data)
    {}

    // The next element, or false at the end (or at a malformed one).
    bool next(Element &element)
    {
        // An extension element without its extension ID is malformed, but its length is sound:
        // it is skipped, and the elements after it (an RSN element, say) are still found.
        while (m_offset + 2 <= m_data.size() && m_data[m_offset] == Id::Extension &&
               m_data[m_offset + 1] == 0) {
            m_malformed = true;
            m_offset += 2;
        }
        if (m_offset + 2 > m_data.size()) {
            m_malformed = m_malformed || m_offset != m_data.size();
            return false;
        }
        const std::uint8_t id = m_data[m_offset];
        const std::size_t length = m_data[m_offset + 1];
        if (m_offset + 2 + length > m_data.size()) {
            m_malformed = true;
            return false;
        }
        element.id = id;
        element.offset = m_offset;
        element.payload = m_data.subspan(m_offset + 2, length);
        element.extId = 0;
        if (id == Id::Extension) {
            element.extId = element.payload[0];
            element.payload = element.payload.subspan(1);
        }
        m_offset += 2 + length;
        return true;
    }

    bool malformed() const { return m_malformed; }

private:
    Bytes m_data;
    std::size_t m_offset = 0;
    bool m_malformed = false;
};

} // namespace Airpane::Elements
