// SPDX-License-Identifier: GPL-3.0-or-later
#include "wpamonitor.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace Airpane::Lab {

WpaMonitor::WpaMonitor(const QString &ctrlDir, const QString &interface)
{
    // Interactive wpa_cli attaches to the interface and prints its events.
    m_process.start(QStringLiteral("wpa_cli"),
                    {QStringLiteral("-p"), ctrlDir, QStringLiteral("-i"), interface});
    m_process.waitForStarted();
}

WpaMonitor::~WpaMonitor()
{
    m_process.write("quit\n");
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

void WpaMonitor::command(const QString &line)
{
    m_process.write(line.toUtf8() + '\n');
    m_process.waitForBytesWritten();
}

void WpaMonitor::clear()
{
    m_process.waitForReadyRead(10);
    m_process.readAll();
    m_buffer.clear();
    m_recent.clear();
}

QString WpaMonitor::waitFor(const QRegularExpression &pattern, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    do {
        m_buffer += m_process.readAll();
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(m_buffer.left(newline)).trimmed();
            m_buffer.remove(0, newline + 1);
            m_recent.append(line);
            if (m_recent.size() > 12) {
                m_recent.removeFirst();
            }
            if (pattern.match(line).hasMatch()) {
                return line;
            }
        }
        // An event loop, not waitForReadyRead: the backend under test answers the peer's frames
        // from this thread while we wait.
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::readyRead, &loop, &QEventLoop::quit);
        loop.exec();
    } while (timer.elapsed() < timeoutMs);
    return {};
}

} // namespace Airpane::Lab
