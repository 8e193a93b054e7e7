// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitysections.h"

#include "featuretext.h"
#include "hedecoder.h"
#include "htdecoder.h"
#include "wifinames.h"

#include <QLocale>

namespace Airpane {
namespace {

QString typeList(const QStringList &keys)
{
    QStringList names;
    for (const QString &key : keys) {
        names.append(WifiNames::interfaceType(key));
    }
    return names.join(QStringLiteral(", "));
}

// Interface type groups of a band sharing the same capabilities of one kind.
template<typename Key>
QList<std::pair<QStringList, const Client::IftypeData *>> groups(const Client::Band &band, Key key)
{
    QList<std::pair<QStringList, const Client::IftypeData *>> result;
    for (const Client::IftypeData &data : band.iftypeData) {
        if (!key(data)) {
            continue;
        }
        auto same = std::find_if(result.begin(), result.end(), [&](const auto &group) {
            return *key(*group.second) == *key(data) &&
                   group.second->he6GhzCapabilities == data.he6GhzCapabilities;
        });
        if (same == result.end()) {
            result.append({data.interfaceTypes, &data});
        } else {
            same->first += data.interfaceTypes;
        }
    }
    return result;
}

int bits(std::optional<int> mask)
{
    return mask ? qPopulationCount(quint32(*mask)) : 0;
}

} // namespace

QString CapabilitySections::bitrates(const Client::Band &band)
{
    QStringList rates;
    for (const Client::Bitrate &rate : band.bitrates) {
        rates.append(QLocale().toString(rate.mbps));
    }
    return rates.isEmpty() ? QString() : tr("%1 Mbit/s").arg(rates.join(QStringLiteral(", ")));
}

QList<CapabilitySection> CapabilitySections::phy(const Client::Radio &radio, const QString &bandKey)
{
    const Client::Band *band = radio.band(bandKey);
    if (!band) {
        return {};
    }
    const QString bandName = WifiNames::band(bandKey);
    QList<CapabilitySection> sections;
    if (!band->bitrates.isEmpty()) {
        sections.append({tr("Legacy rates · %1").arg(bandName),
                         {{tr("Rates"), bitrates(*band),
                           tr("The rates of 802.11a/b/g, which every device understands; beacons and "
                              "management frames use them.")}}});
    }
    if (band->ht) {
        sections.append({tr("HT (Wi-Fi 4) · %1").arg(bandName), HtDecoder::ht(*band->ht)});
    }
    if (band->vht) {
        sections.append({tr("VHT (Wi-Fi 5) · %1").arg(bandName), HtDecoder::vht(*band->vht)});
    }
    const auto heGroups =
        groups(*band, [](const Client::IftypeData &data) { return data.he ? &*data.he : nullptr; });
    for (const auto &[types, data] : heGroups) {
        QList<CapabilityLine> lines = HeDecoder::he(*data->he, bandKey);
        if (data->he6GhzCapabilities) {
            lines += HeDecoder::he6Ghz(*data->he6GhzCapabilities);
        }
        sections.append({tr("HE (Wi-Fi 6) · %1 · %2").arg(bandName, typeList(types)), lines});
    }
    const auto ehtGroups =
        groups(*band, [](const Client::IftypeData &data) { return data.eht ? &*data.eht : nullptr; });
    for (const auto &[types, data] : ehtGroups) {
        sections.append(
            {tr("EHT (Wi-Fi 7) · %1 · %2").arg(bandName, typeList(types)),
             HeDecoder::eht(*data->eht, data->he.value_or(Client::HighThroughputFields()), bandKey)});
    }
    return sections;
}

QList<CapabilitySection> CapabilitySections::interfaceTypes(const Client::Radio &radio)
{
    CapabilitySection section{tr("Interface types (%1)").arg(radio.interfaceTypes.size()), {}};
    for (const QString &type : radio.interfaceTypes) {
        section.lines.append({WifiNames::interfaceType(type),
                              radio.softwareInterfaceTypes.contains(type)
                                  ? tr("Added in software, any number")
                                  : tr("Supported"),
                              WifiNames::interfaceTypeExplanation(type)});
    }
    return {section};
}

QList<CapabilitySection> CapabilitySections::ciphers(const Client::Radio &radio)
{
    CapabilitySection section{tr("Ciphers (%1)").arg(radio.ciphers.size()), {}};
    for (const Client::Cipher &cipher : radio.ciphers) {
        section.lines.append({cipher.name.isEmpty() ? cipher.suite : cipher.name, cipher.suite,
                              FeatureText::cipher(cipher.name)});
    }
    return {section};
}

QList<CapabilitySection> CapabilitySections::features(const Client::Radio &radio)
{
    QList<CapabilitySection> sections;
    auto listed = [&](const QString &title, const QStringList &names, QString (*explain)(const QString &)) {
        CapabilitySection section{title.arg(names.size()), {}};
        for (const QString &name : names) {
            section.lines.append({name, QString(), explain(name)});
        }
        sections.append(section);
    };
    listed(tr("Supported commands (%1)"), radio.commands, &FeatureText::command);
    listed(tr("Extended features (%1)"), radio.extendedFeatures, &FeatureText::extendedFeature);
    listed(tr("Feature flags (%1)"), radio.featureFlags, &FeatureText::featureFlag);
    listed(tr("Capability flags (%1)"), radio.capabilityFlags, &FeatureText::capabilityFlag);

    CapabilitySection limits{tr("Limits"), {}};
    limits.lines.append({tr("SSIDs per scan"), QString::number(radio.maxScanSsids),
                         tr("How many hidden networks one scan can look for by name.")});
    if (radio.maxRemainOnChannelMs) {
        limits.lines.append(
            {tr("Remain on channel"), tr("%1 ms").arg(*radio.maxRemainOnChannelMs),
             tr("The longest it listens on another channel, as Wi-Fi Direct discovery does.")});
    }
    if (bits(radio.antennasTx) > 0 || bits(radio.antennasRx) > 0) {
        limits.lines.append(
            {tr("Antennas"),
             tr("%1 transmit, %2 receive").arg(bits(radio.antennasTx)).arg(bits(radio.antennasRx)),
             tr("The antennas the driver lets you choose from.")});
    }
    if (radio.maxApStations > 0) {
        limits.lines.append({tr("Stations per access point"), QString::number(radio.maxApStations),
                             tr("How many clients an access point on this radio can serve.")});
    }
    sections.append(limits);
    return sections;
}

} // namespace Airpane
