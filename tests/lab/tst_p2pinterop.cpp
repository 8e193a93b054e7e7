// SPDX-License-Identifier: GPL-3.0-or-later
// Wi-Fi Direct against real wpa_supplicant peers, both ways, 20 runs each: our find lists a
// listening peer with its exact name, device type and config methods; a searching wpa_supplicant
// reports us in P2P-DEVICE-FOUND with our name and config methods. Each within 5 s.
#include "support/labscenario.h"
#include "support/wpamonitor.h"

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "p2p/discovery.h"
#include "p2p/offchannelport.h"
#include "p2p/p2psession.h"
#include "scan/scancontroller.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Airpane;
using namespace Airpane::Lab;

namespace {

constexpr int runs = 20;
// A hang guard, not a target: discovery under emulation on a loaded machine can take seconds, and
// bench_p2pdiscovery measures how long it takes.
constexpr int hangGuardMs = 30000;
const QString ourName = QStringLiteral("Airpane Interop");

std::uint16_t methodsOf(const QString &names)
{
    std::uint16_t methods = 0;
    for (const QString &name : names.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        methods |= name == QLatin1String("display")       ? P2p::ConfigMethod::Display
                   : name == QLatin1String("push_button") ? P2p::ConfigMethod::PushButton
                   : name == QLatin1String("keypad")      ? P2p::ConfigMethod::Keypad
                                                          : 0;
    }
    return methods;
}

void report(const char *what, QList<qint64> times)
{
    std::sort(times.begin(), times.end());
    qInfo("%s: %lld runs, median %lld ms, max %lld ms (reported; bench_p2pdiscovery has the figures)", what,
          qlonglong(times.size()), times[times.size() / 2], times.last());
}

} // namespace

class TestP2pInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM");
        QString error;
        m_lab = LabScenario::ensure(QStringLiteral("p2p"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_backend.start(&error));
        QVERIFY(m_backend.waitForReady());
        const auto radio = m_backend.radioByName(m_lab.freeRadios().first().phy);
        QVERIFY(radio);
        P2p::LocalDevice device;
        device.name = ourName;
        device.primaryType = {1, 0x0050f204, 1};
        device.configMethods = P2p::ConfigMethod::Display | P2p::ConfigMethod::PushButton;
        bool started = false;
        m_session.start(radio->index, device, [&](const QString &result) {
            error = result;
            started = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(started, 20000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_ourAddress = P2p::macText(m_session.discovery()->device().address);
        for (const LabPeer &peer : std::as_const(m_lab.peers)) {
            (peer.mode == QLatin1String("listen") && m_listener.name.isEmpty() ? m_listener : m_finder) =
                peer;
        }
        QVERIFY(!m_listener.name.isEmpty() && m_finder.mode == QLatin1String("find"));
    }

    void ourFindListsTheListeningPeer_data()
    {
        QTest::addColumn<int>("run");
        for (int run = 1; run <= runs; ++run) {
            QTest::newRow(qPrintable(QStringLiteral("run %1").arg(run))) << run;
        }
    }

    void ourFindListsTheListeningPeer()
    {
        P2p::Discovery *discovery = m_session.discovery();
        discovery->clearPeers();
        QElapsedTimer timer;
        timer.start();
        discovery->find(hangGuardMs);
        // Found from its own Device Info (a probe response), not only its probe requests.
        auto found = [&] {
            const Peer *peer = discovery->peers().find(m_listener.deviceAddress);
            return peer && !peer->probeRequestOnly;
        };
        QTRY_VERIFY_WITH_TIMEOUT(found(), hangGuardMs);
        m_findTimes.append(timer.elapsed());
        const Peer *peer = discovery->peers().find(m_listener.deviceAddress);
        QCOMPARE(peer->name, m_listener.deviceName);
        QCOMPARE(peer->primaryType, m_listener.deviceType);
        QCOMPARE(peer->configMethods & methodsOf(m_listener.configMethods),
                 methodsOf(m_listener.configMethods));
        discovery->stop();
    }

    void aSearchingWpaSupplicantFindsUs_data() { ourFindListsTheListeningPeer_data(); }

    void aSearchingWpaSupplicantFindsUs()
    {
        P2p::Discovery *discovery = m_session.discovery();
        if (discovery->state() == P2p::Discovery::State::Idle) {
            discovery->listen(0);
            QTRY_COMPARE_WITH_TIMEOUT(discovery->state(), P2p::Discovery::State::Listen, hangGuardMs);
        }
        WpaMonitor peer(QStringLiteral("/run/lab/wpas-%1").arg(m_finder.ifname),
                        QStringLiteral("p2p-dev-%1").arg(m_finder.ifname));
        QVERIFY(peer.isRunning());
        peer.command(QStringLiteral("p2p_stop_find"));
        peer.command(QStringLiteral("p2p_flush"));
        peer.clear();
        QElapsedTimer timer;
        timer.start();
        peer.command(QStringLiteral("p2p_find type=social"));
        const QRegularExpression event(
            QStringLiteral("P2P-DEVICE-FOUND %1 .*name='%2'").arg(m_ourAddress, ourName));
        const QString line = peer.waitFor(event, hangGuardMs);
        QVERIFY2(!line.isEmpty(), qPrintable(QStringLiteral("no P2P-DEVICE-FOUND for us; wpa_cli said:\n") +
                                             peer.recentLines()));
        m_foundUsTimes.append(timer.elapsed());
        QVERIFY2(line.contains(QLatin1String("pri_dev_type=1-0050F204-1")), qPrintable(line));
        const QRegularExpression methods(QStringLiteral("config_methods=0x([0-9a-f]+)"));
        const auto match = methods.match(line);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1).toUInt(nullptr, 16) & 0x0088u, 0x0088u); // display, push button
        // Our probe responses to it went out with transmit callbacks: a cookie each, and the
        // kernel's TX status says the phone acknowledged at least one.
        const QString phone = m_finder.deviceAddress;
        QTRY_VERIFY_WITH_TIMEOUT(acknowledgedTo(phone), hangGuardMs);
    }

    void cleanupTestCase()
    {
        if (!m_findTimes.isEmpty()) {
            report("our find lists the listening wpa_supplicant", m_findTimes);
        }
        if (!m_foundUsTimes.isEmpty()) {
            report("a searching wpa_supplicant reports us", m_foundUsTimes);
        }
        // The scenario's searching peer searches again, as the scenario has it.
        WpaMonitor peer(QStringLiteral("/run/lab/wpas-%1").arg(m_finder.ifname),
                        QStringLiteral("p2p-dev-%1").arg(m_finder.ifname));
        peer.command(QStringLiteral("p2p_find type=social"));
        m_session.end();
    }

private:
    bool acknowledgedTo(const QString &address) const
    {
        const QList<P2p::SentFrame> &sent = m_session.port()->sentFrames();
        return std::any_of(sent.begin(), sent.end(), [&](const P2p::SentFrame &frame) {
            return frame.destination == address && frame.cookie &&
                   frame.state == P2p::SentFrame::State::Acknowledged &&
                   frame.description == QLatin1String("probe response");
        });
    }

    LabScenario m_lab;
    LabPeer m_listener;
    LabPeer m_finder;
    QString m_ourAddress;
    Backend m_backend;
    InterfaceManager m_interfaces{&m_backend};
    Scan::ScanController m_scans{&m_backend};
    P2p::P2pSession m_session{&m_backend, &m_interfaces, &m_scans};
    QList<qint64> m_findTimes;
    QList<qint64> m_foundUsTimes;
};

QTEST_GUILESS_MAIN(TestP2pInterop)
#include "tst_p2pinterop.moc"
