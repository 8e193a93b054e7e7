// SPDX-License-Identifier: GPL-3.0-or-later
// The lines iw prints about a BSS before its elements (scan.c's print_bss_handler): BSSID and
// status, last seen, TSF, frequency, beacon interval, capability, signal, and where the elements
// came from. iw read before and after airpane-cli: what changes with time must lie between.
#include "scanparity.h"

#include <QRegularExpression>

#include <net/if.h>

namespace Airpane::Lab {
namespace {

QString iwCapability(qint64 capability, bool dmg)
{
    QString text;
    const auto flag = [&](int bit, const char *name) {
        if (capability & bit) {
            text += QLatin1Char(' ') + QLatin1String(name);
        }
    };
    if (dmg) {
        static const char *const types[] = {"", " DMG_IBSS", " DMG_PCP", " DMG_ESS"};
        text += QLatin1String(types[capability & 3]);
        flag(1 << 2, "CBAP_Only");
        flag(1 << 3, "CBAP_Src");
        flag(1 << 4, "Privacy");
        flag(1 << 5, "ECPAC");
        flag(1 << 8, "SpectrumMgmt");
        flag(1 << 12, "RadioMeasure");
    } else {
        static const char *const names[] = {
            "ESS",          "IBSS",          "CfPollable",    "CfPollReq",
            "Privacy",      "ShortPreamble", "PBCC",          "ChannelAgility",
            "SpectrumMgmt", "QoS",           "ShortSlotTime", "APSD",
            "RadioMeasure", "DSSS-OFDM",     "DelayedBACK",   "ImmediateBACK"};
        for (int bit = 0; bit < 16; ++bit) {
            flag(1 << bit, names[bit]);
        }
    }
    return QStringLiteral("capability:%1 (0x%2)").arg(text).arg(capability, 4, 16, QLatin1Char('0'));
}

// iw's "%d.%.2d" of a signal in mBm (a negative fraction keeps its sign: -20.-50).
QString iwSignal(double dbm)
{
    const int mbm = int(std::lround(dbm * 100));
    const int fraction = mbm % 100;
    return QStringLiteral("%1.%2%3 dBm")
        .arg(mbm / 100)
        .arg(fraction < 0 ? QStringLiteral("-") : QString())
        .arg(std::abs(fraction), 2, 10, QLatin1Char('0'));
}

QString iwTsf(qint64 tsf)
{
    const qint64 seconds = tsf / 1000 / 1000;
    return QStringLiteral("TSF: %1 usec (%2d, %3:%4:%5)")
        .arg(tsf)
        .arg(seconds / 60 / 60 / 24)
        .arg(seconds / 60 / 60 % 24, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// The child of BSS whose text starts with PREFIX and (if given) ends with SUFFIX; marks it used.
const IwNode *line(const IwNode *bss, const QString &prefix, const QString &suffix = {})
{
    if (!bss) {
        return nullptr;
    }
    for (const IwNode &child : bss->children) {
        if (child.text.startsWith(prefix) && (suffix.isEmpty() || child.text.endsWith(suffix))) {
            child.use();
            return &child;
        }
    }
    return nullptr;
}

// A line that must read the same in both of iw's reads, or equal one of them when the BSS was
// updated between them.
void compareStatic(ParityReport &report, const QString &field, const IwNode *first, const IwNode *second,
                   const QString &ours)
{
    const QString a = first ? first->text : QStringLiteral("(not printed)");
    const QString b = second ? second->text : a;
    if (ours != a && ours != b) {
        report.mismatch(field, a == b ? a : a + QStringLiteral(" / ") + b, ours);
    }
}

} // namespace

void compareBssHeader(const BssReads &reads, ParityReport &report)
{
    const QJsonObject &ours = reads.ours;
    const IwNode *first = reads.first;
    const IwNode *second = reads.second;
    // "BSS 02:00:00:00:01:00(on wlan0) -- associated"
    static const QRegularExpression head(
        QStringLiteral("^BSS ([0-9a-f:]{17})(?:\\(on ([^)]+)\\))?(?: -- (.*))?$"));
    const auto match = head.match(first->text);
    first->use();
    report.compare(QStringLiteral("BSSID"), match.captured(1), ours[u"bssid"].toString());
    char name[IF_NAMESIZE] = {};
    const QString ourInterface =
        if_indextoname(unsigned(ours[u"ifindex"].toInt()), name) ? QString::fromLatin1(name) : QString();
    report.compare(QStringLiteral("interface"), match.captured(2), ourInterface);
    static const QHash<QString, QString> statuses{
        {QStringLiteral("associated"), QStringLiteral("associated")},
        {QStringLiteral("authenticated"), QStringLiteral("authenticated")},
        {QStringLiteral("joined"), QStringLiteral("ibss-joined")}};
    report.compare(QStringLiteral("status"), statuses.value(match.captured(3), match.captured(3)),
                   ours[u"status"].isNull() ? QString() : ours[u"status"].toString());

    const QJsonValue boottime = ours[u"lastSeenBoottimeNs"];
    const qint64 ns = qint64(boottime.toDouble());
    compareStatic(report, QStringLiteral("last seen (boottime)"),
                  line(first, QStringLiteral("last seen:"), QStringLiteral("[boottime]")),
                  line(second, QStringLiteral("last seen:"), QStringLiteral("[boottime]")),
                  boottime.isNull() ? QStringLiteral("(not printed)")
                                    : QStringLiteral("last seen: %1.%2s [boottime]")
                                          .arg(ns / 1000000000)
                                          .arg(ns % 1000000000 / 1000000, 3, 10, QLatin1Char('0')));
    compareStatic(report, QStringLiteral("TSF"), line(first, QStringLiteral("TSF:")),
                  line(second, QStringLiteral("TSF:")), iwTsf(qint64(ours[u"tsf"].toDouble())));
    const IwNode *frequency = line(first, QStringLiteral("freq:"));
    const int offset = ours[u"frequencyOffsetKhz"].toInt();
    // iw prints the offset (as "2412.0") when the kernel sends it; 6.12 always does.
    const bool dotted = frequency && frequency->text.contains(QLatin1Char('.'));
    compareStatic(report, QStringLiteral("frequency"), frequency, line(second, QStringLiteral("freq:")),
                  dotted || offset ? QStringLiteral("freq: %1.%2").arg(ours[u"frequency"].toInt()).arg(offset)
                                   : QStringLiteral("freq: %1").arg(ours[u"frequency"].toInt()));
    compareStatic(report, QStringLiteral("beacon interval"), line(first, QStringLiteral("beacon interval:")),
                  line(second, QStringLiteral("beacon interval:")),
                  QStringLiteral("beacon interval: %1 TUs").arg(ours[u"beaconInterval"].toInt()));
    compareStatic(report, QStringLiteral("capability"), line(first, QStringLiteral("capability:")),
                  line(second, QStringLiteral("capability:")),
                  iwCapability(ours[u"capability"].toInt(), ours[u"frequency"].toInt() > 45000));
    compareStatic(report, QStringLiteral("signal"), line(first, QStringLiteral("signal:")),
                  line(second, QStringLiteral("signal:")),
                  !ours[u"signalDbm"].isNull()
                      ? QStringLiteral("signal: ") + iwSignal(ours[u"signalDbm"].toDouble())
                  : !ours[u"signalQuality"].isNull()
                      ? QStringLiteral("signal: %1/100").arg(ours[u"signalQuality"].toInt())
                      : QStringLiteral("(not printed)"));
    // airpane-cli's age counts from LAST_SEEN_BOOTTIME to CLOCK_BOOTTIME when it read; iw prints
    // the kernel's SEEN_MS_AGO, counted in jiffies, which airpane-cli does not report (its JSON
    // has no raw copy of it). The boottime age must lie between the clock before and after.
    const qint64 mine = qint64(ours[u"ageMs"].toDouble());
    if (!boottime.isNull()) {
        const qint64 low = (reads.boottimeBeforeNs - ns) / 1000000 - 1;
        const qint64 high = (reads.boottimeAfterNs - ns) / 1000000 + 1;
        if (mine < low || mine > high) {
            report.mismatch(QStringLiteral("age from boottime"), QStringLiteral("%1..%2").arg(low).arg(high),
                            QString::number(mine));
        }
    }
    // The two differ by design: in the lab the kernel stamps SEEN_MS_AGO when the scan that saw
    // the BSS ends (one value for every BSS of that scan), LAST_SEEN_BOOTTIME when the frame came
    // in, earlier. So airpane-cli's age may be older than iw's, never younger; older is a finding.
    if (const IwNode *age = line(first, QStringLiteral("last seen:"), QStringLiteral("ms ago"))) {
        const IwNode *ageAgain = line(second, QStringLiteral("last seen:"), QStringLiteral("ms ago"));
        const qint64 low = iwNumber(age->text).value_or(-1);
        const qint64 high = ageAgain ? iwNumber(ageAgain->text).value_or(low) : low;
        if (mine < low - 1) {
            report.mismatch(QStringLiteral("age against SEEN_MS_AGO"),
                            QStringLiteral("at least %1 ms").arg(low), QString::number(mine));
        } else if (mine > high) {
            report.finding(*age,
                           QStringLiteral("the kernel's SEEN_MS_AGO (from the end of the scan) is not in "
                                          "airpane-cli's JSON; its ageMs (%1, from LAST_SEEN_BOOTTIME, when "
                                          "the frame came in) is older than iw's %2 to %3")
                               .arg(mine)
                               .arg(low)
                               .arg(high));
        }
    }
    // iw says where the elements came from when the kernel marks a probe response or has a beacon's
    // that differ.
    const QJsonValue beacon = ours[u"beaconElements"];
    const bool probe = ours[u"fromProbeResponse"].toBool() ||
                       (!beacon.isNull() && beacon.toString() != ours[u"elements"].toString());
    report.compare(QStringLiteral("from probe response"),
                   line(first, QStringLiteral("Information elements from Probe Response frame")) != nullptr,
                   probe);
}

void compareBss(const BssReads &reads, ParityReport &report)
{
    compareBssHeader(reads, report);
    compareElements(*reads.first, reads.ours[u"decodedElements"].toArray(), reads.iwElements, report);
    report.uncompared(*reads.first);
}

} // namespace Airpane::Lab
