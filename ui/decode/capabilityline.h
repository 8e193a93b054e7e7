// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Airpane {

// One decoded capability: its name, its value in words, and what it means for the user.
struct CapabilityLine
{
    QString name;
    QString value;
    QString explanation;

    bool operator==(const CapabilityLine &) const = default;
};

// A titled group of lines: "HT (Wi-Fi 4) · 2.4 GHz", "Ciphers", ...
struct CapabilitySection
{
    QString title;
    QList<CapabilityLine> lines;

    bool operator==(const CapabilitySection &) const = default;
};

} // namespace Airpane
