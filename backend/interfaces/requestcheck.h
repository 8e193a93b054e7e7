// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "radiosituation.h"

#include "model/interfacerequest.h"
#include "model/interfaceverdict.h"

#include <QStringList>

namespace Airpane::Interfaces {

// The pre-check of requests on interfaces, before any kernel call: the input itself (treated as
// hostile: name, type, address, flags), what the radio supports, and then whether the result can
// run beside what runs now (CombinationCheck). Pure.
//
// A request to create an interface is judged as if it came up, with or without `up`: an
// interface that cannot come up beside the others is refused unless the request is forced. Forced
// requests still have to pass validate*(): the input and what the radio supports.
class RequestCheck
{
public:
    // TAKENNAMES: the names of every netdev on the machine (names are global, not per radio).
    static InterfaceVerdict create(const RadioSituation &situation, const CreateInterfaceRequest &request,
                                   const QStringList &takenNames);
    static InterfaceVerdict validateCreate(const RadioSituation &situation,
                                           const CreateInterfaceRequest &request,
                                           const QStringList &takenNames);
    static InterfaceVerdict changeType(const RadioSituation &situation, const Interface &interface,
                                       const ChangeTypeRequest &request);
    static InterfaceVerdict validateChangeType(const RadioSituation &situation, const Interface &interface,
                                               const ChangeTypeRequest &request);
    static InterfaceVerdict remove(const Interface &interface);

    // Whether TYPE can run beside what runs now on the radio ("iface check"): support, then the
    // combinations.
    static InterfaceVerdict typeRoom(const RadioSituation &situation, const Candidate &candidate);

    // Types Airpane creates (hostapd makes AP-VLANs per station, mac80211 dropped WDS).
    static bool isCreatable(InterfaceType type);
};

} // namespace Airpane::Interfaces
