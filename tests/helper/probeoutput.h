// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helperinterface.h"

#include <QDBusError>
#include <QDBusPendingReply>
#include <QJsonArray>
#include <QJsonObject>

// What every helperprobe command shares: its output, one JSON object per line, and the session.
namespace Airpane::Probe {

// Prints OBJECT as one line, with "t": milliseconds since the probe started.
void print(QJsonObject object);
QJsonArray toJson(const QVariantMapList &list);
// {"call": WHAT, "error": the D-Bus error name or "", "message": its text}
QJsonObject outcome(const QString &what, const QDBusError &error);
OrgAirpaneHelper1Interface helper();
// Opens a session; prints the failure and returns an empty path when refused.
QString openSession();
// Prints the list PENDING answers, or its error; 0 on success.
int printList(const QString &what, const QDBusPendingReply<QVariantMapList> &pending);

} // namespace Airpane::Probe
