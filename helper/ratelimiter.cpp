// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

namespace Airpane {

bool RateLimiter::allow(const QString &client)
{
    const qint64 now = m_clock.elapsed();
    Window &window = m_windows[client];
    if (now - window.start >= 1000) {
        window = Window{now, 0};
    }
    return ++window.calls <= m_limit;
}

} // namespace Airpane
