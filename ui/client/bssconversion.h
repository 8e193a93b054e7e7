// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bss.h"

#include <QJsonObject>

// From a BSS of JSON.md ("scan dump", with or without --elements) to the front end's structs.
namespace Airpane::Client {

Bss bssFromJson(const QJsonObject &object);
// The BSS and its decodedElements, as GetBssDetails and `scan dump --elements` give them.
BssDetails bssDetailsFromJson(const QJsonObject &object);
SurveyChannel surveyChannelFromJson(const QJsonObject &object);

} // namespace Airpane::Client
