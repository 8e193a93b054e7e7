// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/peer.h"
#include "p2p/diagnostics.h"
#include "p2p/offchannelport.h"

#include <QJsonObject>

// Wi-Fi Direct in Airpane's JSON (app/cli/JSON.md).
namespace Airpane::Json {

QJsonObject peer(const Peer &peer, qint64 expiryMs);
QJsonObject diagnosis(const P2p::Diagnosis &diagnosis);
QJsonObject sentFrame(const P2p::SentFrame &frame);

} // namespace Airpane::Json
