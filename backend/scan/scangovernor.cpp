// SPDX-License-Identifier: GPL-3.0-or-later
#include "scangovernor.h"

#include "scancontroller.h"

#include "core/backend.h"

#include <cerrno>

namespace Airpane::Scan {

ScanGovernor::ScanGovernor(Backend *backend, ScanController *controller, std::uint64_t wdev, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_controller(controller)
    , m_wdev(wdev)
{
    connect(&m_timer, &QTimer::timeout, this, &ScanGovernor::runCycle);
}

bool ScanGovernor::connected() const
{
    const auto interface = m_backend->interfaceByWdev(m_wdev);
    return interface && interface->type == InterfaceType::Station && !interface->ssid.isEmpty();
}

void ScanGovernor::setMode(Mode mode)
{
    m_mode = mode;
    m_timer.stop();
    if (mode == Mode::Off) {
        return;
    }
    // Either way, what is already in the radio's BSS list is read now.
    if (const auto interface = m_backend->interfaceByWdev(m_wdev)) {
        m_controller->refresh(*interface);
    }
    if (mode == Mode::Live) {
        m_sinceSweep.start();
        runCycle();
        m_timer.start(std::max(m_intervalSeconds, minimumIntervalSeconds(connected())) * 1000);
    }
}

void ScanGovernor::setInterval(int seconds)
{
    m_intervalSeconds = std::clamp(seconds, 1, 3600);
    if (m_timer.isActive()) {
        m_timer.start(std::max(m_intervalSeconds, minimumIntervalSeconds(connected())) * 1000);
    }
}

void ScanGovernor::runCycle()
{
    const auto interface = m_backend->interfaceByWdev(m_wdev);
    if (!interface) {
        Q_EMIT problem(QStringLiteral("The interface is gone; the live scan stops."));
        setMode(Mode::Off);
        return;
    }
    if (m_controller->isScanning(m_wdev)) {
        return; // a scan runs (perhaps someone else's): its results will come
    }
    const auto radio = m_backend->radio(interface->radio);
    const bool isConnected = connected();
    const bool sweep = !isConnected || m_sinceSweep.hasExpired(connectedSweepIntervalSeconds() * 1000LL);
    const ScanPlan plan =
        planScan({.radio = radio ? &*radio : nullptr,
                  .bands = m_bands,
                  .connected = isConnected,
                  .passive = m_passive,
                  .cycle = isConnected ? m_sweeps : m_cycle,
                  .operatingFrequency = interface->channel ? interface->channel->frequency : 0,
                  .sweep = sweep});
    ++m_cycle;
    if (isConnected && plan.offChannelCount > 0) {
        ++m_sweeps;
        m_sinceSweep.start();
    }
    m_timer.setInterval(std::max(m_intervalSeconds, minimumIntervalSeconds(isConnected)) * 1000);
    Q_EMIT cycleStarted(plan);
    if (plan.bands.isEmpty()) {
        return; // nothing chosen to scan: an empty frequency list would mean every channel
    }
    m_controller->trigger(*interface, plan.options, [this](int error, const QString &message) {
        if (error == 0) {
            Q_EMIT scanTriggered();
        } else if (error != EBUSY) { // EBUSY: someone else scans, and the governor reads their results anyway
            Q_EMIT problem(message);
        }
    });
}

} // namespace Airpane::Scan
