// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "interface.h"
#include "peer.h"
#include "radio.h"
#include "regulatorydomain.h"

#include <QJsonObject>

// From the JSON of app/cli/JSON.md (as the helper sends it, or as `airpane-cli --json` prints it) to
// the front end's structs. Missing and null fields read alike: D-Bus cannot carry null.
namespace Airpane::Client {

Radio radioFromJson(const QJsonObject &object);
Interface interfaceFromJson(const QJsonObject &object);
Event eventFromJson(const QJsonObject &object);
RegulatoryDomain regulatoryDomainFromJson(const QJsonObject &object);
Peer peerFromJson(const QJsonObject &object);
SentFrame sentFrameFromJson(const QJsonObject &object);
P2pAvailability p2pAvailabilityFromJson(const QJsonObject &object);
InterfaceVerdict verdictFromJson(const QJsonObject &object);

} // namespace Airpane::Client
