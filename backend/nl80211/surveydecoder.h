// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/surveyentry.h"
#include "nl/attributes.h"

#include <QString>

#include <variant>

namespace Airpane::Nl80211 {

// Decodes a GET_SURVEY reply: one channel's noise and air-time counters.
std::variant<SurveyEntry, QString> decodeSurvey(Netlink::Bytes attributes);

} // namespace Airpane::Nl80211
