// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "radiosituation.h"

#include "model/concurrencyreport.h"

#include <QList>
#include <QString>

#include <utility>

namespace Airpane::Interfaces {

// "What can this radio run at once?" as data, for the GUI's combination matrix and the command
// line. Pure.
class Concurrency
{
public:
    static ConcurrencyReport report(const RadioSituation &situation);

    // The common sets the report answers for, by key: station+ap, station+p2p (a station beside
    // Wi-Fi Direct: P2P-device and P2P-client), station+p2p-go, ap+monitor, station+monitor,
    // ap+ap, station+station, mesh+ap, station+mesh, station+ibss.
    static QList<std::pair<QString, InterfaceTypes>> scenarios();
    // The types of the per-type rows: those Airpane can create.
    static InterfaceTypes reportedTypes();
};

} // namespace Airpane::Interfaces
