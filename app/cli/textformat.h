// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/event.h"
#include "model/interface.h"
#include "model/radio.h"
#include "model/regulatorydomain.h"
#include "model/station.h"
#include "model/surveyentry.h"

#include <QString>

// airpane-cli's text output: compact, aligned, for people. Scripts use --json.
namespace Airpane::Text {

QString radioLine(const Radio &radio);
QString capabilities(const Radio &radio);
QString interfaceLine(const Interface &interface, const QString &radioName);
QString regulatoryDomain(const RegulatoryDomain &domain);
QString station(const Station &station);
QString surveyLine(const SurveyEntry &entry);
QString eventLine(const Event &event);
QString rate(const RateInfo &rate);

} // namespace Airpane::Text
