// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Airpane {

class Backend;
struct Interface;
struct Radio;

// airpane-cli: commands over the backend, run directly (as root for operations). Each command
// prints text for people, or JSON with --json; errors go to stderr with a non-zero exit status.
class CliApplication
{
public:
    CliApplication();
    int run(const QStringList &arguments);

private:
    int radios();
    int capabilities(const QStringList &args);
    int interfaces();
    int regulatory();
    int stations(const QStringList &args);
    int survey(const QStringList &args);
    int events(const QStringList &args);
    int record(const QStringList &args);

    bool startBackend();
    std::optional<Radio> findRadio(const QString &spec);
    std::optional<Interface> findNetdev(const QString &spec);
    int fail(const QString &message, int code = 1);
    void printJson(const QJsonValue &value);

    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    Backend *m_backend = nullptr;
};

} // namespace Airpane
