// SPDX-License-Identifier: GPL-3.0-or-later
#include "ifaceoptions.h"

#include "support/interfacename.h"

#include <QRegularExpression>

namespace Airpane {

// Whole-string matches only: no sign, no spaces, no trailing newline.
std::optional<std::uint64_t> IfaceOptions::decimal(const QString &text, std::uint64_t max)
{
    static const QRegularExpression digits(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{1,20}")));
    if (!digits.match(text).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    return ok && value <= max ? std::optional<std::uint64_t>(value) : std::nullopt;
}

std::optional<std::uint64_t> IfaceOptions::wdevId(const QString &text)
{
    static const QRegularExpression hex(
        QRegularExpression::anchoredPattern(QStringLiteral("0x[0-9a-fA-F]{1,16}")));
    if (!hex.match(text).hasMatch()) {
        return std::nullopt;
    }
    bool ok = false;
    const qulonglong value = text.mid(2).toULongLong(&ok, 16);
    return ok ? std::optional<std::uint64_t>(value) : std::nullopt;
}

std::optional<IfaceOptions> IfaceOptions::parse(const QString &subcommand, const QStringList &args,
                                                QString *error)
{
    struct Shape
    {
        const char *name;
        int minPositional;
        int maxPositional;
        const char *options; // separated by spaces
    };
    static constexpr Shape shapes[] = {
        {"add", 3, 3, "--mac --flags --up --hold --force"},
        {"del", 1, 1, ""},
        {"set-type", 2, 2, "--flags --force"},
        {"combinations", 0, 1, ""},
        {"check", 2, 2, "--mac --freq --fixed-freq --beacon-interval"},
    };
    const Shape *shape = nullptr;
    for (const Shape &candidate : shapes) {
        if (subcommand == QLatin1String(candidate.name)) {
            shape = &candidate;
        }
    }
    if (!shape) {
        *error = QStringLiteral("unknown iface subcommand %1:\n%2")
                     .arg(InterfaceName::quoted(subcommand), IfaceOptions::usage());
        return std::nullopt;
    }
    IfaceOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            options.positional.append(arg);
            continue;
        }
        if (!QString::fromLatin1(shape->options).split(QLatin1Char(' ')).contains(arg)) {
            *error = QStringLiteral("iface %1 does not take %2").arg(subcommand, InterfaceName::quoted(arg));
            return std::nullopt;
        }
        const bool takesValue = arg == QLatin1String("--mac") || arg == QLatin1String("--flags") ||
                                arg == QLatin1String("--freq") || arg == QLatin1String("--beacon-interval");
        if (takesValue && i + 1 >= args.size()) {
            *error = QStringLiteral("%1 needs a value").arg(arg);
            return std::nullopt;
        }
        const QString value = takesValue ? args.at(++i) : QString();
        if (arg == QLatin1String("--mac")) {
            options.mac = value;
        } else if (arg == QLatin1String("--flags")) {
            for (const QString &key : value.split(QLatin1Char(','))) {
                const auto flag = monitorFlagFromKey(key);
                if (!flag) {
                    *error =
                        QStringLiteral("unknown monitor flag %1: use fcsfail, plcpfail, control, otherbss, "
                                       "cook, active")
                            .arg(InterfaceName::quoted(key));
                    return std::nullopt;
                }
                if (!options.flags.contains(*flag)) {
                    options.flags.append(*flag);
                }
            }
        } else if (arg == QLatin1String("--freq")) {
            const auto mhz = decimal(value, 100000);
            if (!mhz || *mhz == 0) {
                *error = QStringLiteral("--freq takes a frequency in MHz, like 2437");
                return std::nullopt;
            }
            options.frequency = int(*mhz);
        } else if (arg == QLatin1String("--beacon-interval")) {
            const auto tu = decimal(value, 65535);
            if (!tu || *tu == 0) {
                *error = QStringLiteral("--beacon-interval takes time units (1 to 65535), like 100");
                return std::nullopt;
            }
            options.beaconInterval = std::uint32_t(*tu);
        } else {
            options.up = options.up || arg == QLatin1String("--up");
            options.hold = options.hold || arg == QLatin1String("--hold");
            options.force = options.force || arg == QLatin1String("--force");
            options.fixedFrequency = options.fixedFrequency || arg == QLatin1String("--fixed-freq");
        }
    }
    if (options.positional.size() < shape->minPositional ||
        options.positional.size() > shape->maxPositional) {
        *error = QStringLiteral("wrong arguments for iface %1:\n%2").arg(subcommand, IfaceOptions::usage());
        return std::nullopt;
    }
    return options;
}

QString IfaceOptions::usage()
{
    return QStringLiteral(
        "iface add RADIO NAME TYPE [--mac MAC] [--flags F1,F2] [--up] [--hold] [--force]\n"
        "iface del INTERFACE\n"
        "iface set-type INTERFACE TYPE [--flags F1,F2] [--force]\n"
        "iface combinations [RADIO]\n"
        "iface check RADIO TYPE [--mac MAC] [--freq MHZ [--fixed-freq]] [--beacon-interval TU]\n"
        "TYPE: station, ap, monitor, mesh-point, p2p-client, p2p-go, p2p-device, adhoc, ocb, nan.\n"
        "Monitor flags: fcsfail, plcpfail, control, otherbss, cook, active. INTERFACE is a name,\n"
        "an ifindex or a wdev id (0x2). --hold keeps airpane-cli running and the interface owned by\n"
        "it: the kernel removes it when airpane-cli ends. --force lets the kernel decide what the\n"
        "pre-check refuses.");
}

} // namespace Airpane
