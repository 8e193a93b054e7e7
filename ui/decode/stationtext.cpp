// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationtext.h"

#include <QLocale>
#include <QStringList>

namespace Airpane {
namespace {

// HE and EHT guard interval codes (NL80211_RATE_INFO_HE_GI_*): 0.8, 1.6, 3.2 µs.
QString guardInterval(int code)
{
    static const QStringList microseconds = {QStringLiteral("0.8"), QStringLiteral("1.6"),
                                             QStringLiteral("3.2")};
    return code >= 0 && code < microseconds.size() ? microseconds[code] : QString::number(code);
}

} // namespace

QString StationText::mbps(const std::optional<double> &mbps)
{
    return mbps ? tr("%1 Mb/s").arg(QLocale().toString(*mbps, 'f', 1)) : QStringLiteral("—");
}

QString StationText::rate(const Client::Rate &rate)
{
    QStringList parts{mbps(rate.mbps)};
    const QString standard = rate.standard();
    if (const auto mcs = rate.mcs()) {
        parts.append(tr("%1-MCS %2").arg(standard.toUpper()).arg(*mcs));
    }
    if (const auto streams = rate.streams()) {
        parts.append(tr("%n stream(s)", nullptr, *streams));
    }
    parts.append(rate.eightyPlusEighty ? tr("80+80 MHz") : tr("%1 MHz").arg(rate.widthMhz));
    if (const auto gi = rate.ehtGi ? rate.ehtGi : rate.heGi) {
        parts.append(tr("GI %1 µs").arg(guardInterval(*gi)));
    } else if (rate.shortGi) {
        parts.append(tr("short GI"));
    }
    if (rate.heDcm.value_or(0) != 0) {
        parts.append(tr("DCM"));
    }
    return parts.join(QStringLiteral(" · "));
}

QString StationText::standard(const QString &key)
{
    if (key == QLatin1String("eht")) {
        return tr("Wi-Fi 7 (EHT)");
    }
    if (key == QLatin1String("he")) {
        return tr("Wi-Fi 6 (HE)");
    }
    if (key == QLatin1String("vht")) {
        return tr("Wi-Fi 5 (VHT)");
    }
    if (key == QLatin1String("ht")) {
        return tr("Wi-Fi 4 (HT)");
    }
    if (key == QLatin1String("legacy")) {
        return tr("802.11a/b/g");
    }
    return key;
}

QString StationText::signal(const std::optional<int> &dbm)
{
    return dbm ? tr("%1 dBm").arg(*dbm) : QStringLiteral("—");
}

QString StationText::chains(const QList<int> &dbm)
{
    QStringList levels;
    for (const int level : dbm) {
        levels.append(QString::number(level));
    }
    return tr("%1 dBm").arg(levels.join(QStringLiteral(", ")));
}

QString StationText::duration(qint64 seconds)
{
    if (seconds >= 3600) {
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    if (seconds >= 60) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 s").arg(seconds);
}

QString StationText::milliseconds(qint64 ms)
{
    return ms < 10000 ? tr("%1 ms").arg(QLocale().toString(ms))
                      : tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString StationText::microseconds(qint64 us)
{
    return us < 10000 ? tr("%1 µs").arg(QLocale().toString(us)) : milliseconds(us / 1000);
}

QString StationText::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString StationText::count(qint64 count)
{
    return QLocale().toString(count);
}

QString StationText::accessCategory(int tid)
{
    switch (tid) {
    case 1:
    case 2:
        return tr("Background");
    case 0:
    case 3:
        return tr("Best effort");
    case 4:
    case 5:
        return tr("Video");
    case 6:
    case 7:
        return tr("Voice");
    case 16:
        return tr("Non-QoS");
    default:
        return tr("Traffic stream");
    }
}

QString StationText::flags(const Client::Station &station)
{
    QStringList set;
    for (const auto &[flag, name] :
         {std::pair{station.authorized, tr("authorized")}, std::pair{station.associated, tr("associated")},
          std::pair{station.wme, tr("WMM")}, std::pair{station.mfp, tr("MFP")},
          std::pair{station.tdlsPeer, tr("TDLS")}}) {
        if (flag.value_or(false)) {
            set.append(name);
        }
    }
    return set.join(QStringLiteral(", "));
}

QString StationText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

} // namespace Airpane
