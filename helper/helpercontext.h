// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>

namespace Airpane {

class Authorizer;
class Backend;
class InterfaceManager;
class RateLimiter;
namespace Scan {
class ScanController;
}
namespace Stations {
class StationMonitor;
}

// What the helper's D-Bus objects share.
struct HelperContext
{
    QDBusConnection connection;
    Backend *backend = nullptr;
    Authorizer *authorizer = nullptr;
    RateLimiter *rateLimiter = nullptr;
    Scan::ScanController *scans = nullptr;  // one BSS table for every session
    RateLimiter *scanLimiter = nullptr;     // scans per client per second
    InterfaceManager *interfaces = nullptr; // creates what sessions ask for, owned by the helper's socket
    Stations::StationMonitor *stations = nullptr; // polls what sessions watch, once for all of them
};

} // namespace Airpane
