// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nl/message.h"

#include <cstdint>
#include <optional>

namespace Airpane::Nl80211 {

// Builders of the nl80211 requests the backend makes. Pure: they only lay out messages.
class Requests
{
public:
    explicit Requests(std::uint16_t family)
        : m_family(family)
    {}

    // GET_WIPHY as a split dump (without it, 6 GHz and S1G bands are left out), of one radio or all.
    Netlink::MessageBuilder getWiphy(std::optional<std::uint32_t> wiphy = std::nullopt) const;
    Netlink::MessageBuilder getInterfaces() const;
    // GET_REG as a dump: the global domain and every self-managed radio's own.
    Netlink::MessageBuilder getRegulatory() const;
    Netlink::MessageBuilder getStations(std::uint32_t ifindex) const;
    Netlink::MessageBuilder getSurvey(std::uint32_t ifindex) const;

    std::uint16_t family() const { return m_family; }

private:
    Netlink::MessageBuilder dump(std::uint8_t command) const;

    std::uint16_t m_family;
};

} // namespace Airpane::Nl80211
