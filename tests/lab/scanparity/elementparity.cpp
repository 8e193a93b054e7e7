// SPDX-License-Identifier: GPL-3.0-or-later
// Pairs iw's element lines with airpane-cli's decoded elements (both in frame order) and hands each
// pair to its comparison; the helpers that read airpane-cli's decoded fields.
#include "scanparity.h"

#include <QRegularExpression>

namespace Airpane::Lab {
namespace {

// What iw 6.9's scan printer calls each element (scan.c: ieprinters, wifiprinters, wfa_printers,
// ext_printers), by airpane-cli's key.
const QHash<QString, QString> &iwNames()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("ssid"), QStringLiteral("SSID")},
        {QStringLiteral("supported-rates"), QStringLiteral("Supported rates")},
        {QStringLiteral("ds-parameter-set"), QStringLiteral("DS Parameter set")},
        {QStringLiteral("tim"), QStringLiteral("TIM")},
        {QStringLiteral("ibss-parameter-set"), QStringLiteral("IBSS ATIM window")},
        {QStringLiteral("country"), QStringLiteral("Country")},
        {QStringLiteral("bss-load"), QStringLiteral("BSS Load")},
        {QStringLiteral("power-constraint"), QStringLiteral("Power constraint")},
        {QStringLiteral("tpc-report"), QStringLiteral("TPC report")},
        {QStringLiteral("erp"), QStringLiteral("ERP")},
        {QStringLiteral("ht-capabilities"), QStringLiteral("HT capabilities")},
        {QStringLiteral("erp-draft"), QStringLiteral("ERP D4.0")},
        {QStringLiteral("rsn"), QStringLiteral("RSN")},
        {QStringLiteral("extended-supported-rates"), QStringLiteral("Extended supported rates")},
        {QStringLiteral("ap-channel-report"), QStringLiteral("AP Channel Report")},
        {QStringLiteral("supported-operating-classes"), QStringLiteral("Supported operating classes")},
        {QStringLiteral("measurement-pilot-transmission"), QStringLiteral("Measurement Pilot Transmission")},
        {QStringLiteral("obss-scan-parameters"), QStringLiteral("Overlapping BSS scan params")},
        {QStringLiteral("ht-operation"), QStringLiteral("HT operation")},
        {QStringLiteral("secondary-channel-offset"), QStringLiteral("Secondary Channel Offset")},
        {QStringLiteral("vht-capabilities"), QStringLiteral("VHT capabilities")},
        {QStringLiteral("vht-operation"), QStringLiteral("VHT operation")},
        {QStringLiteral("rm-enabled-capabilities"), QStringLiteral("RM enabled capabilities")},
        {QStringLiteral("mesh-configuration"), QStringLiteral("MESH Configuration")},
        {QStringLiteral("mesh-id"), QStringLiteral("MESH ID")},
        {QStringLiteral("extended-capabilities"), QStringLiteral("Extended capabilities")},
        {QStringLiteral("interworking"), QStringLiteral("802.11u Interworking")},
        {QStringLiteral("advertisement-protocol"), QStringLiteral("802.11u Advertisement")},
        {QStringLiteral("roaming-consortium"), QStringLiteral("802.11u Roaming Consortium")},
        {QStringLiteral("transmit-power-envelope"), QStringLiteral("Transmit Power Envelope")},
        {QStringLiteral("short-beacon-interval"), QStringLiteral("Short beacon interval")},
        {QStringLiteral("s1g-capabilities"), QStringLiteral("S1G capabilities")},
        {QStringLiteral("s1g-operation"), QStringLiteral("S1G operation")},
        {QStringLiteral("wpa"), QStringLiteral("WPA")},
        {QStringLiteral("wmm"), QStringLiteral("WMM")},
        {QStringLiteral("wmm-information"), QStringLiteral("WMM")},
        {QStringLiteral("wmm-parameter"), QStringLiteral("WMM")},
        {QStringLiteral("wps"), QStringLiteral("WPS")},
        {QStringLiteral("p2p"), QStringLiteral("P2P")},
        {QStringLiteral("hotspot20"), QStringLiteral("HotSpot 2.0 Indication")},
        {QStringLiteral("osen"), QStringLiteral("HotSpot 2.0 OSEN")},
        {QStringLiteral("owe-transition"), QStringLiteral("OWE Transition Mode")},
        {QStringLiteral("he-capabilities"), QStringLiteral("HE capabilities")},
        {QStringLiteral("he-operation"), QStringLiteral("HE Operation")},
        {QStringLiteral("eht-capabilities"), QStringLiteral("EHT capabilities")},
        {QStringLiteral("multi-link"), QStringLiteral("Multi-Link")},
        {QStringLiteral("eht-operation"), QStringLiteral("EHT Operation")},
    };
    return names;
}

const QHash<QString, ElementComparison> &comparisons()
{
    static const QHash<QString, ElementComparison> table{
        {QStringLiteral("SSID"), compareSsid},
        {QStringLiteral("Supported rates"), compareRates},
        {QStringLiteral("Extended supported rates"), compareRates},
        {QStringLiteral("DS Parameter set"), compareDs},
        {QStringLiteral("TIM"), compareTim},
        {QStringLiteral("Country"), compareCountry},
        {QStringLiteral("ERP"), compareErp},
        {QStringLiteral("ERP D4.0"), compareErp},
        {QStringLiteral("BSS Load"), compareBssLoad},
        {QStringLiteral("Power constraint"), comparePowerConstraint},
        {QStringLiteral("TPC report"), compareTpcReport},
        {QStringLiteral("Secondary Channel Offset"), compareSecondaryChannelOffset},
        {QStringLiteral("AP Channel Report"), compareApChannelReport},
        {QStringLiteral("Supported operating classes"), compareOperatingClasses},
        {QStringLiteral("Overlapping BSS scan params"), compareObssScan},
        {QStringLiteral("Transmit Power Envelope"), compareTransmitPowerEnvelope},
        {QStringLiteral("MESH ID"), compareMeshId},
        {QStringLiteral("HT capabilities"), compareHtCapabilities},
        {QStringLiteral("HT operation"), compareHtOperation},
        {QStringLiteral("Extended capabilities"), compareExtendedCapabilities},
        {QStringLiteral("VHT capabilities"), compareVhtCapabilities},
        {QStringLiteral("VHT operation"), compareVhtOperation},
        {QStringLiteral("RSN"), compareRsn},
        {QStringLiteral("WPA"), compareRsn},
        {QStringLiteral("WMM"), compareWmm},
        {QStringLiteral("OWE Transition Mode"), compareOweTransition},
        {QStringLiteral("HotSpot 2.0 Indication"), compareHotspot20},
        {QStringLiteral("HE capabilities"), compareHeCapabilities},
    };
    return table;
}

QString nameOf(const IwNode &line)
{
    return line.text.section(QLatin1Char(':'), 0, 0);
}

const QJsonObject *findIn(const QJsonArray &array, const QString &keyWithIndex, QJsonObject &storage)
{
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    QString key = keyWithIndex;
    int index = 0;
    if (const auto match = indexed.match(keyWithIndex); match.hasMatch()) {
        key = match.captured(1);
        index = match.captured(2).toInt();
    }
    for (const QJsonValue item : array) {
        if (item[u"key"].toString() == key && index-- == 0) {
            storage = item.toObject();
            return &storage;
        }
    }
    return nullptr;
}

} // namespace

QString iwElementName(const QJsonObject &ours)
{
    const QString key = ours[u"key"].toString();
    const int body = ours[u"length"].toInt() - 2 - (ours[u"extId"].isNull() ? 0 : 1);
    if (key == QLatin1String("vendor-specific")) {
        return body < 3 ? QStringLiteral("Vendor specific") : QString(); // iw prints only short ones
    }
    if (key == QLatin1String("extension")) {
        return QStringLiteral("Extension IE");
    }
    // iw skips elements of no bytes (except vendor and extension elements).
    if (body <= 0 && ours[u"extId"].isNull() && ours[u"id"].toInt() != 221) {
        return {};
    }
    return iwNames().value(key);
}

ElementComparison elementComparison(const QString &name)
{
    return comparisons().value(name);
}

void compareElements(const IwNode &bss, const QJsonArray &decoded, const QSet<QString> &iwElements,
                     ParityReport &report)
{
    static const QStringList header{
        QStringLiteral("last seen"),
        QStringLiteral("TSF"),
        QStringLiteral("freq"),
        QStringLiteral("beacon interval"),
        QStringLiteral("capability"),
        QStringLiteral("signal"),
        QStringLiteral("Information elements from Probe Response frame"),
    };
    QList<const IwNode *> lines;
    for (const IwNode &child : bss.children) {
        if (!header.contains(nameOf(child))) {
            lines.append(&child);
        }
    }
    qsizetype next = 0; // the next iw element line to pair
    for (const QJsonValue value : decoded) {
        const QJsonObject element = value.toObject();
        const QString name = iwElementName(element);
        if (name.isEmpty()) {
            continue; // iw prints nothing for it
        }
        if (next < lines.size() && nameOf(*lines[next]) == name) {
            const IwNode &line = *lines[next++];
            line.use();
            if (const ElementComparison compare = elementComparison(name)) {
                ParityReport part(report.subject() + QLatin1Char(' ') + name);
                compare(line, element, part);
                report.merge(part);
            } else {
                report.problem(QStringLiteral("no comparison for iw's \"%1\" element").arg(name));
            }
            continue;
        }
        if (!iwElements.contains(name)) {
            // This iw decodes elements of that kind nowhere in the dump: an iw without that decoder.
            IwNode none; // not a line of iw's: the finding names airpane-cli's element
            none.text = QStringLiteral("(none) airpane-cli's ") + element[u"key"].toString();
            report.finding(none,
                           QStringLiteral("iw prints no \"%1\" element anywhere in this dump (not in its "
                                          "decoders); airpane-cli decodes it")
                               .arg(name));
            continue;
        }
        report.problem(QStringLiteral("airpane-cli has element %1 (\"%2\" in iw) where iw prints %3")
                           .arg(element[u"key"].toString(), name,
                                next < lines.size() ? lines[next]->text : QStringLiteral("nothing more")));
    }
    for (; next < lines.size(); ++next) {
        report.problem(
            QStringLiteral("iw prints element \"%1\" (line %2) that airpane-cli does not have there")
                .arg(lines[next]->text)
                .arg(lines[next]->line));
        lines[next]->useAll();
    }
}

QJsonObject ourField(const QJsonObject &parent, const QString &path)
{
    QJsonObject current = parent;
    for (const QString &step : path.split(QLatin1Char('/'))) {
        const QJsonArray list = current.contains(QLatin1String("fields")) ? current[u"fields"].toArray()
                                                                          : current[u"children"].toArray();
        QJsonObject storage;
        if (!findIn(list, step, storage)) {
            return {};
        }
        current = storage;
    }
    return current;
}

QString ourValue(const QJsonObject &parent, const QString &path)
{
    const QJsonObject field = ourField(parent, path);
    return field.isEmpty() ? QStringLiteral("(missing %1)").arg(path) : field[u"value"].toString();
}

QList<QJsonObject> ourFields(const QJsonObject &parent, const QString &key)
{
    QList<QJsonObject> result;
    const QJsonArray list = parent.contains(QLatin1String("fields")) ? parent[u"fields"].toArray()
                                                                     : parent[u"children"].toArray();
    for (const QJsonValue item : list) {
        if (item[u"key"].toString() == key) {
            result.append(item.toObject());
        }
    }
    return result;
}

bool ourFlag(const QJsonObject &parent, const QString &path)
{
    return ourValue(parent, path) == QLatin1String("yes");
}

qint64 ourNumber(const QJsonObject &parent, const QString &path)
{
    return iwNumber(ourValue(parent, path)).value_or(-1);
}

QByteArray ourBody(const QJsonObject &element)
{
    const QByteArray raw = QByteArray::fromHex(element[u"raw"].toString().toLatin1());
    return raw.mid(element[u"extId"].isNull() ? 2 : 3);
}

QString iwElementText(const IwNode &iw)
{
    const qsizetype colon = iw.text.indexOf(QLatin1Char(':'));
    return colon < 0 ? QString() : iw.text.mid(colon + 1).trimmed();
}

// PARENT's lines below it, each indented by two spaces per level below the first.
static void flatten(const IwNode &parent, const QString &indent, QStringList &lines)
{
    for (const IwNode &child : parent.children) {
        child.use();
        lines.append(indent + child.text);
        flatten(child, indent + QStringLiteral("  "), lines);
    }
}

void compareChildLines(ParityReport &report, const QString &field, const IwNode &parent,
                       const QStringList &expected)
{
    QStringList actual;
    flatten(parent, QString(), actual);
    report.compare(field, actual, expected);
}

} // namespace Airpane::Lab
