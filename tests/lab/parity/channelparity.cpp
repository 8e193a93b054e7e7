// SPDX-License-Identifier: GPL-3.0-or-later
// `iw phy X channels` against the channels of airpane-cli's radio: what `iw list` leaves out of a
// channel (the widths its flags allow, the DFS state and CAC time).
#include "parity.h"

#include <QRegularExpression>

namespace Airpane::Lab {
namespace {

const char *dfsStateName(const QString &key)
{
    return key == QLatin1String("usable")        ? "usable"
           : key == QLatin1String("available")   ? "available"
           : key == QLatin1String("unavailable") ? "unavailable"
                                                 : "unknown";
}

// The widths iw lists for a channel: those the band supports (HT40 with HT's 20/40 capability,
// VHT80 with VHT, VHT160 with VHT's 160 MHz widths) that no flag of the channel rules out.
QString widths(const QJsonObject &band, const QStringList &flags)
{
    const bool ht40 = !band[u"ht"].isNull() && (band[u"ht"][u"capabilities"].toInt() & 0x2);
    const bool vht80 = !band[u"vht"].isNull();
    const int vhtWidths = (qint64(band[u"vht"][u"capabilities"].toDouble()) >> 2) & 3;
    const bool vht160 = vht80 && (vhtWidths == 1 || vhtWidths == 2);
    QString text = QStringLiteral("Channel widths:");
    const std::pair<bool, const char *> all[] = {
        {!flags.contains(QStringLiteral("no-20mhz")), " 20MHz"},
        {ht40 && !flags.contains(QStringLiteral("no-ht40-minus")), " HT40-"},
        {ht40 && !flags.contains(QStringLiteral("no-ht40-plus")), " HT40+"},
        {vht80 && !flags.contains(QStringLiteral("no-80mhz")), " VHT80"},
        {vht160 && !flags.contains(QStringLiteral("no-160mhz")), " VHT160"},
    };
    for (const auto &[shown, word] : all) {
        if (shown) {
            text += QLatin1String(word);
        }
    }
    return text;
}

// "DFS state: usable (for 2 sec)" -> ("usable", 2).
std::pair<QString, qint64> dfsState(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^DFS state: (\\S+)(?: \\(for (\\d+) sec\\))?$"));
    const auto match = pattern.match(line);
    return {match.captured(1), match.hasCaptured(2) ? match.captured(2).toLongLong() : -1};
}

QStringList details(const IwNode &channel)
{
    QStringList lines;
    for (const IwNode &detail : channel.children) {
        detail.use();
        lines.append(detail.text);
    }
    return lines;
}

void compareChannel(const IwNode &iw, const IwNode *later, const QJsonObject &band, const QJsonObject &ours,
                    ParityReport &report)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+) MHz \\[(-?\\d+)\\]( \\(disabled\\))?$"));
    const auto match = pattern.match(iw.text);
    if (!match.hasMatch()) {
        return; // stays unused: reported
    }
    iw.use();
    const QString what = QStringLiteral("%1 MHz ").arg(match.captured(1));
    report.compare(what + QStringLiteral("frequency"), match.captured(1).toLongLong(), ours[u"frequency"]);
    report.compare(what + QStringLiteral("channel"), match.captured(2).toLongLong(),
                   QJsonValue(ours[u"channel"].toInt(0)));
    report.compare(what + QStringLiteral("disabled"), match.hasCaptured(3), ours[u"disabled"].toBool());
    if (match.hasCaptured(3)) {
        return;
    }
    const QStringList flags = strings(ours[u"flags"]);
    QStringList expected;
    if (!ours[u"maxPowerDbm"].isNull()) {
        expected.append(QStringLiteral("Maximum TX power: %1 dBm")
                            .arg(QString::number(ours[u"maxPowerDbm"].toDouble(), 'f', 1)));
    }
    if (flags.contains(QStringLiteral("no-ir"))) {
        expected.append(QStringLiteral("No IR"));
    }
    if (flags.contains(QStringLiteral("radar"))) {
        expected.append(QStringLiteral("Radar detection"));
    }
    expected.append(widths(band, flags));
    QStringList lines = details(iw);
    const QJsonObject dfs = ours[u"dfs"].toObject();
    if (!ours[u"dfs"].isNull()) {
        // The time in the DFS state grows: ours must lie between iw's reads before and after.
        const auto first = dfsState(lines.value(expected.size()));
        const auto second = later ? dfsState(details(*later).value(expected.size())) : first;
        const qint64 seconds =
            dfs[u"stateTimeMs"].isNull() ? -1 : qint64(dfs[u"stateTimeMs"].toDouble()) / 1000;
        report.compare(what + QStringLiteral("DFS state"), first.first,
                       QLatin1String(dfsStateName(dfs[u"state"].toString())));
        if (seconds < std::min(first.second, second.second) ||
            seconds > std::max(first.second, second.second)) {
            report.mismatch(what + QStringLiteral("DFS time in state"),
                            QStringLiteral("%1..%2 s").arg(first.second).arg(second.second),
                            QStringLiteral("%1 s").arg(seconds));
        }
        if (lines.size() > expected.size()) {
            lines.removeAt(expected.size());
        }
        if (!dfs[u"cacTimeMs"].isNull()) {
            expected.append(QStringLiteral("DFS CAC time: %1 ms").arg(show(dfs[u"cacTimeMs"])));
        }
    }
    report.compare(what + QStringLiteral("details"), lines, expected);
}

} // namespace

void compareChannelList(const QList<IwNode> &first, const QList<IwNode> &second, const QJsonObject &radio,
                        ParityReport &report)
{
    const QJsonArray bands = radio[u"bands"].toArray();
    QStringList printed;
    for (const IwNode &root : first) {
        if (!root.text.startsWith(QLatin1String("Band "))) {
            continue;
        }
        root.use();
        printed.append(root.text);
        const int number = int(iwNumber(root.text).value_or(0)) - 1;
        const auto band = std::find_if(bands.begin(), bands.end(),
                                       [&](const QJsonValue &b) { return b[u"number"].toInt() == number; });
        const auto later =
            std::find_if(second.begin(), second.end(), [&](const IwNode &n) { return n.text == root.text; });
        if (band == bands.end()) {
            report.mismatch(root.text, QStringLiteral("printed"), QStringLiteral("no band %1").arg(number));
            continue;
        }
        ParityReport part(
            QStringLiteral("%1 channels of band %2").arg(report.subject(), show((*band)[u"band"])));
        const QJsonArray channels = (*band)[u"channels"].toArray();
        // iw prints whole MHz only (S1G channels at half MHz repeat): pair the channels in order.
        part.compare(QStringLiteral("channels"), qint64(root.children.size()), QJsonValue(channels.size()));
        for (qsizetype i = 0; i < std::min(root.children.size(), channels.size()); ++i) {
            const IwNode *next =
                later != second.end() && i < later->children.size() ? &later->children[i] : nullptr;
            compareChannel(root.children[i], next, band->toObject(), channels[i].toObject(), part);
        }
        report.merge(part);
    }
    for (const QJsonValue band : bands) {
        if (!printed.contains(QStringLiteral("Band %1:").arg(band[u"number"].toInt() + 1))) {
            report.mismatch(QStringLiteral("band %1").arg(show(band[u"band"])),
                            QStringLiteral("(not printed)"),
                            QStringLiteral("%1 channels").arg(band[u"channels"].toArray().size()));
        }
    }
    for (const IwNode &root : first) {
        report.uncompared(root);
    }
}

} // namespace Airpane::Lab
