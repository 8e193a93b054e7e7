// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace Airpane::Scan {

// Organisation names for MAC address prefixes, from the IEEE registry as Debian's ieee-data
// package ships it (/usr/share/ieee-data/oui.txt). Loaded on first use; no hand-kept table.
class OuiRegistry
{
public:
    static OuiRegistry &instance();
    // Loads FILE instead of the system registry (tests).
    bool load(const QString &file);

    // The organisation of MAC ("aa:bb:cc:..."), "" when unknown; locally administered addresses
    // belong to nobody.
    QString vendor(const QString &mac);
    QString vendor(std::uint32_t oui);
    int size()
    {
        ensureLoaded();
        return int(m_entries.size());
    }

private:
    void ensureLoaded();

    bool m_loaded = false;
    std::vector<std::pair<std::uint32_t, QString>> m_entries; // sorted by OUI
};

} // namespace Airpane::Scan
