// SPDX-License-Identifier: GPL-3.0-or-later
#include "iwstation.h"

#include <QRegularExpression>

namespace Airpane::Lab {

const IwStation *IwStations::find(const QString &mac) const
{
    for (const IwStation &station : stations) {
        if (station.mac == mac) {
            return &station;
        }
    }
    return nullptr;
}

IwStations parseIwStations(const QByteArray &text)
{
    static const QRegularExpression header(QStringLiteral("^Station ([0-9a-f:]{17}) \\(on (\\S+)\\)$"));
    IwStations result;
    result.roots = parseIwTree(text);
    for (const IwNode &root : std::as_const(result.roots)) {
        if (const auto match = header.match(root.text); match.hasMatch()) {
            root.use();
            result.stations.append({match.captured(1), match.captured(2), &root});
        }
    }
    return result;
}

std::optional<int> IwRate::number(const QString &name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name && !value.isEmpty()) {
            return value.toInt();
        }
    }
    return std::nullopt;
}

bool IwRate::has(const QString &name) const
{
    return std::any_of(attributes.begin(), attributes.end(), [&](const auto &a) { return a.first == name; });
}

std::optional<IwRate> parseIwRate(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    IwRate rate;
    qsizetype i = 0;
    if (words.size() >= 2 && words[1] == QLatin1String("MBit/s")) {
        bool ok = false;
        rate.mbps = words[0].toDouble(&ok);
        if (!ok) {
            return std::nullopt;
        }
        i = 2;
    } else if (!words.isEmpty() && words[0] == QLatin1String("(unknown)")) {
        i = 1;
    } else {
        return std::nullopt;
    }
    static const QRegularExpression number(QStringLiteral("^-?\\d+$"));
    while (i < words.size()) {
        if (words[i] == QLatin1String("short") && i + 1 < words.size() &&
            words[i + 1] == QLatin1String("GI")) {
            rate.attributes.append({QStringLiteral("short GI"), QString()});
            i += 2;
        } else if (i + 1 < words.size() && number.match(words[i + 1]).hasMatch()) {
            rate.attributes.append({words[i], words[i + 1]});
            i += 2;
        } else {
            rate.attributes.append({words[i], QString()});
            ++i;
        }
    }
    return rate;
}

} // namespace Airpane::Lab
