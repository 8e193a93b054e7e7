// SPDX-License-Identifier: GPL-3.0-or-later
#include "textformat.h"

#include "nl80211/names.h"

#include <QDateTime>
#include <QStringList>

namespace Airpane::Text {
namespace {

QString join(const InterfaceTypes &types)
{
    QStringList keys;
    for (const InterfaceType type : types) {
        keys.append(interfaceTypeKey(type));
    }
    return keys.join(QStringLiteral(", "));
}

template<typename T>
QString orDash(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QStringLiteral("-");
}

} // namespace

QString radioLine(const Radio &radio)
{
    QStringList bands;
    for (const Band &band : radio.bands) {
        bands.append(bandKey(band.id));
    }
    return QStringLiteral("%1  index %2  bands %3  interface types %4")
        .arg(radio.name, -6)
        .arg(radio.index)
        .arg(bands.join(QLatin1Char(',')), join(radio.interfaceTypes));
}

QString capabilities(const Radio &radio)
{
    QStringList out;
    out << QStringLiteral("%1 (index %2)").arg(radio.name).arg(radio.index);
    out << QStringLiteral("  interface types: %1").arg(join(radio.interfaceTypes));
    out << QStringLiteral("  software interface types: %1").arg(join(radio.softwareInterfaceTypes));
    for (const InterfaceCombination &combination : radio.combinations) {
        QStringList limits;
        for (const InterfaceCombination::Limit &limit : combination.limits) {
            limits << QStringLiteral("{%1} <= %2").arg(join(limit.types)).arg(limit.max);
        }
        out << QStringLiteral("  combination: %1, total <= %2, channels <= %3")
                   .arg(limits.join(QStringLiteral(", ")))
                   .arg(combination.maxInterfaces)
                   .arg(combination.channels);
    }
    out << QStringLiteral("  max remain-on-channel: %1 ms").arg(orDash(radio.maxRemainOnChannelMs));
    out << QStringLiteral("  scan: %1 SSIDs, %2 bytes of elements")
               .arg(radio.maxScanSsids)
               .arg(radio.maxScanIeLength);
    QStringList ciphers;
    for (const std::uint32_t suite : radio.cipherSuites) {
        const QString name = Nl80211::cipherName(suite);
        ciphers << (name.isEmpty() ? Nl80211::cipherSuiteSelector(suite) : name);
    }
    out << QStringLiteral("  ciphers: %1").arg(ciphers.join(QStringLiteral(", ")));
    for (const Band &band : radio.bands) {
        QStringList standards;
        if (band.ht) {
            standards << QStringLiteral("HT");
        }
        if (band.vht) {
            standards << QStringLiteral("VHT");
        }
        const bool he = std::any_of(band.iftypeData.begin(), band.iftypeData.end(),
                                    [](const auto &d) { return d.hasHe(); });
        const bool eht = std::any_of(band.iftypeData.begin(), band.iftypeData.end(),
                                     [](const auto &d) { return d.hasEht(); });
        if (he) {
            standards << QStringLiteral("HE");
        }
        if (eht) {
            standards << QStringLiteral("EHT");
        }
        const auto usable = std::count_if(band.channels.begin(), band.channels.end(),
                                          [](const Channel &c) { return !c.disabled; });
        out << QStringLiteral("  band %1: %2 of %3 channels usable; %4")
                   .arg(bandDisplayName(band.id))
                   .arg(usable)
                   .arg(band.channels.size())
                   .arg(standards.isEmpty() ? QStringLiteral("legacy rates only")
                                            : standards.join(QLatin1Char('/')));
        for (const Channel &channel : band.channels) {
            QString line = QStringLiteral("    %1 MHz").arg(channel.frequency);
            if (channel.number) {
                line += QStringLiteral(" [%1]").arg(channel.number);
            }
            if (channel.disabled) {
                line += QStringLiteral(" disabled");
            } else if (channel.maxPowerDbm) {
                line += QStringLiteral(" %1 dBm").arg(*channel.maxPowerDbm, 0, 'f', 1);
            }
            if (!channel.flags.isEmpty()) {
                line += QStringLiteral(" (%1)").arg(channel.flags.join(QStringLiteral(", ")));
            }
            out << line;
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString interfaceLine(const Interface &interface, const QString &radioName)
{
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(interface.name.isEmpty() ? QStringLiteral("wdev:0x%1").arg(interface.wdev, 0, 16)
                                                     : interface.name,
                            -14)
                       .arg(radioName, -6)
                       .arg(interfaceTypeKey(interface.type), -10)
                       .arg(interface.mac);
    if (interface.channel) {
        line += QStringLiteral("  %1 MHz (%2 MHz wide)")
                    .arg(interface.channel->frequency)
                    .arg(Nl80211::channelWidthMhz(interface.channel->width));
    }
    if (!interface.ssid.isEmpty()) {
        line += QStringLiteral("  \"%1\"").arg(interface.ssid);
    }
    if (interface.up) {
        line += *interface.up ? QStringLiteral("  up") : QStringLiteral("  down");
    }
    return line;
}

QString regulatoryDomain(const RegulatoryDomain &domain)
{
    QStringList out;
    out << QStringLiteral("%1: country %2, DFS region %3")
               .arg(domain.radio ? QStringLiteral("phy#%1").arg(*domain.radio) : QStringLiteral("global"),
                    domain.alpha2, domain.dfsRegionKey());
    for (const RegulatoryDomain::Rule &rule : domain.rules) {
        QString line = QStringLiteral("  %1 - %2 MHz @ %3 MHz, %4 dBm")
                           .arg(rule.startKhz / 1000.0)
                           .arg(rule.endKhz / 1000.0)
                           .arg(rule.maxBandwidthKhz / 1000.0)
                           .arg(rule.maxEirpMbm / 100.0);
        if (rule.cacTimeMs) {
            line += QStringLiteral(", CAC %1 ms").arg(rule.cacTimeMs);
        }
        const QStringList flags = rule.flagKeys();
        if (!flags.isEmpty()) {
            line += QStringLiteral(" (%1)").arg(flags.join(QStringLiteral(", ")));
        }
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

QString rate(const RateInfo &rate)
{
    QString text = rate.bitrate100Kbps
                       ? QStringLiteral("%1 Mbit/s").arg(*rate.bitrate100Kbps / 10.0, 0, 'f', 1)
                       : QStringLiteral("?");
    if (rate.htMcs) {
        text += QStringLiteral(" HT-MCS %1").arg(*rate.htMcs);
    }
    if (rate.vhtMcs) {
        text += QStringLiteral(" VHT-MCS %1 NSS %2").arg(*rate.vhtMcs).arg(rate.vhtNss.value_or(0));
    }
    if (rate.heMcs) {
        text += QStringLiteral(" HE-MCS %1 NSS %2").arg(*rate.heMcs).arg(rate.heNss.value_or(0));
    }
    if (rate.ehtMcs) {
        text += QStringLiteral(" EHT-MCS %1 NSS %2").arg(*rate.ehtMcs).arg(rate.ehtNss.value_or(0));
    }
    if (rate.widthMhz != 20) {
        text += QStringLiteral(" %1 MHz").arg(rate.widthMhz);
    }
    if (rate.shortGi) {
        text += QStringLiteral(" short GI");
    }
    return text;
}

QString station(const Station &station)
{
    QStringList out;
    out << QStringLiteral("station %1").arg(station.mac);
    out << QStringLiteral("  signal %1 dBm (average %2 dBm), inactive %3 ms")
               .arg(orDash(station.signalDbm), orDash(station.signalAverageDbm), orDash(station.inactiveMs));
    out << QStringLiteral("  rx %1 bytes / %2 packets, tx %3 bytes / %4 packets, %5 retries, %6 failed")
               .arg(orDash(station.rxBytes), orDash(station.rxPackets), orDash(station.txBytes),
                    orDash(station.txPackets), orDash(station.txRetries), orDash(station.txFailed));
    if (station.txRate) {
        out << QStringLiteral("  tx rate %1").arg(rate(*station.txRate));
    }
    if (station.rxRate) {
        out << QStringLiteral("  rx rate %1").arg(rate(*station.rxRate));
    }
    if (station.connectedSeconds) {
        out << QStringLiteral("  connected for %1 s").arg(*station.connectedSeconds);
    }
    return out.join(QLatin1Char('\n'));
}

QString surveyLine(const SurveyEntry &entry)
{
    QString line = QStringLiteral("%1 MHz%2  noise %3 dBm")
                       .arg(entry.frequency)
                       .arg(entry.inUse ? QStringLiteral(" [in use]") : QString())
                       .arg(orDash(entry.noiseDbm));
    if (entry.activeMs) {
        line += QStringLiteral("  active %1 ms, busy %2 ms").arg(*entry.activeMs).arg(orDash(entry.busyMs));
    }
    return line;
}

QString eventLine(const Event &event)
{
    return QStringLiteral("%1  %2  %3")
        .arg(QDateTime::fromMSecsSinceEpoch(event.timeMs).toString(QStringLiteral("HH:mm:ss.zzz")),
             event.name, event.summary);
}

} // namespace Airpane::Text
