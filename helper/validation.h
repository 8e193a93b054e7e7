// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Checks of what clients send, treated as hostile: allow-lists, not deny-lists.
namespace Airpane::Validation {

// A Linux interface name as Airpane accepts it: ^[A-Za-z0-9_.-]{1,15}$, and not "." or "..".
bool isInterfaceName(const QString &name);

// The first of TOPICS that is not a known topic, or an empty string.
QString unknownTopic(const QStringList &topics);

} // namespace Airpane::Validation
