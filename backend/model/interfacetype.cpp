// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacetype.h"

#include <QCoreApplication>

#include <array>

namespace Airpane {
namespace {

struct TypeName
{
    const char *key;
    const char *displayName;
};

constexpr std::array<TypeName, interfaceTypeCount> names = {{
    {"unspecified", QT_TRANSLATE_NOOP("Airpane", "Unspecified")},
    {"adhoc", QT_TRANSLATE_NOOP("Airpane", "Ad-hoc (IBSS)")},
    {"station", QT_TRANSLATE_NOOP("Airpane", "Station")},
    {"ap", QT_TRANSLATE_NOOP("Airpane", "Access point")},
    {"ap-vlan", QT_TRANSLATE_NOOP("Airpane", "AP VLAN")},
    {"wds", QT_TRANSLATE_NOOP("Airpane", "WDS")},
    {"monitor", QT_TRANSLATE_NOOP("Airpane", "Monitor")},
    {"mesh-point", QT_TRANSLATE_NOOP("Airpane", "Mesh point")},
    {"p2p-client", QT_TRANSLATE_NOOP("Airpane", "P2P client")},
    {"p2p-go", QT_TRANSLATE_NOOP("Airpane", "P2P group owner")},
    {"p2p-device", QT_TRANSLATE_NOOP("Airpane", "P2P device")},
    {"ocb", QT_TRANSLATE_NOOP("Airpane", "OCB (outside a BSS)")},
    {"nan", QT_TRANSLATE_NOOP("Airpane", "NAN")},
}};

} // namespace

QString interfaceTypeKey(InterfaceType type)
{
    return QString::fromLatin1(names[std::size_t(type)].key);
}

std::optional<InterfaceType> interfaceTypeFromKey(const QString &key)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (key == QLatin1String(names[i].key)) {
            return InterfaceType(i);
        }
    }
    return std::nullopt;
}

QString interfaceTypeDisplayName(InterfaceType type)
{
    return QCoreApplication::translate("Airpane", names[std::size_t(type)].displayName);
}

std::optional<InterfaceType> interfaceTypeFromNl80211(std::uint32_t value)
{
    if (value >= std::uint32_t(interfaceTypeCount)) {
        return std::nullopt;
    }
    return InterfaceType(value);
}

} // namespace Airpane
