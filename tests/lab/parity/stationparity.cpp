// SPDX-License-Identifier: GPL-3.0-or-later
// Station and survey dumps: iw read once before and once after airpane-cli, so that counters can
// be required to lie between iw's two reads and static values to be equal.
#include "parity.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace Airpane::Lab {
namespace {

enum class Kind {
    Static,   // equal to iw's first read (and its second, when it did not change)
    Between,  // between iw's two reads (counters, times, levels)
    Inactive, // resets on every frame: at most iw's larger read plus the time around the reads
};

void compareValue(ParityReport &report, const Bracket &bracket, const QString &field, Kind kind,
                  const std::optional<QString> &first, const std::optional<QString> &second,
                  const QJsonValue &ours)
{
    const auto a = first ? iwNumber(*first) : std::nullopt;
    const auto b = second ? iwNumber(*second) : a;
    if (!a || ours.isNull()) {
        report.compare(field, a, ours);
        return;
    }
    const qint64 mine = qint64(ours.toDouble());
    const qint64 low = std::min(*a, b.value_or(*a));
    const qint64 high = std::max(*a, b.value_or(*a));
    bool ok = false;
    switch (kind) {
    case Kind::Static:
        ok = mine == *a;
        break;
    case Kind::Between:
        ok = mine >= low && mine <= high;
        break;
    case Kind::Inactive:
        ok = mine >= 0 && mine <= high + (bracket.afterMs - bracket.beforeMs);
        break;
    }
    if (!ok) {
        report.mismatch(field,
                        low == high ? QString::number(low) : QStringLiteral("%1..%2").arg(low).arg(high),
                        QString::number(mine));
    }
}

// Compares text iw derives from a value: equal to one of iw's two reads.
void compareText(ParityReport &report, const QString &field, const std::optional<QString> &first,
                 const std::optional<QString> &second, const QString &ours)
{
    const QString a = first.value_or(QStringLiteral("(not printed)"));
    const QString b = second.value_or(a);
    if (ours != a && ours != b) {
        report.mismatch(field, a == b ? a : a + QStringLiteral(" / ") + b, ours);
    }
}

// A rate as iw's parse_bitrate() writes it.
QString iwRate(const QJsonValue &value)
{
    if (value.isNull()) {
        return QStringLiteral("(not printed)");
    }
    const QJsonObject rate = value.toObject();
    const qint64 rate100Kbps = qRound64(rate[u"mbps"].toDouble() * 10);
    QString text = rate100Kbps > 0
                       ? QStringLiteral("%1.%2 MBit/s").arg(rate100Kbps / 10).arg(rate100Kbps % 10)
                       : QStringLiteral("(unknown)");
    auto number = [&](const char *key, const char *word) {
        if (!rate[QLatin1String(key)].isNull()) {
            text += QStringLiteral(" %1 %2").arg(QLatin1String(word), show(rate[QLatin1String(key)]));
        }
    };
    number("htMcs", "MCS");
    number("vhtMcs", "VHT-MCS");
    const int width = rate[u"widthMhz"].toInt();
    if (rate[u"eightyPlusEighty"].toBool()) {
        text += QStringLiteral(" 80P80MHz");
    } else if (width == 40 || width == 80 || width == 160 || width == 320) {
        text += QStringLiteral(" %1MHz").arg(width);
    }
    if (rate[u"shortGi"].toBool()) {
        text += QStringLiteral(" short GI");
    }
    number("vhtNss", "VHT-NSS");
    number("heMcs", "HE-MCS");
    number("heNss", "HE-NSS");
    number("heGi", "HE-GI");
    number("heDcm", "HE-DCM");
    number("heRuAlloc", "HE-RU-ALLOC");
    number("ehtMcs", "EHT-MCS");
    number("ehtNss", "EHT-NSS");
    number("ehtGi", "EHT-GI");
    number("ehtRuAlloc", "EHT-RU-ALLOC");
    return text;
}

// "-20 [-20, -21] dBm": a level and, when the driver reports them, its chains.
QString chains(const QJsonValue &values)
{
    const QStringList list = strings(values);
    return list.isEmpty() ? QString() : QLatin1Char('[') + list.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString chainsOf(const std::optional<QString> &iw)
{
    if (!iw) {
        return {};
    }
    const qsizetype open = iw->indexOf(QLatin1Char('['));
    return open < 0 ? QString() : iw->mid(open, iw->indexOf(QLatin1Char(']')) - open + 1);
}

QString yesNo(const QJsonValue &value, const char *yes = "yes", const char *no = "no")
{
    if (value.isNull()) {
        return QStringLiteral("(not printed)");
    }
    // The flags are booleans; accept numbers too so that a wrong type shows up as a type problem.
    return QLatin1String(value.toBool() || value.toInt() ? yes : no);
}

// The per-TID tables of `iw ... station dump -v`: "MSDU:" (rx, tx, tx retries, tx failed) and
// "TXQs:" (the transmit queue's counters), one row per TID under a header, columns by position.
void compareTids(const Bracket &bracket, const IwNode &first, const IwNode *second, const QJsonArray &ours,
                 ParityReport &report)
{
    struct Table
    {
        const char *title;
        QStringList fields;
    };
    const Table tables[] = {
        {"MSDU:",
         {QStringLiteral("rxMsdu"), QStringLiteral("txMsdu"), QStringLiteral("txMsduRetries"),
          QStringLiteral("txMsduFailed")}},
        {"TXQs:",
         {QStringLiteral("backlogBytes"), QStringLiteral("backlogPackets"), QStringLiteral("flows"),
          QStringLiteral("drops"), QStringLiteral("ecnMarks"), QStringLiteral("overlimit"),
          QStringLiteral("collisions"), QStringLiteral("txBytes"), QStringLiteral("txPackets")}},
    };
    static const QRegularExpression blank(QStringLiteral("\\s+"));
    auto rowsOf = [](const IwNode *table) {
        QMap<QString, QStringList> rows; // by TID
        for (const IwNode &row : table ? table->children : QList<IwNode>()) {
            const QStringList cells = row.text.split(blank, Qt::SkipEmptyParts);
            if (!cells.isEmpty() && cells.first() != QLatin1String("TID")) {
                rows.insert(cells.first(), cells.mid(1));
            }
        }
        return rows;
    };
    for (const Table &table : tables) {
        const IwNode *a = first.find(QLatin1String(table.title));
        if (!a) {
            continue; // iw prints them with -v only
        }
        a->useAll();
        const IwNode *b = second ? second->find(QLatin1String(table.title)) : nullptr;
        const QMap<QString, QStringList> rows = rowsOf(a);
        const QMap<QString, QStringList> later = b ? rowsOf(b) : rows;
        int shown = 0;
        for (const QJsonValue &tid : ours) {
            const bool queue = QLatin1String(table.title) == QLatin1String("TXQs:");
            shown += queue ? int(tid[u"txq"].isObject()) : 1;
        }
        report.compare(QStringLiteral("%1 rows").arg(QLatin1String(table.title)), qint64(rows.size()),
                       QJsonValue(shown));
        for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
            QJsonObject tid;
            for (const QJsonValue &candidate : ours) {
                tid = candidate[u"tid"].toInt(-1) == row.key().toInt() ? candidate.toObject() : tid;
            }
            const QJsonObject values =
                QLatin1String(table.title) == QLatin1String("TXQs:") ? tid[u"txq"].toObject() : tid;
            for (qsizetype i = 0; i < table.fields.size(); ++i) {
                const QString field = QStringLiteral("TID %1 %2").arg(row.key(), table.fields[i]);
                compareValue(report, bracket, field, Kind::Between, row->value(i),
                             later.value(row.key()).value(i), values[table.fields[i]]);
            }
        }
    }
}

} // namespace

void compareStation(const IwStation &first, const IwStation *second, const QJsonObject &ours,
                    const Bracket &bracket, ParityReport &report)
{
    const IwNode &a = *first.node;
    const IwNode *b = second ? second->node : nullptr;
    auto both = [&](const QString &key) { return std::pair{a.field(key), b ? b->field(key) : a.field(key)}; };
    report.compare(QStringLiteral("mac"), first.mac, ours[u"mac"].toString());
    struct Number
    {
        const char *iw;
        const char *ours;
        Kind kind;
    };
    static const Number numbers[] = {
        {"inactive time", "inactiveMs", Kind::Inactive},
        {"rx bytes", "rxBytes", Kind::Between},
        {"rx packets", "rxPackets", Kind::Between},
        {"tx bytes", "txBytes", Kind::Between},
        {"tx packets", "txPackets", Kind::Between},
        {"tx retries", "txRetries", Kind::Between},
        {"tx failed", "txFailed", Kind::Between},
        {"beacon loss", "beaconLoss", Kind::Between},
        {"beacon rx", "beaconRx", Kind::Between},
        {"rx drop misc", "rxDropMisc", Kind::Between},
        {"signal", "signalDbm", Kind::Between},
        {"signal avg", "signalAverageDbm", Kind::Between},
        {"beacon signal avg", "beaconSignalAverageDbm", Kind::Between},
        {"last ack signal", "ackSignalDbm", Kind::Between},
        {"avg ack signal", "ackSignalAverageDbm", Kind::Between},
        {"Toffset", "tOffset", Kind::Between},
        {"tx duration", "txDurationUs", Kind::Between},
        {"rx duration", "rxDurationUs", Kind::Between},
        {"connected time", "connectedSeconds", Kind::Between},
    };
    for (const Number &number : numbers) {
        const auto [x, y] = both(QLatin1String(number.iw));
        compareValue(report, bracket, QLatin1String(number.iw), number.kind, x, y,
                     ours[QLatin1String(number.ours)]);
        if (QLatin1String(number.ours).startsWith(QLatin1String("signal"))) {
            compareText(report, QLatin1String(number.iw) + QStringLiteral(" chains"), chainsOf(x),
                        chainsOf(y),
                        chains(ours[QLatin1String(number.ours) == QLatin1String("signalDbm")
                                        ? QLatin1String("chainSignalDbm")
                                        : QLatin1String("chainSignalAverageDbm")]));
        }
    }
    for (const auto &[key, field] : {std::pair{"tx bitrate", "txRate"}, std::pair{"rx bitrate", "rxRate"}}) {
        const auto [x, y] = both(QLatin1String(key));
        compareText(report, QLatin1String(key), x, y, iwRate(ours[QLatin1String(field)]));
    }
    // iw: kb/s * 1000 / 1024, printed as "%u.%uMbps" (the fraction without leading zeros).
    const auto [x, y] = both(QStringLiteral("expected throughput"));
    const QJsonValue throughput = ours[u"expectedThroughputKbps"];
    const qint64 scaled = qint64(throughput.toDouble()) * 1000 / 1024;
    compareText(report, QStringLiteral("expected throughput"), x, y,
                throughput.isNull() ? QStringLiteral("(not printed)")
                                    : QStringLiteral("%1.%2Mbps").arg(scaled / 1000).arg(scaled % 1000));
    for (const auto &[key, field, yes, no] :
         {std::tuple{"authorized", "authorized", "yes", "no"},
          std::tuple{"authenticated", "authenticated", "yes", "no"},
          std::tuple{"associated", "associated", "yes", "no"},
          std::tuple{"preamble", "shortPreamble", "short", "long"}, std::tuple{"WMM/WME", "wme", "yes", "no"},
          std::tuple{"MFP", "mfp", "yes", "no"}, std::tuple{"TDLS peer", "tdlsPeer", "yes", "no"}}) {
        const auto [p, q] = both(QLatin1String(key));
        compareText(report, QLatin1String(key), p, q, yesNo(ours[QLatin1String(field)], yes, no));
        if (!ours[QLatin1String(field)].isNull() && !ours[QLatin1String(field)].isBool()) {
            report.mismatch(QLatin1String(key) + QStringLiteral(" (JSON type)"), QStringLiteral("a flag"),
                            QStringLiteral("%1, not a boolean").arg(show(ours[QLatin1String(field)])));
        }
    }
    const QJsonObject bss = ours[u"bss"].toObject();
    for (const auto &[key, field] :
         {std::pair{"DTIM period", "dtimPeriod"}, std::pair{"beacon interval", "beaconInterval"}}) {
        const auto [p, q] = both(QLatin1String(key));
        compareValue(report, bracket, QLatin1String(key), Kind::Static, p, q, bss[QLatin1String(field)]);
    }
    // BSS flags: iw prints a line only for a flag that is set.
    for (const auto &[key, field] :
         {std::pair{"CTS protection", "ctsProtection"}, std::pair{"short preamble", "shortPreamble"},
          std::pair{"short slot time", "shortSlotTime"}}) {
        const auto [p, q] = both(QLatin1String(key));
        compareText(report, QLatin1String(key), p, q,
                    bss[QLatin1String(field)].toBool() ? QStringLiteral("yes")
                                                       : QStringLiteral("(not printed)"));
    }
    compareTids(bracket, a, b, ours[u"tidStats"].toArray(), report);
    const QJsonValue boottime = ours[u"associatedAtBoottimeNs"];
    const qint64 ns = qint64(boottime.toDouble());
    const auto [at, at2] = both(QStringLiteral("associated at [boottime]"));
    compareText(report, QStringLiteral("associated at [boottime]"), at, at2,
                boottime.isNull() ? QStringLiteral("(not printed)")
                                  : QStringLiteral("%1.%2s")
                                        .arg(ns / 1000000000)
                                        .arg((ns % 1000000000) / 1000000, 3, 10, QLatin1Char('0')));
    // iw converts the boottime to wall-clock time with its own clocks; allow for the conversion.
    if (const auto wall = a.field(QStringLiteral("associated at")); wall && !boottime.isNull()) {
        const qint64 expected = ns / 1000000 + bracket.realtimeMinusBoottimeMs;
        if (std::abs(iwNumber(*wall).value_or(0) - expected) > 20) {
            report.mismatch(QStringLiteral("associated at"), *wall, QStringLiteral("%1 ms").arg(expected));
        }
    }
    // Not backend data: the time iw printed the station; it must be the time of the reads.
    if (const auto now = a.field(QStringLiteral("current time"))) {
        const qint64 ms = iwNumber(*now).value_or(0);
        if (ms < bracket.beforeMs || ms > bracket.afterMs) {
            report.problem(QStringLiteral("iw's current time %1 is outside the reads (%2..%3)")
                               .arg(ms)
                               .arg(bracket.beforeMs)
                               .arg(bracket.afterMs));
        }
    }
    if (b) {
        b->useAll(); // the second read only bounds the first
    }
}

void compareSurveyEntry(const IwSurveyEntry &first, const IwSurveyEntry *second, const QJsonObject &ours,
                        ParityReport &report)
{
    const IwNode &a = *first.node;
    const IwNode *b = second ? second->node : nullptr;
    report.compare(QStringLiteral("frequency"), qint64(first.frequency), ours[u"frequency"]);
    report.compare(QStringLiteral("frequency offset"), qint64(first.offsetKhz), ours[u"frequencyOffsetKhz"]);
    report.compare(QStringLiteral("in use"), first.inUse, ours[u"inUse"].toBool());
    static const std::tuple<const char *, const char *, Kind> fields[] = {
        {"noise", "noiseDbm", Kind::Static},
        {"channel active time", "activeMs", Kind::Between},
        {"channel busy time", "busyMs", Kind::Between},
        {"extension channel busy time", "extBusyMs", Kind::Between},
        {"channel receive time", "rxMs", Kind::Between},
        {"channel transmit time", "txMs", Kind::Between},
        {"channel scan time", "scanMs", Kind::Between},
        {"channel BSS receive time", "bssRxMs", Kind::Between},
    };
    for (const auto &[key, field, kind] : fields) {
        const QString name = QLatin1String(key);
        compareValue(report, Bracket{}, name, kind, a.field(name), b ? b->field(name) : std::nullopt,
                     ours[QLatin1String(field)]);
    }
    if (b) {
        b->useAll();
    }
}

} // namespace Airpane::Lab
