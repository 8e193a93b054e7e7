// SPDX-License-Identifier: GPL-3.0-or-later
// The HE and EHT capabilities of a band, per group of interface types, as `iw list` prints them,
// against airpane-cli's "iftypeData" (which keeps the capability fields as wire-order hex).
#include "parity.h"

#include <cstdint>

namespace Airpane::Lab {
namespace {

int byteAt(const QByteArray &bytes, qsizetype i)
{
    return i < bytes.size() ? std::uint8_t(bytes[i]) : 0;
}

QByteArray resized(QByteArray bytes, qsizetype size)
{
    bytes.resize(size, '\0');
    return bytes;
}

QString hex(const QByteArray &bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
}

// The nonzero bytes of a PPE thresholds field, as iw lists them after its label.
QString ppeBytes(const QByteArray &ppe)
{
    QStringList bytes;
    for (const char byte : ppe) {
        if (byte) {
            bytes.append(QStringLiteral("0x%1").arg(std::uint8_t(byte), 2, 16, QLatin1Char('0')));
        }
    }
    return bytes.join(QLatin1Char(' '));
}

// The lines under an iftype block: all of them, marked used; a capability block's decoded
// words are a function of its hex value, which is what gets compared.
QStringList lines(const IwNode &block, QStringView prefix, QStringView containing = {})
{
    QStringList result;
    for (const IwNode &child : block.children) {
        if (child.text.startsWith(prefix) && child.text.contains(containing)) {
            child.use();
            result.append(child.text);
            for (const IwNode &grandchild : child.children) {
                grandchild.use();
                result.append(QStringLiteral("  ") + grandchild.text);
            }
        }
    }
    return result;
}

// HE MCS/NSS blocks as iw prints them: per supported width (phy byte 0 bits 1|2, 3, 4) an RX and
// a TX map of u16; iw stops at a width whose maps would reach the end of the field.
QStringList heMcsLines(const QByteArray &phy, const QByteArray &mcs)
{
    static const int support[] = {0x06, 0x08, 0x10};
    static const char *widths[] = {"<= 80", "160", "80+80"};
    const qsizetype length = std::min<qsizetype>(mcs.size(), 12);
    QStringList result;
    for (int i = 0; i < 3; ++i) {
        if (!(byteAt(phy, 0) & support[i])) {
            continue;
        }
        if ((i * 2 + 2) * 2 >= length) {
            break;
        }
        for (int j = 0; j < 2; ++j) {
            result.append(QStringLiteral("HE %1 MCS and NSS set %2 MHz")
                              .arg(j ? u"TX" : u"RX", QLatin1String(widths[i])));
            const int map = byteAt(mcs, (i * 2 + j) * 2) | byteAt(mcs, (i * 2 + j) * 2 + 1) << 8;
            for (int stream = 1; stream <= 8; ++stream) {
                const int code = (map >> ((stream - 1) * 2)) & 3;
                result.append(code == 3
                                  ? QStringLiteral("  %1 streams: not supported").arg(stream)
                                  : QStringLiteral("  %1 streams: MCS 0-%2").arg(stream).arg(7 + code * 2));
            }
        }
    }
    return result;
}

void compareHe(const IwNode &iw, const QJsonObject &he, ParityReport &report, const QString &what)
{
    // iw prints the MAC capabilities as three host-order (little-endian) u16 with %04x.
    const QByteArray mac = resized(jsonHex(he[u"mac"]), 6);
    QString macText = QStringLiteral("0x");
    for (int i = 0; i < 3; ++i) {
        macText += QStringLiteral("%1").arg(byteAt(mac, 2 * i) | byteAt(mac, 2 * i + 1) << 8, 4, 16,
                                            QLatin1Char('0'));
    }
    const IwNode *macNode = iw.find(u"HE MAC Capabilities");
    if (macNode) {
        macNode->useAll();
    }
    report.compare(what + QStringLiteral("HE MAC capabilities"),
                   macNode ? hex(iwHexBytes(macNode->text)) : QString(), macText);
    // The PHY capabilities come out byte by byte, in wire order.
    const QByteArray phy = resized(jsonHex(he[u"phy"]), 11);
    const IwNode *phyNode = iw.find(u"HE PHY Capabilities");
    if (phyNode) {
        phyNode->useAll();
    }
    report.compare(what + QStringLiteral("HE PHY capabilities"),
                   phyNode ? hex(iwHexBytes(phyNode->text)) : QString(), hex(phy));
    report.compare(what + QStringLiteral("HE MCS and NSS sets"), lines(iw, u"HE ", u" MCS and NSS set"),
                   heMcsLines(phy, jsonHex(he[u"mcsSet"])));
    // PPE thresholds are printed when the PHY capabilities say they are present (byte 6, bit 7).
    const QByteArray ppe = jsonHex(he[u"ppe"]);
    const QStringList iwPpe = lines(iw, u"PPE Threshold");
    const bool present = !ppe.isEmpty() && (byteAt(phy, 6) & 0x80);
    report.compare(what + QStringLiteral("HE PPE thresholds"), iwPpe,
                   present ? QStringList{QString(QStringLiteral("PPE Threshold ") + ppeBytes(ppe)).trimmed()}
                           : QStringList());
}

// The NSS lines iw derives from the EHT MCS/NSS field; which ones depends on the HE PHY
// capabilities (channel widths) and, for 320 MHz, on the 6 GHz band and EHT PHY byte 0 bit 1.
QStringList ehtNssLines(const QByteArray &mcs, int hePhyByte0, int ehtPhyByte0, int band)
{
    static const char *mcsNames[] = {"0-7", "8-9", "10-11", "12-13"};
    auto line = [&](const QString &width, int name, int byte) {
        return QStringLiteral("EHT bw%1 MHz, max NSS for MCS %2: Rx=%3, Tx=%4")
            .arg(width, QLatin1String(mcsNames[name]))
            .arg(byteAt(mcs, byte) & 0xf)
            .arg(byteAt(mcs, byte) >> 4);
    };
    QStringList result;
    if (!(hePhyByte0 & 0x1c)) {
        for (int i = 0; i < 4; ++i) {
            result.append(line(QStringLiteral("=20"), i, i));
        }
        return result;
    }
    if (hePhyByte0 & 0x04) {
        for (int i = 0; i < 3; ++i) {
            result.append(line(QStringLiteral(" <= 80"), i + 1, i));
        }
    }
    if (hePhyByte0 & 0x08) {
        for (int i = 0; i < 3; ++i) {
            result.append(line(QStringLiteral("=160"), i + 1, 3 + i));
        }
    }
    if (band == 3 && (ehtPhyByte0 & 0x02)) {
        for (int i = 0; i < 3; ++i) {
            result.append(line(QStringLiteral("=320"), i + 1, 6 + i));
        }
    }
    return result;
}

void compareEht(const IwNode &iw, const QJsonObject &entry, int band, ParityReport &report,
                const QString &what)
{
    const QJsonObject eht = entry[u"eht"].toObject();
    const QByteArray mac = resized(jsonHex(eht[u"mac"]), 2);
    const QByteArray phy = resized(jsonHex(eht[u"phy"]), 8); // iw prints two u32, byte by byte
    const QByteArray mcs = jsonHex(eht[u"mcsSet"]);
    for (const auto &[prefix, field, expected] :
         {std::tuple{u"EHT MAC Capabilities", "EHT MAC capabilities", hex(mac)},
          std::tuple{u"EHT PHY Capabilities", "EHT PHY capabilities", hex(phy)},
          // iw prints the whole 13-byte field whenever the attribute is there
          std::tuple{u"EHT MCS/NSS", "EHT MCS/NSS",
                     eht[u"mcsSet"].isNull() ? QStringLiteral("0x") : hex(resized(mcs, 13))}}) {
        const IwNode *node = iw.find(prefix);
        if (node) {
            node->useAll();
        }
        report.compare(what + QLatin1String(field), node ? hex(iwHexBytes(node->text)) : QString(), expected);
    }
    const int hePhyByte0 = byteAt(jsonHex(entry[u"he"][u"phy"]), 0);
    report.compare(what + QStringLiteral("EHT NSS"), lines(iw, u"EHT bw"),
                   ehtNssLines(resized(mcs, 13), hePhyByte0, byteAt(phy, 0), band));
    const QByteArray ppe = jsonHex(eht[u"ppe"]);
    const bool present = !ppe.isEmpty() && (byteAt(phy, 5) & 0x08);
    report.compare(what + QStringLiteral("EHT PPE thresholds"), lines(iw, u"EHT PPE Thresholds"),
                   present
                       ? QStringList{QString(QStringLiteral("EHT PPE Thresholds ") + ppeBytes(ppe)).trimmed()}
                       : QStringList());
}

} // namespace

void compareIftypeData(const IwNode &iwBand, int band, const QJsonArray &ours, ParityReport &report)
{
    for (const auto &[prefix, key] : {std::pair<QStringView, const char *>{u"HE Iftypes:", "he"},
                                      std::pair<QStringView, const char *>{u"EHT Iftypes:", "eht"}}) {
        const QList<const IwNode *> blocks = iwBand.findAll(prefix);
        QList<QJsonObject> entries;
        for (const QJsonValue entry : ours) {
            if (!entry[QLatin1String(key)].isNull()) {
                entries.append(entry.toObject());
            }
        }
        report.compare(QString(prefix).chopped(1) + QStringLiteral(" blocks"), qint64(blocks.size()),
                       QJsonValue(entries.size()));
        for (qsizetype i = 0; i < std::min(blocks.size(), entries.size()); ++i) {
            const IwNode &block = *blocks[i];
            block.use();
            const QStringList iwTypes = iwTypeKeys(iwCommaList(QStringView(block.text).mid(prefix.size())));
            const QString what = iwTypes.join(QLatin1Char('+')) + QStringLiteral(": ");
            report.compare(what + QString(prefix).chopped(1), iwTypes,
                           strings(entries[i][u"interfaceTypes"]));
            if (QLatin1String(key) == QLatin1String("he")) {
                compareHe(block, entries[i][u"he"].toObject(), report, what);
            } else {
                compareEht(block, entries[i], band, report, what);
            }
        }
    }
}

} // namespace Airpane::Lab
