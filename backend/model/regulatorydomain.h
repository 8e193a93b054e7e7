// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace Airpane {

// A regulatory domain as the kernel applies it: the global one, or a self-managed radio's own.
struct RegulatoryDomain
{
    struct Rule
    {
        std::uint32_t startKhz = 0;
        std::uint32_t endKhz = 0;
        std::uint32_t maxBandwidthKhz = 0;
        std::uint32_t maxAntennaGainMbi = 0;
        std::uint32_t maxEirpMbm = 0;
        std::uint32_t cacTimeMs = 0;
        std::optional<std::int8_t> psdDbmPerMhz;
        std::uint32_t flags = 0;      // enum nl80211_reg_rule_flags
        QStringList flagKeys() const; // "dfs", "no-outdoor", "no-ir", "auto-bw", ...
    };

    QString alpha2;                        // "US", "00" for the world domain
    std::optional<std::uint8_t> dfsRegion; // enum nl80211_dfs_regions
    std::optional<std::uint32_t> radio;    // wiphy index of a self-managed domain
    bool selfManaged = false;
    QList<Rule> rules;

    QString dfsRegionKey() const; // "unset", "FCC", "ETSI", "JP"
};

} // namespace Airpane
