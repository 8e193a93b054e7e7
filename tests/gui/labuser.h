// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/command.h"

#include <QDir>
#include <QFile>
#include <QStringList>

// How the lab's GUI tests run the front end: the system's dbus-daemon and polkitd with the helper
// installed, then the GUI as the unprivileged user airpane-allowed, with a home and runtime folder
// of its own (OUTDIR; the user has none in the VM), under its own Xvfb.
namespace Airpane::Lab {

inline const QString guiUser = QStringLiteral("airpane-allowed");

inline QStringList asGuiUser(const QString &outDir, const QStringList &command)
{
    return QStringList{QStringLiteral("-u"),
                       guiUser,
                       QStringLiteral("--"),
                       QStringLiteral("env"),
                       QStringLiteral("HOME=") + outDir,
                       QStringLiteral("XDG_RUNTIME_DIR=") + outDir,
                       QStringLiteral("QT_QPA_PLATFORMTHEME="),
                       QStringLiteral("QT_LOGGING_RULES=airpane.client.debug=true"),
                       QStringLiteral("QT_MESSAGE_PATTERN=%{time boot} %{category}: %{message}")} +
           command;
}

inline QStringList underXvfb(const QStringList &command)
{
    return QStringList{QStringLiteral("xvfb-run"), QStringLiteral("-a"), QStringLiteral("-s"),
                       QStringLiteral("-screen 0 1600x1000x24 -nolisten tcp")} +
           command;
}

// Starts the system services (tools/lab-guest/system-services) and makes OUTDIR anew, writable by
// the GUI's user. Returns what went wrong, empty on success.
inline QString startGuiLab(const QString &outDir)
{
    const CommandResult services =
        runCommand(QStringLiteral(AIRPANE_SOURCE_DIR "/tools/lab-guest/system-services"),
                   {QStringLiteral("start"), QStringLiteral(AIRPANE_BUILD_DIR)}, 180000);
    if (!services.ok()) {
        return QString::fromLocal8Bit(services.err);
    }
    QDir(outDir).removeRecursively();
    const bool made = QDir().mkpath(outDir) &&
                      QFile::setPermissions(outDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                        QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                        QFileDevice::WriteOther | QFileDevice::ExeOther) &&
                      QDir().mkpath(QStringLiteral(AIRPANE_ARTIFACTS_DIR));
    return made ? QString() : QStringLiteral("cannot make %1").arg(outDir);
}

} // namespace Airpane::Lab
