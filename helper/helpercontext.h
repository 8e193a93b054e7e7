// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>

namespace Airpane {

class Authorizer;
class Backend;
class RateLimiter;

// What the helper's D-Bus objects share.
struct HelperContext
{
    QDBusConnection connection;
    Backend *backend = nullptr;
    Authorizer *authorizer = nullptr;
    RateLimiter *rateLimiter = nullptr;
};

} // namespace Airpane
