// SPDX-License-Identifier: GPL-3.0-or-later
#include "bssfactory.h"

#include <QStringDecoder>

#include <algorithm>

namespace Airpane::Scan {

QString ssidText(const std::uint8_t *bytes, std::size_t length)
{
    const QByteArray raw(reinterpret_cast<const char *>(bytes), qsizetype(length));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(raw);
    const bool printable =
        std::none_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (!decoder.hasError() && printable) {
        return text;
    }
    QString escaped;
    for (const char byte : raw) {
        const auto value = std::uint8_t(byte);
        escaped += value >= 0x20 && value < 0x7f && value != '\\'
                       ? QString(QLatin1Char(byte))
                       : QStringLiteral("\\x%1").arg(value, 2, 16, QLatin1Char('0'));
    }
    return escaped;
}

Bss makeBss(const BssRecord &record, std::uint32_t radio)
{
    Bss bss;
    bss.bssid =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(record.bssid.data()), 6).toHex(':'));
    bss.radio = radio;
    bss.ifindex = record.ifindex;
    bss.frequency = record.frequency;
    bss.frequencyOffsetKhz = record.frequencyOffsetKhz;
    bss.tsf = record.tsf;
    bss.beaconInterval = record.beaconInterval;
    bss.capability = record.capability;
    if (record.hasSignalMbm) {
        bss.signalDbm = record.signalMbm / 100.0;
    }
    if (record.hasSignalUnspec) {
        bss.signalQuality = record.signalUnspec;
    }
    bss.seenMsAgo = record.seenMsAgo;
    if (record.hasLastSeenBoottime) {
        bss.lastSeenBoottimeNs = record.lastSeenBoottimeNs;
    }
    if (record.hasStatus) {
        bss.status = record.status;
    }
    bss.elements =
        QByteArray(reinterpret_cast<const char *>(record.ies.data()), qsizetype(record.ies.size()));
    bss.beaconElements = QByteArray(reinterpret_cast<const char *>(record.beaconIes.data()),
                                    qsizetype(record.beaconIes.size()));
    bss.fromProbeResponse = record.fromProbeResponse;
    if (record.hasMldAddress) {
        bss.mldAddress = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(record.mldAddress.data()), 6).toHex(':'));
    } else if (record.summary.hasMldAddress) {
        bss.mldAddress = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(record.summary.mldAddress.data()), 6).toHex(':'));
    }
    if (record.hasMloLinkId) {
        bss.linkId = record.mloLinkId;
    } else if (record.summary.linkId != 0xff) {
        bss.linkId = record.summary.linkId;
    }
    const auto &s = record.summary;
    bss.ssid = ssidText(s.ssid.data(), s.ssidLength);
    bss.hidden =
        !s.hasSsid || s.ssidLength == 0 ||
        std::all_of(s.ssid.begin(), s.ssid.begin() + s.ssidLength, [](std::uint8_t b) { return b == 0; });
    if (bss.hidden) {
        bss.ssid.clear();
    }
    bss.summary = s;
    bss.placement = record.placement;
    bss.security = record.security;
    bss.standard = record.standard;
    return bss;
}

} // namespace Airpane::Scan
