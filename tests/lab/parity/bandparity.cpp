// SPDX-License-Identifier: GPL-3.0-or-later
// One "Band N:" section of `iw list` against one band of airpane-cli's radio: HT, VHT, bitrates
// and channels (HE and EHT are in iftypeparity.cpp).
#include "parity.h"

#include <QRegularExpression>

#include <cstdint>

namespace Airpane::Lab {
namespace {

int byteAt(const QByteArray &bytes, qsizetype i)
{
    return i < bytes.size() ? std::uint8_t(bytes[i]) : 0;
}

// iw's rendering of an MCS index list: runs as "0-15", joined by ", ". iw repeats the end of a
// single index before the next one ("0, 5" comes out as "00, 5"); that is its text, so keep it.
QString iwIndexList(const QJsonArray &indexes)
{
    QString text;
    int previous = -2;
    bool inRun = false;
    for (const QJsonValue value : indexes) {
        const int index = value.toInt();
        if (previous != index - 1) {
            text += previous != -2 ? QStringLiteral("%1, ").arg(previous) : QStringLiteral(" ");
            text += QString::number(index);
            inRun = false;
        } else if (!inRun) {
            text += QLatin1Char('-');
            inRun = true;
        }
        previous = index;
    }
    if (inRun) {
        text += QString::number(previous);
    }
    return text;
}

// The lines iw derives from the HT Supported MCS Set (rate indexes from "rxMcsIndexes").
QStringList htMcsLines(const QJsonObject &ht)
{
    const QByteArray mcs = jsonHex(ht[u"mcsSet"]);
    const QString indexes = iwIndexList(ht[u"rxMcsIndexes"].toArray());
    QStringList lines;
    if (const int maxRate = byteAt(mcs, 10) | (byteAt(mcs, 11) & 0x3) << 8) {
        lines.append(QStringLiteral("HT Max RX data rate: %1 Mbps").arg(maxRate));
    }
    const int tx = byteAt(mcs, 12);
    if (!(tx & 0x01)) {
        lines << QStringLiteral("HT RX MCS rate indexes supported:") + indexes
              << QStringLiteral("HT TX MCS rate indexes are undefined");
    } else if (!(tx & 0x02)) {
        lines << QStringLiteral("HT TX/RX MCS rate indexes supported:") + indexes;
    } else {
        lines << QStringLiteral("HT RX MCS rate indexes supported:") + indexes
              << ((tx & 0x10) ? QStringLiteral("TX unequal modulation supported")
                              : QStringLiteral("TX unequal modulation not supported"))
              << QStringLiteral("HT TX Max spatial streams: %1").arg(((tx >> 2) & 3) + 1)
              << QStringLiteral("HT TX MCS rate indexes supported may differ");
    }
    return lines;
}

void compareHt(const IwNode &iw, const QJsonValue &ours, ParityReport &report)
{
    const QJsonObject ht = ours.toObject();
    const QJsonValue none;
    const IwNode *capabilities = iw.find(u"Capabilities: ");
    if (capabilities) {
        capabilities->useAll(); // the words under it are derived from the value
    }
    report.compare(QStringLiteral("HT capabilities"),
                   capabilities ? iwHexNumber(capabilities->text) : std::nullopt,
                   ours.isNull() ? none : ht[u"capabilities"]);
    static const QRegularExpression length(
        QStringLiteral("^length (\\d+) bytes \\(exponent: 0x([0-9a-f]+)\\)$"));
    const auto ampdu = length.match(iw.value(u"Maximum RX AMPDU").value_or(QString()));
    report.compare(QStringLiteral("HT max AMPDU length"),
                   ampdu.hasMatch() ? std::optional<qint64>(ampdu.captured(1).toLongLong()) : std::nullopt,
                   ours.isNull() ? none : ht[u"maxAmpduLength"]);
    report.compare(QStringLiteral("HT AMPDU exponent"),
                   ampdu.hasMatch() ? std::optional<qint64>(ampdu.captured(2).toLongLong(nullptr, 16))
                                    : std::nullopt,
                   ours.isNull() ? none : ht[u"ampduExponent"]);
    const auto spacing = iw.value(u"Minimum RX AMPDU time spacing:");
    report.compare(QStringLiteral("HT min MPDU spacing"), spacing ? iwHexNumber(*spacing) : std::nullopt,
                   ours.isNull() ? none : ht[u"ampduDensity"]);
    QStringList iwMcs;
    for (const IwNode &child : iw.children) {
        if (child.text.startsWith(QLatin1String("HT ")) ||
            child.text.startsWith(QLatin1String("TX unequal"))) {
            child.use();
            iwMcs.append(child.text);
        }
    }
    report.compare(QStringLiteral("HT MCS set"), iwMcs, ours.isNull() ? QStringList() : htMcsLines(ht));
}

QStringList vhtStreams(int map)
{
    QStringList lines;
    for (int stream = 1; stream <= 8; ++stream) {
        const int code = (map >> ((stream - 1) * 2)) & 3;
        lines.append(code == 3 ? QStringLiteral("%1 streams: not supported").arg(stream)
                               : QStringLiteral("%1 streams: MCS 0-%2").arg(stream).arg(7 + code));
    }
    return lines;
}

void compareVht(const IwNode &iw, const QJsonValue &ours, ParityReport &report)
{
    const IwNode *capabilities = iw.find(u"VHT Capabilities");
    if (!capabilities) {
        if (!ours.isNull()) {
            report.mismatch(QStringLiteral("VHT"), QStringLiteral("(not printed)"),
                            show(ours[u"capabilities"]));
        }
        return;
    }
    capabilities->useAll();
    const QJsonObject vht = ours.toObject();
    report.compare(QStringLiteral("VHT capabilities"), iwHexNumber(capabilities->text), vht[u"capabilities"]);
    for (const auto &[section, key] :
         {std::pair{u"VHT RX MCS set:", "rxMcsMap"}, std::pair{u"VHT TX MCS set:", "txMcsMap"}}) {
        const IwNode *set = iw.find(section);
        QStringList lines;
        if (set) {
            set->useAll();
            for (const IwNode &child : set->children) {
                lines.append(child.text);
            }
        }
        report.compare(QString(section).chopped(1), lines, vhtStreams(vht[QLatin1String(key)].toInt()));
    }
    for (const auto &[prefix, key] : {std::pair{u"VHT RX highest supported:", "rxHighestMbps"},
                                      std::pair{u"VHT TX highest supported:", "txHighestMbps"}}) {
        const auto value = iw.value(prefix);
        report.compare(QString(prefix).chopped(1), value ? iwNumber(*value) : std::nullopt,
                       vht[QLatin1String(key)]);
    }
    // Extended NSS BW support: bit 13 of the TX highest rate field.
    const QByteArray mcs = jsonHex(vht[u"mcsSet"]);
    const bool extendedNss = byteAt(mcs, 7) & 0x20;
    report.compare(QStringLiteral("VHT extended NSS"), iw.value(u"VHT extended NSS:").value_or(QString()),
                   extendedNss ? QStringLiteral("supported") : QStringLiteral("not supported"));
}

void compareBitrates(const IwNode &iw, const QJsonArray &ours, ParityReport &report)
{
    QStringList lines;
    if (const IwNode *section = iw.find(u"Bitrates (non-HT):")) {
        section->useAll();
        for (const IwNode &child : section->children) {
            lines.append(child.text);
        }
    }
    QStringList mine;
    for (const QJsonValue rate : ours) {
        mine.append(
            QString::number(rate[u"mbps"].toDouble(), 'f', 1) + QStringLiteral(" Mbps") +
            (rate[u"shortPreamble"].toBool() ? QStringLiteral(" (short preamble supported)") : QString()));
    }
    report.compare(QStringLiteral("bitrates"), lines, mine);
}

// iw's words for channel flags, as Airpane's flag keys. `iw list` prints only these.
QString channelFlagKey(const QString &iw)
{
    if (iw == QLatin1String("no IR") || iw == QLatin1String("passive scan")) {
        return QStringLiteral("no-ir");
    }
    if (iw == QLatin1String("radar detection")) {
        return QStringLiteral("radar");
    }
    if (iw == QLatin1String("no ibss")) {
        return QStringLiteral("no-ibss");
    }
    return QLatin1Char('?') + iw;
}

void compareChannels(const IwNode &iw, const QJsonArray &ours, ParityReport &report)
{
    const IwNode *section = iw.find(u"Frequencies:");
    QList<QJsonObject> unmatched;
    for (const QJsonValue channel : ours) {
        unmatched.append(channel.toObject());
    }
    if (section) {
        section->use();
        for (const IwNode &line : section->children) {
            const auto frequency = parseIwFrequency(line.text);
            if (!frequency) {
                continue; // stays unused: reported
            }
            line.use();
            const QString what = QStringLiteral("%1.%2 MHz").arg(frequency->mhz).arg(frequency->offsetKhz);
            const auto it = std::find_if(unmatched.begin(), unmatched.end(), [&](const QJsonObject &c) {
                return c[u"frequency"].toInt() == frequency->mhz &&
                       c[u"frequencyOffsetKhz"].toInt() == frequency->offsetKhz;
            });
            if (it == unmatched.end()) {
                report.mismatch(what, QStringLiteral("printed"), QStringLiteral("no such channel"));
                continue;
            }
            const QJsonObject channel = *it;
            unmatched.erase(it);
            report.compare(what + QStringLiteral(" channel"),
                           frequency->channel ? std::optional<qint64>(*frequency->channel) : std::nullopt,
                           channel[u"channel"]);
            const bool disabled = frequency->flags.contains(QStringLiteral("disabled"));
            report.compare(what + QStringLiteral(" disabled"), disabled, channel[u"disabled"].toBool());
            if (disabled) {
                continue; // iw prints nothing else of a disabled channel
            }
            report.compare(what + QStringLiteral(" max power"),
                           frequency->maxPowerDbm ? QString::number(*frequency->maxPowerDbm, 'f', 1)
                                                  : QStringLiteral("null"),
                           channel[u"maxPowerDbm"].isNull()
                               ? QStringLiteral("null")
                               : QString::number(channel[u"maxPowerDbm"].toDouble(), 'f', 1));
            QStringList iwFlags;
            for (const QString &flag : frequency->flags) {
                iwFlags.append(channelFlagKey(flag));
            }
            QStringList mine;
            for (const QString &flag : strings(channel[u"flags"])) {
                if (flag == QLatin1String("no-ir") || flag == QLatin1String("radar")) {
                    mine.append(flag);
                }
            }
            iwFlags.sort();
            mine.sort();
            report.compare(what + QStringLiteral(" flags"), iwFlags, mine);
        }
    }
    for (const QJsonObject &channel : std::as_const(unmatched)) {
        report.mismatch(QStringLiteral("%1.%2 MHz")
                            .arg(show(channel[u"frequency"]), show(channel[u"frequencyOffsetKhz"])),
                        QStringLiteral("(not printed)"), QStringLiteral("a channel"));
    }
}

} // namespace

void compareBand(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    iw.use();
    ParityReport band(QStringLiteral("%1 band %2").arg(report.subject(), show(ours[u"band"])));
    compareHt(iw, ours[u"ht"], band);
    compareVht(iw, ours[u"vht"], band);
    compareIftypeData(iw, ours[u"number"].toInt(), ours[u"iftypeData"].toArray(), band);
    compareBitrates(iw, ours[u"bitrates"].toArray(), band);
    compareChannels(iw, ours[u"channels"].toArray(), band);
    report.merge(band);
}

} // namespace Airpane::Lab
