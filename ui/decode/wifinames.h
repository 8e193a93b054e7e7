// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Airpane {

// Words for people from the helper's stable keys (app/cli/JSON.md): interface types, bands,
// channel widths and flags, event kinds. Unknown keys come back as they are.
class WifiNames
{
    Q_DECLARE_TR_FUNCTIONS(WifiNames)
public:
    static QString interfaceType(const QString &key);
    static QString interfaceTypeExplanation(const QString &key);
    static QString band(const QString &key);
    static QString width(const QString &key);
    static QString channelFlag(const QString &key);
    static QString channelFlagExplanation(const QString &key);
    static QString dfsState(const QString &key);
    static QString eventKind(const QString &key);
    // "6 (2437 MHz)" for a frequency with a channel number, else "2437 MHz".
    static QString channel(int frequencyMhz);
    static std::optional<int> channelNumber(int frequencyMhz);
    static QString power(double dbm);
};

} // namespace Airpane
