// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "p2p/p2pattributes.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace Airpane {

class Backend;
struct Radio;

// airpane-cli p2p find|listen|peers|stop|diagnose: Wi-Fi Direct on a P2P device of our own,
// which lives as long as the command.
class P2pCommands
{
public:
    P2pCommands(Backend *backend, bool json, QTextStream &out, QTextStream &err);
    int run(const QStringList &args);

private:
    int discover(const QString &mode, const QStringList &args);
    int diagnose(const QStringList &args);
    std::optional<Radio> radio(const QString &spec);
    // Device options (--name, --type, --config-methods, --listen-channel); false on a bad one.
    bool parseDevice(const QStringList &args, qsizetype from, P2p::LocalDevice &device, int &timeoutSeconds);
    int fail(const QString &message, int code = 1);

    Backend *m_backend;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Airpane
