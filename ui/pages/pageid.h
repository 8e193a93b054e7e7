// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace Airpane {

// The main window's pages, in navigation order.
enum class PageId {
    Radios,
    Scan,
    Channels,
    Signal,
    Stations,
    WifiDirect,
    Capabilities,
    Events,
};

inline constexpr std::array allPages = {PageId::Radios,       PageId::Scan,     PageId::Channels,
                                        PageId::Signal,       PageId::Stations, PageId::WifiDirect,
                                        PageId::Capabilities, PageId::Events};

// Stable, untranslated key of a page: command line (--page), settings and icon file names.
QString pageKey(PageId page);
std::optional<PageId> pageFromKey(const QString &key);

} // namespace Airpane
