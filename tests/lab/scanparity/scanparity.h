// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parity/parityreport.h"
#include "support/iwtree.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

// `iw dev X scan dump` against `airpane-cli scan dump X --json --elements`, BSS by BSS and line by
// line. iw's text is the reference: each comparison reads iw's lines through IwNode (marking them
// used) and renders what iw would print from airpane-cli's decoded fields; lines nobody read are
// reported too.
namespace Airpane::Lab {

// One BSS: iw's "BSS ..." node from a read before and one after airpane-cli's (the second may be
// missing), airpane-cli's JSON object for it, and what was learned from the whole dump.
struct BssReads
{
    const IwNode *first = nullptr;
    const IwNode *second = nullptr;
    QJsonObject ours;
    QString ifname;              // the interface iw names in "(on wlan0)"
    qint64 boottimeBeforeNs = 0; // CLOCK_BOOTTIME just before and after airpane-cli's read
    qint64 boottimeAfterNs = 0;
    QSet<QString> iwElements; // the element names iw printed anywhere in this dump
};

void compareBss(const BssReads &reads, ParityReport &report);

// The header lines: BSSID and status, last seen (boottime and age), TSF, frequency, beacon
// interval, capability, signal, where the elements came from.
void compareBssHeader(const BssReads &reads, ParityReport &report);

// iw's element lines of BSS (in frame order) against airpane-cli's decodedElements.
void compareElements(const IwNode &bss, const QJsonArray &decoded, const QSet<QString> &iwElements,
                     ParityReport &report);

// The name iw gives the element OURS in a scan dump, or an empty string when iw prints nothing for
// it (no decoder in iw, or an element of no bytes).
QString iwElementName(const QJsonObject &ours);

using ElementComparison = void (*)(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
// The comparison for an element iw names NAME, or nullptr when this test has none.
ElementComparison elementComparison(const QString &name);

// Per-element comparisons (scanparity/*parity.cpp).
void compareSsid(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareRates(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareDs(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareTim(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareCountry(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareErp(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareBssLoad(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void comparePowerConstraint(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareTpcReport(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareSecondaryChannelOffset(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareApChannelReport(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareOperatingClasses(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareObssScan(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareTransmitPowerEnvelope(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareMeshId(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareHtCapabilities(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareHtOperation(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareExtendedCapabilities(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareVhtCapabilities(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareVhtOperation(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareRsn(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareWmm(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareOweTransition(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareHotspot20(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
void compareHeCapabilities(const IwNode &iw, const QJsonObject &ours, ParityReport &report);

// airpane-cli's decoded fields: PATH is keys joined by '/', each optionally "key[N]" for the N-th.
// PARENT is an element (its "fields") or a field (its "children"). A missing field is an empty
// object.
QJsonObject ourField(const QJsonObject &parent, const QString &path);
QString ourValue(const QJsonObject &parent, const QString &path);
QList<QJsonObject> ourFields(const QJsonObject &parent, const QString &key); // every direct one
bool ourFlag(const QJsonObject &parent, const QString &path);                // "yes"
qint64 ourNumber(const QJsonObject &parent, const QString &path);            // its first integer
// The element's body (after ID, length and extension ID), from its raw bytes.
QByteArray ourBody(const QJsonObject &element);

// The text of an element line after its name ("SSID: x" -> "x"), marking nothing.
QString iwElementText(const IwNode &iw);
// Compares the texts of PARENT's children with EXPECTED, in order, and marks them used.
void compareChildLines(ParityReport &report, const QString &field, const IwNode &parent,
                       const QStringList &expected);

} // namespace Airpane::Lab
