// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace Airpane::Lab {

bool LineProcess::start(const QString &program, const QStringList &args)
{
    m_process.start(program, args);
    return m_process.waitForStarted(30000);
}

void LineProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    readLines();
}

void LineProcess::write(const QByteArray &line)
{
    m_process.write(line + '\n');
    m_process.waitForBytesWritten(5000);
}

void LineProcess::readLines()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        m_lines.append(m_buffer.left(newline));
        m_buffer.remove(0, newline + 1);
    }
}

std::optional<QByteArray> LineProcess::waitFor(const std::function<bool(const QByteArray &)> &predicate,
                                               int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        readLines();
        while (m_checked < m_lines.size()) {
            const QByteArray &line = m_lines[m_checked++];
            if (predicate(line)) {
                return line;
            }
        }
        if (timer.elapsed() >= timeoutMs || m_process.state() == QProcess::NotRunning) {
            return std::nullopt;
        }
        m_process.waitForReadyRead(100);
    }
}

std::optional<QJsonObject> LineProcess::waitForJson(const std::function<bool(const QJsonObject &)> &predicate,
                                                    int timeoutMs)
{
    std::optional<QJsonObject> found;
    waitFor(
        [&](const QByteArray &line) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (!object.isEmpty() && predicate(object)) {
                found = object;
            }
            return found.has_value();
        },
        timeoutMs);
    return found;
}

} // namespace Airpane::Lab
