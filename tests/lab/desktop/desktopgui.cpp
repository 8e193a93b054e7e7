// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopgui.h"

#include "desktopsystem.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Airpane::Lab::Desktop {

DesktopGui::DesktopGui(const QString &name)
    : m_name(name)
{}

DesktopGui::~DesktopGui()
{
    kill();
}

bool DesktopGui::start()
{
    m_log.setFileName(QStringLiteral(AIRPANE_ARTIFACTS_DIR "/desktop-gui-%1.log").arg(m_name));
    m_log.open(QIODevice::WriteOnly | QIODevice::Truncate);
    m_process.setStandardErrorFile(QStringLiteral(AIRPANE_ARTIFACTS_DIR "/desktop-gui-%1.err").arg(m_name));
    m_process.start(asDesktopUser,
                    {u"env"_s, u"XDG_CONFIG_HOME="_s + outDir + u"/config"_s, u"QT_QPA_PLATFORMTHEME="_s,
                     u"QT_LOGGING_RULES=airpane.client.debug=true"_s,
                     u"QT_MESSAGE_PATTERN=%{time boot} %{category}: %{message}"_s, u"xvfb-run"_s, u"-a"_s,
                     u"-s"_s, u"-screen 0 1600x1000x24 -nolisten tcp"_s,
                     QStringLiteral(AIRPANE_DESKTOP_CLIENT), outDir});
    if (!m_process.waitForStarted()) {
        return false;
    }
    const QJsonObject synchronized = waitFor(u"synchronized"_s, 180000);
    m_pid = synchronized[u"pid"].toInteger();
    if (!synchronized.isEmpty()) {
        say(u"GUI: the helper's state loaded %1 ms after the start (pid %2)"_s
                .arg(synchronized[u"synchronized"].toInteger())
                .arg(m_pid));
    }
    return m_pid > 0;
}

void DesktopGui::send(const QString &line)
{
    m_process.write((line + u'\n').toUtf8());
    m_process.waitForBytesWritten();
}

QJsonObject DesktopGui::waitFor(const QString &key, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        while (m_process.canReadLine()) {
            const QByteArray raw = m_process.readLine();
            m_log.write(raw);
            m_log.flush();
            const QJsonObject line = QJsonDocument::fromJson(raw).object();
            if (line.contains(u"connection"_s) && !line.contains(u"facts"_s)) {
                m_connections.append(line[u"connection"].toObject());
            }
            if (line.contains(key)) {
                return line;
            }
        }
        if (m_process.state() == QProcess::NotRunning) {
            return {};
        }
        m_process.waitForReadyRead(100);
    }
    return {};
}

int DesktopGui::quit()
{
    send(u"quit"_s);
    waitFor(u"quit"_s, 30000);
    if (!m_process.waitForFinished(60000) || m_process.exitStatus() != QProcess::NormalExit) {
        return -1;
    }
    return m_process.exitCode();
}

void DesktopGui::kill()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    // xvfb-run waits for the client, and ends its X server once the client has.
    if (m_pid > 0) {
        ::kill(pid_t(m_pid), SIGKILL);
    }
    m_process.kill();
    m_process.waitForFinished();
}

} // namespace Airpane::Lab::Desktop
