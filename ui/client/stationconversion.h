// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "station.h"

#include <QJsonObject>
#include <QVariantMap>

namespace Airpane::Client {

// The helper's station (JSON.md, "stations") into the client's, stamped with RECEIVED.
Station stationFromJson(const QJsonObject &object, const QDateTime &received = QDateTime::currentDateTime());
Rate rateFromJson(const QJsonObject &object);
// A rate as JSON.md names its fields: what a view shows, handed to exports and the lab's parity.
QVariantMap rateToMap(const Rate &rate);

} // namespace Airpane::Client
