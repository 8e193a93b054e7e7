// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageid.h"

namespace Airpane {

QString pageKey(PageId page)
{
    switch (page) {
    case PageId::Radios:
        return QStringLiteral("radios");
    case PageId::Scan:
        return QStringLiteral("scan");
    case PageId::Channels:
        return QStringLiteral("channels");
    case PageId::Signal:
        return QStringLiteral("signal");
    case PageId::Stations:
        return QStringLiteral("stations");
    case PageId::WifiDirect:
        return QStringLiteral("wifi-direct");
    case PageId::Capabilities:
        return QStringLiteral("capabilities");
    case PageId::Events:
        return QStringLiteral("events");
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<PageId> pageFromKey(const QString &key)
{
    for (const PageId page : allPages) {
        if (pageKey(page) == key) {
            return page;
        }
    }
    return std::nullopt;
}

} // namespace Airpane
