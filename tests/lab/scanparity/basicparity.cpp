// SPDX-License-Identifier: GPL-3.0-or-later
// The elements of every beacon: what iw prints for SSID, rates, DS, TIM, country, ERP, load, power,
// operating classes and OBSS scanning, rendered from airpane-cli's decoded fields (iw's scan.c is
// the specification of the text).
#include "scanparity.h"

#include "support/iwscan.h"

namespace Airpane::Lab {
namespace {

// iw's print_ssid_escaped(): printable ASCII as is, inner spaces as is, the rest as \xNN.
QString iwEscaped(const QByteArray &bytes)
{
    QString text;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = std::uint8_t(bytes[i]);
        if (c > 0x20 && c < 0x7f && c != '\\') {
            text += QLatin1Char(char(c));
        } else if (c == ' ' && i != 0 && i != bytes.size() - 1) {
            text += QLatin1Char(' ');
        } else {
            text += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
    }
    return text;
}

int halfMbps(const QString &rate) // "5.5 Mb/s" -> 11
{
    return qRound(rate.section(QLatin1Char(' '), 0, 0).toDouble() * 2);
}

} // namespace

void compareSsid(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    const QString iwText = iwElementText(iw);
    const QString key = ours[u"key"].toString() == QLatin1String("mesh-id") ? QStringLiteral("meshId")
                                                                            : QStringLiteral("ssid");
    // The bytes, as iw escapes them, and airpane-cli's text of them.
    report.compare(QStringLiteral("bytes"), iwText, iwEscaped(ourBody(ours)));
    report.compare(QStringLiteral("text"), unescapeIw(iwText), unescapeIw(ourValue(ours, key)));
}

void compareMeshId(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    compareSsid(iw, ours, report);
}

void compareRates(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    QStringList expected;
    for (const QJsonValue value : ours[u"fields"].toArray()) {
        const QString key = value[u"key"].toString();
        const QString text = value[u"value"].toString();
        if (key == QLatin1String("membershipSelector")) {
            // iw names two selectors; the others it prints as if they were rates.
            static const QHash<QString, int> selectors{
                {QStringLiteral("HT PHY"), 127},
                {QStringLiteral("VHT PHY"), 126},
                {QStringLiteral("GLK"), 125},
                {QStringLiteral("EPD"), 124},
                {QStringLiteral("SAE hash-to-element only"), 123},
                {QStringLiteral("HE PHY"), 122},
                {QStringLiteral("EHT PHY"), 121},
            };
            const int selector = selectors.value(text, -1);
            expected.append(selector == 127 ? QStringLiteral("HT*")
                            : selector == 126
                                ? QStringLiteral("VHT*")
                                : QStringLiteral("%1.%2*").arg(selector / 2).arg(5 * (selector & 1)));
            continue;
        }
        const int rate = halfMbps(text);
        expected.append(QStringLiteral("%1.%2%3")
                            .arg(rate / 2)
                            .arg(5 * (rate & 1))
                            .arg(key == QLatin1String("basicRate") ? QStringLiteral("*") : QString()));
    }
    report.compare(QStringLiteral("rates"), iwElementText(iw).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                   expected);
}

void compareDs(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    report.compare(QStringLiteral("channel"), iwElementText(iw),
                   QStringLiteral("channel %1").arg(ourValue(ours, QStringLiteral("channel"))));
}

void compareTim(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    const QByteArray bitmap =
        QByteArray::fromHex(ourValue(ours, QStringLiteral("partialVirtualBitmap")).toLatin1());
    QString expected =
        QStringLiteral("DTIM Count %1 DTIM Period %2 Bitmap Control 0x%3 Bitmap[0] 0x%4")
            .arg(ourValue(ours, QStringLiteral("dtimCount")), ourValue(ours, QStringLiteral("dtimPeriod")))
            .arg(iwHexNumber(ourValue(ours, QStringLiteral("bitmapControl"))).value_or(-1), 0, 16)
            .arg(bitmap.isEmpty() ? 0 : std::uint8_t(bitmap[0]), 0, 16);
    if (bitmap.size() > 1) {
        expected += QStringLiteral(" (+ %1 octet%2)")
                        .arg(bitmap.size() - 1)
                        .arg(bitmap.size() == 2 ? QString() : QStringLiteral("s"));
    }
    report.compare(QStringLiteral("TIM"), iwElementText(iw), expected);
}

void compareCountry(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    static const QHash<QString, QString> environments{
        {QStringLiteral("indoor and outdoor"), QStringLiteral("Indoor/Outdoor")},
        {QStringLiteral("indoor"), QStringLiteral("Indoor only")},
        {QStringLiteral("outdoor"), QStringLiteral("Outdoor only")},
    };
    report.compare(
        QStringLiteral("country"), iwElementText(iw),
        QStringLiteral("%1\tEnvironment: %2")
            .arg(ourValue(ours, QStringLiteral("countryCode")),
                 environments.value(ourValue(ours, QStringLiteral("environment")), QStringLiteral("bogus"))));
    QStringList expected;
    for (const QJsonValue value : ours[u"fields"].toArray()) {
        const QJsonObject field = value.toObject();
        if (field[u"key"] == QLatin1String("subband")) {
            const qint64 first = ourNumber(field, QStringLiteral("firstChannel"));
            const qint64 count = ourNumber(field, QStringLiteral("channelCount"));
            // iw's spacing: 1 up to channel 14, 4 above.
            expected.append(QStringLiteral("Channels [%1 - %2] @ %3 dBm")
                                .arg(first)
                                .arg(first + (first <= 14 ? 1 : 4) * (count - 1))
                                .arg(ourNumber(field, QStringLiteral("maxPower"))));
        } else if (field[u"key"] == QLatin1String("operatingTriplet")) {
            const qint64 coverage = ourNumber(field, QStringLiteral("coverageClass"));
            expected.append(
                QStringLiteral("Extension ID: %1 Regulatory Class: %2 Coverage class: %3 (up to %4m)")
                    .arg(ourNumber(field, QStringLiteral("extensionId")))
                    .arg(ourNumber(field, QStringLiteral("operatingClass")))
                    .arg(coverage)
                    .arg(coverage * 450));
        }
    }
    if (ourBody(ours).size() < 6) {
        expected.append(QStringLiteral("No country IE triplets present"));
    }
    compareChildLines(report, QStringLiteral("triplets"), iw, expected);
}

void compareErp(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    QStringList flags;
    if (ourFlag(ours, QStringLiteral("nonErpPresent"))) {
        flags.append(QStringLiteral("NonERP_Present"));
    }
    if (ourFlag(ours, QStringLiteral("useProtection"))) {
        flags.append(QStringLiteral("Use_Protection"));
    }
    if (ourFlag(ours, QStringLiteral("barkerPreambleMode"))) {
        flags.append(QStringLiteral("Barker_Preamble_Mode"));
    }
    // iw prints "<no flags>" for a zero byte only: reserved bits alone print nothing.
    const bool zero = ourBody(ours).startsWith(char(0));
    report.compare(QStringLiteral("flags"), iwElementText(iw),
                   (zero ? QStringLiteral("<no flags>") : QString()) + flags.join(QLatin1Char(' ')));
}

void compareBssLoad(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    compareChildLines(
        report, QStringLiteral("BSS load"), iw,
        {QStringLiteral("station count: %1").arg(ourValue(ours, QStringLiteral("stationCount"))),
         QStringLiteral("channel utilisation: %1/255")
             .arg(ourNumber(ours, QStringLiteral("channelUtilization"))),
         QStringLiteral("available admission capacity: %1 [*32us]")
             .arg(ourNumber(ours, QStringLiteral("availableAdmissionCapacity")))});
}

void comparePowerConstraint(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    report.compare(QStringLiteral("power constraint"), iwElementText(iw),
                   ourValue(ours, QStringLiteral("localPowerConstraint")));
}

void compareTpcReport(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    report.compare(QStringLiteral("TX power"), iwElementText(iw),
                   QStringLiteral("TX power: %1").arg(ourValue(ours, QStringLiteral("transmitPower"))));
}

void compareSecondaryChannelOffset(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    static const QHash<QString, int> codes{
        {QStringLiteral("none"), 0}, {QStringLiteral("above"), 1}, {QStringLiteral("below"), 3}};
    static const char *const names[] = {"no secondary", "above", "[reserved!]", "below"};
    const QString value = ourValue(ours, QStringLiteral("secondaryChannelOffset"));
    const int code = codes.value(value, int(iwNumber(value).value_or(-1)));
    report.compare(QStringLiteral("offset"), iwElementText(iw),
                   code >= 0 && code < 4 ? QStringLiteral("%1 (%2)").arg(QLatin1String(names[code])).arg(code)
                                         : QString::number(code));
}

void compareApChannelReport(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    QString channels = QStringLiteral("channel(s):");
    for (const QJsonObject &channel : ourFields(ours, QStringLiteral("channel"))) {
        channels += QLatin1Char(' ') + channel[u"value"].toString();
    }
    compareChildLines(
        report, QStringLiteral("AP channel report"), iw,
        {QStringLiteral("operating class: %1").arg(ourValue(ours, QStringLiteral("operatingClass"))),
         channels});
}

void compareOperatingClasses(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    QStringList expected{QStringLiteral("current operating class: %1")
                             .arg(ourValue(ours, QStringLiteral("currentOperatingClass")))};
    for (const QJsonObject &field : ourFields(ours, QStringLiteral("operatingClass"))) {
        expected.append(QStringLiteral("operating class: %1").arg(field[u"value"].toString()));
    }
    for (const QJsonObject &field : ourFields(ours, QStringLiteral("currentOperatingClassExtension"))) {
        expected.append(
            QStringLiteral("current operating class extension: %1").arg(field[u"value"].toString()));
    }
    compareChildLines(report, QStringLiteral("operating classes"), iw, expected);
}

void compareObssScan(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    const qint64 threshold =
        iwNumber(ourValue(ours, QStringLiteral("activityThreshold")).remove(QLatin1Char('.'))).value_or(-1);
    compareChildLines(
        report, QStringLiteral("OBSS scan parameters"), iw,
        {QStringLiteral("passive dwell: %1 TUs").arg(ourNumber(ours, QStringLiteral("passiveDwell"))),
         QStringLiteral("active dwell: %1 TUs").arg(ourNumber(ours, QStringLiteral("activeDwell"))),
         QStringLiteral("channel width trigger scan interval: %1 s")
             .arg(ourNumber(ours, QStringLiteral("triggerScanInterval"))),
         QStringLiteral("scan passive total per channel: %1 TUs")
             .arg(ourNumber(ours, QStringLiteral("passiveTotalPerChannel"))),
         QStringLiteral("scan active total per channel: %1 TUs")
             .arg(ourNumber(ours, QStringLiteral("activeTotalPerChannel"))),
         QStringLiteral("BSS width channel transition delay factor: %1")
             .arg(ourNumber(ours, QStringLiteral("widthTransitionDelayFactor"))),
         QStringLiteral("OBSS Scan Activity Threshold: %1.%2 %")
             .arg(threshold / 100)
             .arg(threshold % 100, 2, 10, QLatin1Char('0'))});
}

void compareTransmitPowerEnvelope(const IwNode &iw, const QJsonObject &ours, ParityReport &report)
{
    // iw decodes local EIRP only, and only when the count matches the length.
    QStringList expected;
    const qint64 count = ourNumber(ours, QStringLiteral("transmitPowerInformation/count"));
    if (ourValue(ours, QStringLiteral("transmitPowerInformation/interpretation")) ==
            QLatin1String("local EIRP") &&
        count + 2 == ourBody(ours).size()) {
        static const char *const widths[] = {"20", "40", "80", "160/80+80"};
        for (int i = 0; i <= count && i < 4; ++i) {
            expected.append(QStringLiteral("Local Maximum Transmit Power For %1 MHz: %2")
                                .arg(QLatin1String(widths[i]),
                                     ourValue(ours, QStringLiteral("maxTransmitPower%1").arg(20 << i))));
        }
    }
    compareChildLines(report, QStringLiteral("transmit power"), iw, expected);
}

} // namespace Airpane::Lab
