// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Airpane::Lab {

// wpa_cli attached to a wpa_supplicant interface: commands in, events ("<3>P2P-DEVICE-FOUND ...")
// out, as they happen.
class WpaMonitor
{
public:
    WpaMonitor(const QString &ctrlDir, const QString &interface);
    ~WpaMonitor();

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    void command(const QString &line);
    // Forgets the events seen so far.
    void clear();
    // Waits up to TIMEOUTMS for an event line matching PATTERN; returns it, or an empty string.
    QString waitFor(const QRegularExpression &pattern, int timeoutMs);
    // The last lines read, for a failure message.
    QString recentLines() const { return m_recent.join(QLatin1Char('\n')); }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_recent;
};

} // namespace Airpane::Lab
