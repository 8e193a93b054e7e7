// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parityreport.h"
#include "support/iwdev.h"
#include "support/iwphy.h"
#include "support/iwreg.h"
#include "support/iwstation.h"
#include "support/iwsurvey.h"

#include <QJsonArray>
#include <QJsonObject>

// Field-by-field comparisons of iw's output with airpane-cli's JSON (one subject per report).
// iw's text is the reference; each comparison marks the iw lines it read, and the lines nobody
// read are reported as well: iw printed something this comparison does not cover.
namespace Airpane::Lab {

// `iw list` (one wiphy) against `airpane-cli capabilities --json` (one radio).
void compareRadio(const IwPhy &iw, const QJsonObject &ours, ParityReport &report);
// One "Band N:" section against one entry of "bands".
void compareBand(const IwNode &iw, const QJsonObject &ours, ParityReport &report);
// The "HE Iftypes" and "EHT Iftypes" blocks of a band against its "iftypeData".
void compareIftypeData(const IwNode &iwBand, int band, const QJsonArray &ours, ParityReport &report);

// `iw phy X channels`, read before (FIRST) and after (SECOND) ours, against one radio.
void compareChannelList(const QList<IwNode> &first, const QList<IwNode> &second, const QJsonObject &radio,
                        ParityReport &report);

// `iw dev` (one interface) against one entry of `airpane-cli interfaces --json`.
void compareInterface(const IwInterface &iw, const QJsonObject &ours, ParityReport &report);
// `iw reg get` (one domain) against one entry of `airpane-cli reg --json`.
void compareRegulatoryDomain(const IwRegDomain &iw, const QJsonObject &ours, ParityReport &report);

// Two reads of a dump by iw, one before and one after ours: values that change between reads
// must lie between iw's, values that do not must be equal.
struct Bracket
{
    qint64 beforeMs = 0; // wall clock (ms since the epoch) around the three reads
    qint64 afterMs = 0;
    qint64 realtimeMinusBoottimeMs = 0; // to check "associated at" from boottime
};

void compareStation(const IwStation &first, const IwStation *second, const QJsonObject &ours,
                    const Bracket &bracket, ParityReport &report);
void compareSurveyEntry(const IwSurveyEntry &first, const IwSurveyEntry *second, const QJsonObject &ours,
                        ParityReport &report);

} // namespace Airpane::Lab
