// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Airpane {

class Backend;

// airpane-cli scan trigger|dump|watch: scans and their results.
class ScanCommands
{
public:
    ScanCommands(Backend *backend, bool json, QTextStream &out, QTextStream &err);
    int run(const QStringList &args);

private:
    int trigger(const QStringList &args);
    int dump(const QStringList &args);
    int watch(const QStringList &args);
    int fail(const QString &message, int code = 1);

    Backend *m_backend;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Airpane
