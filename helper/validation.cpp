// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "contract.h"

#include "support/interfacename.h"
#include "support/macaddress.h"

namespace Airpane::Validation {

bool isInterfaceName(const QString &name)
{
    return InterfaceName::isValid(name);
}

QString unknownTopic(const QStringList &topics)
{
    for (const QString &topic : topics) {
        if (!Contract::Topic::all.contains(topic)) {
            // Echoed in the error: no more of it than a topic's name could be.
            return topic.isEmpty() ? QStringLiteral("\"\"") : topic.left(32);
        }
    }
    return {};
}

bool stationInterfaces(const QStringList &interfaces, QString *error)
{
    if (interfaces.size() > maxStationInterfaces) {
        *error = QStringLiteral("At most %1 interfaces can be watched at once.").arg(maxStationInterfaces);
        return false;
    }
    for (const QString &name : interfaces) {
        if (!isInterfaceName(name)) {
            *error = QStringLiteral("\"%1\" is not an interface name (1 to 15 of A-Z a-z 0-9 _ . -).")
                         .arg(name.left(64));
            return false;
        }
    }
    return true;
}

} // namespace Airpane::Validation

namespace Airpane::Validation {
namespace {

// D-Bus gives integers of several widths; a double or a string is no integer.
std::optional<qint64> integer(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::UChar:
        return value.toLongLong();
    default:
        return std::nullopt;
    }
}

// Strings from an "as", which arrives as a list of variants.
std::optional<QStringList> strings(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QStringList) {
        return value.toStringList();
    }
    if (value.metaType().id() != QMetaType::QVariantList) {
        return std::nullopt;
    }
    QStringList result;
    for (const QVariant &item : value.toList()) {
        if (item.metaType().id() != QMetaType::QString) {
            return std::nullopt;
        }
        result.append(item.toString());
    }
    return result;
}

bool boolean(const QVariantMap &map, const QString &key, bool &out, QString *error)
{
    const QVariant value = map.value(key);
    if (value.metaType().id() != QMetaType::Bool) {
        *error = QStringLiteral("%1 must be a boolean (b).").arg(key);
        return false;
    }
    out = value.toBool();
    return true;
}

} // namespace

bool scanOptions(const QVariantMap &raw, Nl80211::ScanOptions &options, QString *error)
{
    const QVariantMap map = Contract::plainVariant(raw).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("frequencies")) {
            const QVariantList list = it.value().toList();
            if (list.isEmpty() || list.size() > 64) {
                *error = QStringLiteral("frequencies wants 1 to 64 frequencies in MHz.");
                return false;
            }
            for (const QVariant &item : list) {
                const auto frequency = integer(item);
                if (!frequency || *frequency < 700 || *frequency > 72000) {
                    *error =
                        QStringLiteral("%1 is not a Wi-Fi frequency in MHz.").arg(item.toString().left(16));
                    return false;
                }
                options.frequencies.append(int(*frequency));
            }
        } else if (key == QLatin1String("ssids")) {
            const auto ssids = strings(it.value());
            if (!ssids || ssids->size() > 16) {
                *error = QStringLiteral("ssids wants at most 16 strings (as).");
                return false;
            }
            for (const QString &ssid : *ssids) {
                const QByteArray bytes = ssid.toUtf8();
                if (bytes.size() > 32) {
                    *error = QStringLiteral("An SSID has at most 32 bytes.");
                    return false;
                }
                options.ssids.append(bytes);
            }
        } else if (key == QLatin1String("durationTu")) {
            const auto tu = integer(it.value());
            if (!tu || *tu < 1 || *tu > 65535) {
                *error = QStringLiteral("durationTu wants 1 to 65535 time units.");
                return false;
            }
            options.durationTu = std::uint16_t(*tu);
        } else {
            bool *flag = key == QLatin1String("passive")         ? &options.passive
                         : key == QLatin1String("lowPriority")   ? &options.lowPriority
                         : key == QLatin1String("flush")         ? &options.flush
                         : key == QLatin1String("apForce")       ? &options.apForce
                         : key == QLatin1String("colocated6Ghz") ? &options.colocated6Ghz
                         : key == QLatin1String("randomMac")     ? &options.randomMac
                                                                 : nullptr;
            if (!flag) {
                *error = QStringLiteral("Unknown scan option %1.").arg(key.left(32));
                return false;
            }
            if (!boolean(map, key, *flag, error)) {
                return false;
            }
        }
    }
    if (options.passive && !options.ssids.isEmpty()) {
        *error = QStringLiteral("A passive scan sends no probe requests, so it cannot look for an SSID.");
        return false;
    }
    return true;
}

bool liveScanSettings(const QVariantMap &raw, LiveScanSettings &settings, QString *error)
{
    const QVariantMap map = Contract::plainVariant(raw).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("mode")) {
            settings.mode = it.value().toString();
            if (it.value().metaType().id() != QMetaType::QString ||
                !QStringList{QStringLiteral("off"), QStringLiteral("passive"), QStringLiteral("live")}
                     .contains(settings.mode)) {
                *error = QStringLiteral("mode is \"off\", \"passive\" or \"live\".");
                return false;
            }
        } else if (key == QLatin1String("interval")) {
            const auto seconds = integer(it.value());
            if (!seconds || *seconds < 2 || *seconds > 3600) {
                *error = QStringLiteral("interval wants 2 to 3600 seconds.");
                return false;
            }
            settings.intervalSeconds = int(*seconds);
        } else if (key == QLatin1String("bands")) {
            const auto names = strings(it.value());
            if (!names) {
                *error = QStringLiteral("bands wants strings (as).");
                return false;
            }
            if (names->size() > 8) {
                *error = QStringLiteral("bands wants at most 3 bands: 2.4GHz, 5GHz, 6GHz.");
                return false;
            }
            settings.bands.clear();
            for (const QString &name : *names) {
                const auto band = bandFromKey(name);
                if (!band ||
                    (*band != BandId::Band2GHz && *band != BandId::Band5GHz && *band != BandId::Band6GHz)) {
                    *error = QStringLiteral("Unknown band %1; bands are 2.4GHz, 5GHz and 6GHz.")
                                 .arg(name.left(16));
                    return false;
                }
                if (!settings.bands.contains(*band)) {
                    settings.bands.append(*band);
                }
            }
        } else if (key == QLatin1String("passive")) {
            if (!boolean(map, key, settings.passive, error)) {
                return false;
            }
        } else {
            *error = QStringLiteral("Unknown live scan setting %1.").arg(key.left(32));
            return false;
        }
    }
    return true;
}

namespace {

bool macOption(const QVariant &value, QString &mac, QString *error)
{
    const auto octets =
        value.metaType().id() == QMetaType::QString ? MacAddress::parse(value.toString()) : std::nullopt;
    if (!octets) {
        *error = QStringLiteral("mac wants an address such as 02:11:22:33:44:55.");
        return false;
    }
    if (std::uint8_t(octets->at(0)) & 0x01) {
        *error = QStringLiteral(
            "mac must be a unicast address (its first octet even), such as 02:11:22:33:44:55.");
        return false;
    }
    mac = value.toString();
    return true;
}

bool monitorFlagsOption(const QVariant &value, MonitorFlags &flags, QString *error)
{
    const auto names = strings(value);
    if (!names || names->size() > allMonitorFlags().size()) {
        *error = QStringLiteral("monitorFlags wants flag names (as).");
        return false;
    }
    for (const QString &name : *names) {
        const auto flag = monitorFlagFromKey(name);
        if (!flag) {
            *error = QStringLiteral(
                         "Unknown monitor flag %1; flags are fcsfail, plcpfail, control, otherbss, cook "
                         "and active.")
                         .arg(name.left(16));
            return false;
        }
        if (!flags.contains(*flag)) {
            flags.append(*flag);
        }
    }
    return true;
}

} // namespace

std::optional<InterfaceType> interfaceType(const QString &key, QString *error)
{
    static const QList<InterfaceType> creatable = {
        InterfaceType::Station,   InterfaceType::AccessPoint, InterfaceType::Monitor,
        InterfaceType::MeshPoint, InterfaceType::P2pClient,   InterfaceType::P2pGo,
        InterfaceType::P2pDevice, InterfaceType::Adhoc,       InterfaceType::Ocb,
        InterfaceType::Nan,
    };
    const auto type = interfaceTypeFromKey(key);
    if (!type || !creatable.contains(*type)) {
        *error = QStringLiteral(
                     "Unknown interface type %1; types are station, ap, monitor, mesh-point, p2p-client, "
                     "p2p-go, p2p-device, adhoc, ocb and nan.")
                     .arg(InterfaceName::quoted(key));
        return std::nullopt;
    }
    return type;
}

bool createOptions(const QVariantMap &raw, CreateInterfaceRequest &request, QString *error)
{
    const QVariantMap map = Contract::plainVariant(raw).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        const bool ok = key == QLatin1String("mac") ? macOption(it.value(), request.mac, error)
                        : key == QLatin1String("monitorFlags")
                            ? monitorFlagsOption(it.value(), request.monitorFlags, error)
                        : key == QLatin1String("up") ? boolean(map, key, request.up, error)
                        : key == QLatin1String("force")
                            ? boolean(map, key, request.force, error)
                            : (*error = QStringLiteral("Unknown option %1.").arg(key.left(32)), false);
        if (!ok) {
            return false;
        }
    }
    if (!request.monitorFlags.isEmpty() && request.type != InterfaceType::Monitor) {
        *error = QStringLiteral("monitorFlags are for monitor interfaces only.");
        return false;
    }
    return true;
}

bool changeTypeOptions(const QVariantMap &raw, ChangeTypeRequest &request, QString *error)
{
    const QVariantMap map = Contract::plainVariant(raw).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        const bool ok = key == QLatin1String("monitorFlags")
                            ? monitorFlagsOption(it.value(), request.monitorFlags, error)
                        : key == QLatin1String("force")
                            ? boolean(map, key, request.force, error)
                            : (*error = QStringLiteral("Unknown option %1.").arg(key.left(32)), false);
        if (!ok) {
            return false;
        }
    }
    if (!request.monitorFlags.isEmpty() && request.type != InterfaceType::Monitor) {
        *error = QStringLiteral("monitorFlags are for monitor interfaces only.");
        return false;
    }
    return true;
}

bool checkOptions(const QVariantMap &raw, Interfaces::Candidate &candidate, QString *error)
{
    const QVariantMap map = Contract::plainVariant(raw).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key() != QLatin1String("mac")) {
            *error = QStringLiteral("Unknown option %1.").arg(it.key().left(32));
            return false;
        }
        if (!macOption(it.value(), candidate.mac, error)) {
            return false;
        }
    }
    return true;
}

bool p2pDevice(const QVariantMap &raw, P2p::LocalDevice &device, QString *error)
{
    const QVariantMap map = Contract::plainVariant(raw).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString &key = it.key();
        const QVariant &value = it.value();
        if (key == QLatin1String("name")) {
            if (value.metaType().id() != QMetaType::QString || !P2p::isDeviceName(value.toString())) {
                *error = QStringLiteral("name wants 1 to 32 bytes of text without control characters.");
                return false;
            }
            device.name = value.toString();
        } else if (key == QLatin1String("type")) {
            const auto type = value.metaType().id() == QMetaType::QString
                                  ? P2p::DeviceType::fromText(value.toString())
                                  : std::nullopt;
            if (!type) {
                *error = QStringLiteral("type wants a device type such as 1-0050F204-1.");
                return false;
            }
            device.primaryType = *type;
        } else if (key == QLatin1String("configMethods")) {
            const auto names = strings(value);
            const auto methods = names ? P2p::configMethodsFromNames(*names) : std::nullopt;
            if (!methods || *methods == 0) {
                *error = QStringLiteral(
                    "configMethods wants WPS method names such as display, push_button, keypad.");
                return false;
            }
            device.configMethods = *methods;
        } else if (key == QLatin1String("listenChannel")) {
            const auto channel = integer(value);
            if (!channel || (*channel != 1 && *channel != 6 && *channel != 11)) {
                *error = QStringLiteral("listenChannel is 1, 6 or 11.");
                return false;
            }
            device.listenChannel = std::uint8_t(*channel);
        } else {
            *error = QStringLiteral("Unknown device setting %1.").arg(key.left(32));
            return false;
        }
    }
    return true;
}

bool p2pTimeout(uint seconds, QString *error)
{
    if (seconds < 1 || seconds > 3600) {
        *error = QStringLiteral("The timeout is 1 to 3600 seconds.");
        return false;
    }
    return true;
}

} // namespace Airpane::Validation
