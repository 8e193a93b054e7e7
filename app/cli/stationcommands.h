// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace Airpane {

class Backend;
struct Station;

// airpane-cli stations INTERFACE --watch: the interface's stations followed live by the backend's
// station monitor, one line per change: a station that joined (with everything it reports), the
// values that changed, a station that left.
class StationCommands
{
public:
    StationCommands(Backend *backend, bool json, QTextStream &out, QTextStream &err);
    // OPTIONS: --watch [--interval MS] [--count N] [--timeout SECONDS].
    int watch(const QString &interface, const QStringList &options);

    // A station's JSON as "path" -> scalar ("signalDbm", "txRate.mbps", "tidStats.0.rxMsdu"), so that
    // a change names exactly what moved.
    static QVariantMap flatten(const QJsonObject &station);

private:
    int fail(const QString &message, int code = 1);
    void print(const QString &interface, const QString &mac, const QString &change, const Station *station,
               const QStringList &changed, const QVariantMap &before, const QVariantMap &after);

    Backend *m_backend;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Airpane
