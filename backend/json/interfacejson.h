// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/concurrencyreport.h"
#include "model/interfaceoperation.h"
#include "model/interfaceverdict.h"

#include <QJsonObject>

// The JSON of interface operations (app/cli/JSON.md, "iface"): pre-check verdicts, operation
// results and what a radio can run at once. Same rules as json.h: stable names, null for absent.
namespace Airpane::Json {

QJsonObject verdict(const InterfaceVerdict &verdict);
QJsonObject operationResult(const InterfaceOperationResult &result);
QJsonObject concurrency(const ConcurrencyReport &report);

} // namespace Airpane::Json
