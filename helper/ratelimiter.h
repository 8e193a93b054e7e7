// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace Airpane {

// Calls per client per second, in a fixed one-second window: enough to stop a client that floods
// the helper, never noticed by one that does not.
class RateLimiter
{
public:
    explicit RateLimiter(int callsPerSecond)
        : m_limit(callsPerSecond)
    {
        m_clock.start();
    }

    // Counts a call of CLIENT; false when it is over its limit.
    bool allow(const QString &client);
    void forget(const QString &client) { m_windows.remove(client); }

private:
    struct Window
    {
        qint64 start = 0;
        int calls = 0;
    };

    int m_limit;
    QElapsedTimer m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace Airpane
