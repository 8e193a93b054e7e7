// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scanplanner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace Airpane {

class Backend;

namespace Scan {

class ScanController;

// The live scan of one interface: a cycle every interval, planned by planScan(), and the results
// of scans others trigger picked up in between. In Passive mode it never scans itself. Connected,
// its cycles stay on the link's channel and one in a while sweeps a band (planScan() says why).
class ScanGovernor : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Off, Passive, Live };

    ScanGovernor(Backend *backend, ScanController *controller, std::uint64_t wdev, QObject *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // Seconds between cycles; raised to the minimum while connected.
    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }
    void setBands(const QList<BandId> &bands) { m_bands = bands; }
    void setPassiveProbing(bool passive) { m_passive = passive; }
    int cycles() const { return m_cycle; }

Q_SIGNALS:
    void cycleStarted(const Airpane::Scan::ScanPlan &plan);
    // The kernel took the cycle's scan: its results are the governor's owner's.
    void scanTriggered();
    void problem(const QString &message);

private:
    void runCycle();
    bool connected() const;

    Backend *m_backend;
    ScanController *m_controller;
    std::uint64_t m_wdev;
    Mode m_mode = Mode::Off;
    int m_intervalSeconds = 10;
    QList<BandId> m_bands;
    bool m_passive = false;
    int m_cycle = 0;
    int m_sweeps = 0; // cycles that left the link's channel while connected
    // Since the last sweep while connected; started with the live scan, whose first reading of the
    // radio's BSS list holds what other scans found.
    QElapsedTimer m_sinceSweep;
    QTimer m_timer;
};

} // namespace Scan
} // namespace Airpane
