// SPDX-License-Identifier: GPL-3.0-or-later
// In the lab's p2p scenario: the time from "find" to a listening wpa_supplicant peer (Lab TV, listen
// channel 6) being found from its probe response, by our discovery and by wpa_supplicant's own
// `P2P_FIND type=social` on another radio. Runs alternate, with the other finder stopped, so both
// see the same air. Medians and their ratio are reported, not asserted.
#include "support/labscenario.h"
#include "support/wpamonitor.h"

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "p2p/discovery.h"
#include "p2p/p2psession.h"
#include "scan/scancontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Airpane;

namespace {

constexpr int rounds = 20;
constexpr int timeoutMs = 10000;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.size() % 2 ? values[values.size() / 2]
                             : (values[values.size() / 2 - 1] + values[values.size() / 2]) / 2;
}

// Milliseconds until DISCOVERY lists ADDRESS from the peer's own Device Info, or -1.
double ourFind(P2p::Discovery *discovery, const QString &address)
{
    discovery->clearPeers();
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    auto found = [&] {
        const Peer *peer = discovery->peers().find(address);
        return peer && !peer->probeRequestOnly;
    };
    const auto check = [&] {
        if (found()) {
            loop.quit();
        }
    };
    const auto added = QObject::connect(discovery, &P2p::Discovery::peerFound, &loop, check);
    const auto changed = QObject::connect(discovery, &P2p::Discovery::peerChanged, &loop, check);
    QElapsedTimer timer;
    timer.start();
    discovery->find(timeoutMs);
    loop.exec();
    const double elapsed = found() ? double(timer.nsecsElapsed()) / 1e6 : -1;
    QObject::disconnect(added);
    QObject::disconnect(changed);
    discovery->stop();
    return elapsed;
}

// The same for wpa_supplicant: P2P_FIND type=social until P2P-DEVICE-FOUND names ADDRESS.
double theirFind(Lab::WpaMonitor &finder, const QString &address)
{
    finder.command(QStringLiteral("p2p_stop_find"));
    finder.command(QStringLiteral("p2p_flush"));
    finder.clear();
    QElapsedTimer timer;
    timer.start();
    finder.command(QStringLiteral("p2p_find type=social"));
    const QString line =
        finder.waitFor(QRegularExpression(QStringLiteral("P2P-DEVICE-FOUND %1 ").arg(address)), timeoutMs);
    const double elapsed = line.isEmpty() ? -1 : double(timer.nsecsElapsed()) / 1e6;
    finder.command(QStringLiteral("p2p_stop_find"));
    return elapsed;
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const Lab::LabScenario lab = Lab::LabScenario::ensure(QStringLiteral("p2p"), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_p2pdiscovery: %s\n", qPrintable(error));
        return 1;
    }
    Lab::LabPeer target;
    Lab::LabPeer searcher;
    for (const Lab::LabPeer &peer : lab.peers) {
        (peer.mode == QLatin1String("find") ? searcher : target.name.isEmpty() ? target : searcher) = peer;
    }
    Backend backend;
    if (!backend.start(&error) || !backend.waitForReady()) {
        std::fprintf(stderr, "bench_p2pdiscovery: %s\n", qPrintable(error));
        return 1;
    }
    const auto radio = backend.radioByName(lab.freeRadios().first().phy);
    InterfaceManager interfaces(&backend);
    Scan::ScanController scans(&backend);
    P2p::P2pSession session(&backend, &interfaces, &scans);
    P2p::LocalDevice device;
    device.name = QStringLiteral("Airpane Bench");
    device.configMethods = P2p::ConfigMethod::PushButton;
    bool started = false;
    session.start(radio ? radio->index : 0, device, [&](const QString &result) {
        error = result;
        started = true;
    });
    while (!started) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_p2pdiscovery: cannot start our P2P device: %s\n", qPrintable(error));
        return 1;
    }
    Lab::WpaMonitor finder(QStringLiteral("/run/lab/wpas-%1").arg(searcher.ifname),
                           QStringLiteral("p2p-dev-%1").arg(searcher.ifname));
    finder.command(QStringLiteral("p2p_stop_find"));
    settle(500);

    QList<double> ours;
    QList<double> theirs;
    int ourMisses = 0;
    int theirMisses = 0;
    for (int round = 0; round < rounds; ++round) {
        const double our = ourFind(session.discovery(), target.deviceAddress);
        our < 0 ? void(++ourMisses) : ours.append(our);
        settle(200);
        const double their = theirFind(finder, target.deviceAddress);
        their < 0 ? void(++theirMisses) : theirs.append(their);
        settle(200);
    }
    finder.command(QStringLiteral("p2p_find type=social")); // as the scenario has it
    session.end();

    if (ours.isEmpty() || theirs.isEmpty()) {
        std::fprintf(stderr, "bench_p2pdiscovery: no successful runs (ours %lld, theirs %lld)\n",
                     qlonglong(ours.size()), qlonglong(theirs.size()));
        return 1;
    }
    std::printf("discovering %s (listening on channel 6), %d rounds, alternating:\n",
                qPrintable(target.deviceName), rounds);
    std::printf("  Airpane find:                   median %7.1f ms, min %7.1f, max %7.1f, %d missed\n",
                median(ours), *std::min_element(ours.begin(), ours.end()),
                *std::max_element(ours.begin(), ours.end()), ourMisses);
    std::printf("  wpa_supplicant P2P_FIND social: median %7.1f ms, min %7.1f, max %7.1f, %d missed\n",
                median(theirs), *std::min_element(theirs.begin(), theirs.end()),
                *std::max_element(theirs.begin(), theirs.end()), theirMisses);
    std::printf("  ratio Airpane / wpa_supplicant: %.2f (target <= 0.80)\n", median(ours) / median(theirs));
    return 0;
}
