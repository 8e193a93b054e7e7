// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Airpane::Client {

// A regulatory domain: the global one (no radio) or a self-managed radio's own.
struct RegulatoryDomain
{
    QString country; // US; 00 is the world domain
    QString dfsRegion;
    std::optional<uint> radio;
    bool selfManaged = false;
    int rules = 0;

    bool operator==(const RegulatoryDomain &) const = default;
};

} // namespace Airpane::Client
