// SPDX-License-Identifier: GPL-3.0-or-later
#include "iwphy.h"

#include <QRegularExpression>

namespace Airpane::Lab {

std::optional<qint64> IwPhy::index() const
{
    const auto value = node.value(u"wiphy index:");
    return value ? iwNumber(*value) : std::nullopt;
}

std::optional<QStringList> IwPhy::items(QStringView section) const
{
    const IwNode *header = node.find(section);
    if (!header) {
        return std::nullopt;
    }
    header->use();
    QStringList result;
    for (const IwNode &child : header->children) {
        child.use();
        result.append(child.text);
    }
    return result;
}

QList<IwPhy> parseIwPhys(const QByteArray &text)
{
    QList<IwPhy> phys;
    for (const IwNode &root : parseIwTree(text)) {
        if (root.text.startsWith(QLatin1String("Wiphy "))) {
            root.use();
            phys.append({root.text.mid(6).trimmed(), root});
        }
    }
    return phys;
}

std::optional<IwFrequency> parseIwFrequency(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d+)(?:\\.(\\d+))? MHz(?: \\[(-?\\d+)\\])?(?: \\((-?[\\d.]+) dBm\\))?(?: \\(([^)]*)\\))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    IwFrequency frequency;
    frequency.mhz = match.captured(1).toInt();
    frequency.offsetKhz = match.captured(2).toInt();
    if (match.hasCaptured(3)) {
        frequency.channel = match.captured(3).toInt();
    }
    if (match.hasCaptured(4)) {
        frequency.maxPowerDbm = match.captured(4).toDouble();
    }
    if (match.hasCaptured(5)) {
        frequency.flags = iwCommaList(match.captured(5));
    }
    return frequency;
}

std::optional<IwBitrate> parseIwBitrate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([\\d.]+) Mbps( \\(short preamble supported\\))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return IwBitrate{match.captured(1).toDouble(), match.hasCaptured(2)};
}

std::optional<IwStreamMcs> parseIwStreamMcs(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+) streams: (?:MCS 0-(\\d+)|not supported)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return IwStreamMcs{match.captured(1).toInt(), match.hasCaptured(2) ? match.captured(2).toInt() : -1};
}

std::optional<IwCombination> parseIwCombination(const QString &text)
{
    static const QRegularExpression limit(QStringLiteral("#\\{ ([^}]*) \\} <= (\\d+)"));
    static const QRegularExpression totals(QStringLiteral("total <= (\\d+), #channels <= (\\d+)"));
    static const QRegularExpression radar(QStringLiteral("radar detect widths: \\{([^}]*)\\}"));
    IwCombination combination;
    for (auto it = limit.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        combination.limits.append({iwCommaList(match.captured(1)), match.captured(2).toLongLong()});
    }
    const auto total = totals.match(text);
    if (!total.hasMatch()) {
        return std::nullopt;
    }
    combination.total = total.captured(1).toLongLong();
    combination.channels = total.captured(2).toLongLong();
    combination.beaconIntervalsMatch = text.contains(QLatin1String("STA/AP BI must match"));
    if (const auto widths = radar.match(text); widths.hasMatch()) {
        combination.radarWidths = iwCommaList(widths.captured(1));
    }
    return combination;
}

} // namespace Airpane::Lab
