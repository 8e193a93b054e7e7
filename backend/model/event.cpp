// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

namespace Airpane {

QString eventKindKey(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Radio:
        return QStringLiteral("radio");
    case Event::Kind::Interface:
        return QStringLiteral("interface");
    case Event::Kind::Scan:
        return QStringLiteral("scan");
    case Event::Kind::Regulatory:
        return QStringLiteral("regulatory");
    case Event::Kind::Connection:
        return QStringLiteral("connection");
    case Event::Kind::Station:
        return QStringLiteral("station");
    case Event::Kind::Frame:
        return QStringLiteral("frame");
    case Event::Kind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace Airpane
