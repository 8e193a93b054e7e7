// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizer.h"
#include "contract.h"
#include "helperservice.h"
#include "ratelimiter.h"

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "scan/scancontroller.h"
#include "stations/stationmonitor.h"
#include "support/unixsignalwatcher.h"

#include <airpane/version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>

#include <csignal>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("airpane-helper"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AIRPANE_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Airpane's privileged helper: the system D-Bus service "
                                                    "org.airpane.Helper1, started by D-Bus activation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption idleOption(QStringLiteral("idle-timeout"),
                                        QStringLiteral("Quit after SECONDS without sessions (default 30)."),
                                        QStringLiteral("seconds"), QStringLiteral("30"));
    parser.addOption(idleOption);
    parser.process(app);
    bool ok = false;
    const int idleSeconds = parser.value(idleOption).toInt(&ok);
    if (!ok || idleSeconds < 1) {
        std::fprintf(stderr, "airpane-helper: --idle-timeout wants a positive number of seconds\n");
        return 2;
    }

    Airpane::UnixSignalWatcher signalWatcher({SIGTERM, SIGINT, SIGHUP});
    QObject::connect(&signalWatcher, &Airpane::UnixSignalWatcher::signalReceived, &app,
                     [](int) { QCoreApplication::quit(); });

    Airpane::Contract::registerTypes();
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "airpane-helper: no system bus: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }

    Airpane::Backend backend;
    QString error;
    // Without nl80211 (a kernel without cfg80211) the helper still answers: with no radios.
    if (!backend.start(&error)) {
        std::fprintf(stderr, "airpane-helper: %s\n", qPrintable(error));
    } else {
        QObject::connect(&backend, &Airpane::Backend::problem, &app, [](const QString &problem) {
            std::fprintf(stderr, "airpane-helper: %s\n", qPrintable(problem));
        });
        backend.waitForReady();
    }

    Airpane::Authorizer authorizer;
    Airpane::RateLimiter rateLimiter(100);
    Airpane::RateLimiter scanLimiter(1);
    Airpane::Scan::ScanController scans(&backend);
    Airpane::InterfaceManager interfaces(&backend);
    Airpane::Stations::StationMonitor stations(&backend);
    Airpane::HelperService service(
        {bus, &backend, &authorizer, &rateLimiter, &scans, &scanLimiter, &interfaces, &stations},
        idleSeconds * 1000);
    if (!service.registerOnBus(&error)) {
        std::fprintf(stderr, "airpane-helper: %s\n", qPrintable(error));
        return 1;
    }
    QObject::connect(&service, &Airpane::HelperService::idle, &app, &QCoreApplication::quit);
    return app.exec();
}
