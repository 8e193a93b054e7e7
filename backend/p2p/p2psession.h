// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "p2pattributes.h"

#include <QObject>

#include <functional>

namespace Airpane {

class Backend;
class InterfaceManager;
namespace Scan {
class ScanController;
}

namespace P2p {

class Discovery;
class OffChannelPort;

// A P2P device of our own and its discovery: NEW_INTERFACE of type P2P device on the backend's
// command socket with SOCKET_OWNER (the kernel removes it if we die), START_P2P_DEVICE, the
// probe-request registration; deleted again when the session ends. The caller's handle to it.
class P2pSession : public QObject
{
    Q_OBJECT
public:
    P2pSession(Backend *backend, InterfaceManager *interfaces, Scan::ScanController *scans, QObject *parent = nullptr);
    ~P2pSession() override;

    // Creates and starts the device on RADIO; DONE hears an empty string or why it failed, in words.
    void start(std::uint32_t radio, LocalDevice device, std::function<void(const QString &error)> done);
    // Stops discovery and deletes the device.
    void end();

    bool isStarted() const { return m_discovery != nullptr; }
    std::uint64_t wdev() const { return m_wdev; }
    std::uint32_t radio() const { return m_radio; }
    Discovery *discovery() const { return m_discovery; }
    OffChannelPort *port() const { return m_port; }

private:
    Backend *m_backend;
    InterfaceManager *m_interfaces;
    Scan::ScanController *m_scans;
    std::uint32_t m_radio = 0;
    std::uint64_t m_wdev = 0;
    OffChannelPort *m_port = nullptr;
    Discovery *m_discovery = nullptr;
};

} // namespace P2p
} // namespace Airpane
