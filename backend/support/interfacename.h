// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Interface names as Airpane accepts them from users and clients, treated as hostile: an allow-list,
// not a deny-list. Shared by the backend's request checks, the command line and the helper.
namespace Airpane::InterfaceName {

// ^[A-Za-z0-9_.-]{1,15}$, and not "." or "..": within IFNAMSIZ, no '/', spaces or non-ASCII.
bool isValid(const QString &name);

// The rule above in words, for error messages.
QString rule();

// NAME made safe to print in a message: quoted, control and non-ASCII characters escaped, long
// names shortened. For names that failed isValid() and may hold anything.
QString quoted(const QString &name);

} // namespace Airpane::InterfaceName
