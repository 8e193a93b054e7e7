// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>

#include <optional>

#include <functional>

namespace Airpane::Lab {

// A program left running whose output is read line by line as it comes (airpane-cli --watch, iw
// event, a GUI client answering commands). Killed when it goes.
class LineProcess
{
public:
    LineProcess() = default;
    ~LineProcess() { stop(); }

    bool start(const QString &program, const QStringList &args);
    void stop();
    void write(const QByteArray &line);

    // Waits up to TIMEOUTMS (a hang guard) for a line PREDICATE accepts; returns it, or nothing.
    std::optional<QByteArray> waitFor(const std::function<bool(const QByteArray &)> &predicate,
                                      int timeoutMs);
    // The same for a JSON object per line.
    std::optional<QJsonObject> waitForJson(const std::function<bool(const QJsonObject &)> &predicate,
                                           int timeoutMs);
    // Every line read so far (waitFor reads on), and what came on stderr.
    const QList<QByteArray> &lines() const { return m_lines; }
    QByteArray errors() { return m_process.readAllStandardError(); }
    QProcess &process() { return m_process; }

private:
    void readLines();

    QProcess m_process;
    QByteArray m_buffer;
    QList<QByteArray> m_lines;
    qsizetype m_checked = 0; // lines a waitFor has looked at
};

} // namespace Airpane::Lab
