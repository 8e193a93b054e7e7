// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helpercontext.h"

#include <QDBusMessage>
#include <QObject>

#include <functional>

namespace Airpane {

// The path of every helper method: polkit first, then WORK, which answers MESSAGE itself. When the
// action is refused, the caller gets the typed error and WORK never runs; when RECEIVER is gone by
// then (its client left), nothing is sent. The calling slot must have set a delayed reply.
void authorizedCall(const HelperContext &context, QObject *receiver, const QDBusMessage &message,
                    const QString &action, std::function<void(const QDBusMessage &)> work);

// Sends an error reply NAME with TEXT to MESSAGE.
void replyError(const HelperContext &context, const QDBusMessage &message, const QString &name,
                const QString &text);

} // namespace Airpane
