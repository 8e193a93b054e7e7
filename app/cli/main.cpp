// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <airpane/version.h>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airpane-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRPANE_VERSION_STRING));
    return Airpane::CliApplication().run(QCoreApplication::arguments());
}
