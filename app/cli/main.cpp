// SPDX-License-Identifier: GPL-3.0-or-later
#include <airpane/version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airpane-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRPANE_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Airpane's command line: Wi-Fi radios, interfaces, scans and Wi-Fi Direct."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    parser.showHelp(parser.positionalArguments().isEmpty() ? 0 : 2);
}
