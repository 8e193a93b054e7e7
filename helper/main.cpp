// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/unixsignalwatcher.h"

#include <airpane/version.h>

#include <QCoreApplication>

#include <csignal>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airpane-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRPANE_VERSION_STRING));

    Airpane::UnixSignalWatcher signalWatcher({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&signalWatcher, &Airpane::UnixSignalWatcher::signalReceived, &app,
                     [](int) { QCoreApplication::quit(); });

    return app.exec();
}
