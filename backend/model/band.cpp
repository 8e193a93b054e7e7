// SPDX-License-Identifier: GPL-3.0-or-later
#include "band.h"

#include <QCoreApplication>

#include <array>

namespace Airpane {
namespace {

struct BandName
{
    const char *key;
    const char *displayName;
};

constexpr std::array<BandName, 6> names = {{
    {"2.4GHz", QT_TRANSLATE_NOOP("Airpane", "2.4 GHz")},
    {"5GHz", QT_TRANSLATE_NOOP("Airpane", "5 GHz")},
    {"60GHz", QT_TRANSLATE_NOOP("Airpane", "60 GHz")},
    {"6GHz", QT_TRANSLATE_NOOP("Airpane", "6 GHz")},
    {"S1GHz", QT_TRANSLATE_NOOP("Airpane", "Sub-1 GHz")},
    {"LC", QT_TRANSLATE_NOOP("Airpane", "Light communication")},
}};

} // namespace

QString bandKey(BandId band)
{
    return QString::fromLatin1(names[std::size_t(band)].key);
}

QString bandDisplayName(BandId band)
{
    return QCoreApplication::translate("Airpane", names[std::size_t(band)].displayName);
}

std::optional<BandId> bandFromKey(const QString &key)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (key == QLatin1String(names[i].key)) {
            return BandId(i);
        }
    }
    return std::nullopt;
}

} // namespace Airpane
