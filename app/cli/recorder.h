// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Airpane {

class Backend;

// Writes the kernel's raw replies to every query the backend makes (wiphy, interfaces, regulatory,
// stations and survey of each network device) into files, as received: a sequence of netlink
// messages. The unit tests decode such recordings without a kernel.
class Recorder
{
public:
    explicit Recorder(Backend *backend)
        : m_backend(backend)
    {}

    // Returns the files written; ERROR is set on failure. ONLY limits the kinds recorded: wiphy,
    // interfaces, reg, stations, survey, scan (one dump of each radio's BSS list); empty: all.
    QStringList recordAll(const QString &folder, const QStringList &only, QString *error);

private:
    Backend *m_backend;
};

} // namespace Airpane
