// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/monitorflag.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace Airpane {

// The arguments of one airpane-cli iface subcommand, checked against what that subcommand takes.
// Numbers are whole-string matches: no sign, no spaces, nothing beyond their range.
struct IfaceOptions
{
    QStringList positional;
    QString mac;
    MonitorFlags flags;
    bool up = false;
    bool hold = false;
    bool force = false;
    bool fixedFrequency = false;
    std::optional<int> frequency;
    std::optional<std::uint32_t> beaconInterval;

    // Nothing, with ERROR set, for an unknown subcommand, option or flag, a missing value or the
    // wrong number of arguments.
    static std::optional<IfaceOptions> parse(const QString &subcommand, const QStringList &args,
                                             QString *error);
    static QString usage();

    // Decimal digits only, at most MAX.
    static std::optional<std::uint64_t> decimal(const QString &text, std::uint64_t max);
    // "0x" and 1 to 16 hex digits: a wdev id.
    static std::optional<std::uint64_t> wdevId(const QString &text);
};

} // namespace Airpane
