// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "elements/inspector/inspect.h"
#include "model/bss.h"
#include "model/event.h"
#include "model/interface.h"
#include "model/radio.h"
#include "model/regulatorydomain.h"
#include "model/station.h"
#include "model/surveyentry.h"

#include <QJsonArray>
#include <QJsonObject>

// Airpane's JSON: what `airpane-cli --json` prints and the helper sends. Field names are stable
// (documented in app/cli/JSON.md); absent values are null, never missing.
namespace Airpane::Json {

QJsonObject radio(const Radio &radio);        // everything: bands, channels, capabilities
QJsonObject radioSummary(const Radio &radio); // index, name, bands, interface types, limits
QJsonObject band(const Band &band);
QJsonObject interface(const Interface &interface);
QJsonObject regulatoryDomain(const RegulatoryDomain &domain);
QJsonObject station(const Station &station);
QJsonObject rate(const RateInfo &rate);
QJsonObject surveyEntry(const SurveyEntry &entry);
QJsonObject event(const Event &event);
// A BSS with its derived fields; HISTORY adds the signal samples as [time ms, dBm] pairs.
QJsonObject bss(const Bss &bss, bool withHistory = false);
// The inspector's decoding of a BSS's elements: one object per element with its fields.
QJsonArray elements(const QList<Elements::DecodedElement> &elements);

} // namespace Airpane::Json
