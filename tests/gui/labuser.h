// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// How the lab's GUI tests run the front end: as the unprivileged user airpane-allowed, with a home
// and runtime folder of its own (OUTDIR; the user has none in the VM), under its own Xvfb.
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

} // namespace Airpane::Lab
