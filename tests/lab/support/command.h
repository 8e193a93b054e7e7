// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace Airpane::Lab {

struct CommandResult
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QByteArray out;
    QByteArray err;

    bool ok() const { return exitCode == 0; }
};

// Runs PROGRAM with ARGS to completion (the lab's reference tools: iw, wpa_cli, ip).
CommandResult runCommand(const QString &program, const QStringList &args, int timeoutMs = 60000);

} // namespace Airpane::Lab
