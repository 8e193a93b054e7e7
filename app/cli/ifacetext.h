// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/concurrencyreport.h"
#include "model/interface.h"
#include "model/interfaceoperation.h"
#include "model/interfaceverdict.h"
#include "model/radio.h"

#include <QString>

// airpane-cli iface's text output, for people. Scripts use --json.
namespace Airpane::IfaceText {

QString label(const Interface &interface); // "wlan0", or "wdev 0x2"
QString interfaceSummary(const Interface &interface);
QString success(const InterfaceOperationResult &result, const QString &what);
QString failure(const InterfaceOperationResult &result, const QString &what);
QString verdict(const InterfaceVerdict &verdict, const Radio &radio, InterfaceType type);
QString concurrency(const ConcurrencyReport &report);

} // namespace Airpane::IfaceText
