// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>

namespace Airpane::Lab::Desktop {

// The GUI as the desktop user: desktopguiclient under Xvfb, through as-desktop-user, driven line by
// line. Its output lines go to desktop-gui-NAME.log in the artefacts, its log (the client's steps)
// to desktop-gui-NAME.err.
class DesktopGui
{
public:
    explicit DesktopGui(const QString &name);
    ~DesktopGui();

    // Starts the GUI and waits (hang guard: 3 minutes) until it has the helper's whole state.
    bool start();
    qint64 pid() const { return m_pid; }
    bool running() const { return m_process.state() == QProcess::Running; }
    void send(const QString &line);
    // The GUI's next output line with KEY; empty on timeout or when the GUI ended.
    QJsonObject waitFor(const QString &key, int timeoutMs);
    // Every connection state the GUI reported so far.
    QList<QJsonObject> connections() const { return m_connections; }
    // Asks the GUI to quit; its exit status, -1 when it did not end by itself.
    int quit();
    void kill();

private:
    QString m_name;
    QProcess m_process;
    QFile m_log;
    qint64 m_pid = 0;
    QList<QJsonObject> m_connections;
};

} // namespace Airpane::Lab::Desktop
