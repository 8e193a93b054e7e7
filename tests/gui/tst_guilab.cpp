// SPDX-License-Identifier: GPL-3.0-or-later
// End to end, inside the lab VM: the real helper with the real dbus-daemon and polkitd
// (tools/lab-guest/system-services), then the GUI as the unprivileged user airpane-allowed under
// its own Xvfb (guilabclient). The scenario's radios, interfaces, capabilities and P2P devices must
// appear on the pages, with events the test causes; every page is saved as a screenshot artefact.
// Then the helper is killed: the GUI must come back by itself, with a new session and the whole
// state (how fast is bench_recovery's figure, not this test's). Last, `airpane --screenshot` itself
// renders the lab as that user.
#include "support/command.h"
#include "support/iwscan.h"
#include "support/labscenario.h"
#include "support/wpamonitor.h"

#include "labuser.h"

#include "contract.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace Airpane;
using namespace Airpane::Lab;
using namespace Qt::StringLiterals;

namespace {

const QString outDir = QStringLiteral("/tmp/airpane-gui");
const QString monitorName = QStringLiteral("guimon0");

QStringList asUser(const QStringList &command)
{
    return asGuiUser(outDir, command);
}

QStringList xvfb(const QStringList &command)
{
    return underXvfb(command);
}

} // namespace

class TestGuiLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(LabScenario::insideLab(), "this test runs inside the lab VM");
        QString error;
        m_lab = LabScenario::ensure(QStringLiteral("demo"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString started = startGuiLab(outDir);
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void guiShowsTheLabAndRecovers()
    {
        // The GUI's log (the client's steps, with times) is an artefact too.
        m_gui.setStandardErrorFile(QStringLiteral(AIRPANE_ARTIFACTS_DIR "/lab-gui.log"));
        m_gui.start(QStringLiteral("runuser"),
                    asUser(xvfb({QStringLiteral(AIRPANE_GUI_CLIENT), outDir, monitorName})));
        QVERIFY(m_gui.waitForStarted());
        QVERIFY2(!waitFor(QStringLiteral("synchronized"), 60000).isEmpty(),
                 "see lab-gui.log in the artefacts");

        // Events for the log: a monitor interface comes, goes up, and goes, on Airpane's radio.
        const QString phy = m_lab.radios.first().phy;
        QVERIFY(runCommand(QStringLiteral("iw"),
                           {QStringLiteral("phy"), phy, QStringLiteral("interface"), QStringLiteral("add"),
                            monitorName, QStringLiteral("type"), QStringLiteral("monitor")})
                    .ok());
        runCommand(QStringLiteral("ip"),
                   {QStringLiteral("link"), QStringLiteral("set"), monitorName, QStringLiteral("up")});
        QTest::qWait(300);
        QVERIFY(runCommand(QStringLiteral("iw"), {QStringLiteral("dev"), monitorName, QStringLiteral("del")})
                    .ok());
        // One peer searches while the GUI discovers: Airpane's P2P device answers its probe requests,
        // and the Wi-Fi Direct page lists those frames with their acknowledgement.
        const LabPeer searcher = m_lab.peers.first();
        WpaMonitor peer(QStringLiteral("/run/lab/wpas-%1").arg(searcher.ifname),
                        QStringLiteral("p2p-dev-%1").arg(searcher.ifname));
        QVERIFY(peer.isRunning());
        peer.command(QStringLiteral("p2p_find type=social"));
        m_gui.write("go\n");
        const QJsonObject facts = waitFor(QStringLiteral("facts"), 90000)[u"facts"].toObject();
        // The scenario's peers listen: this one goes back to it.
        peer.command(QStringLiteral("p2p_stop_find"));
        peer.command(QStringLiteral("p2p_listen"));
        QVERIFY2(!facts.isEmpty(), "see lab-gui.log in the artefacts");
        checkFacts(facts);
        copyScreenshots();
        if (QTest::currentTestFailed()) {
            return;
        }

        // The helper dies; D-Bus activation brings a new one, which the GUI finds by itself.
        const uint helper = QDBusConnection::systemBus().interface()->servicePid(Contract::service).value();
        QVERIFY(helper > 1);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(helper), SIGKILL), 0);
        const qint64 killedAt = clock.msecsSinceReference(); // the GUI reports on the same clock
        // Live again (a new session, subscriptions restored), then the whole state, which travels as
        // the subscriptions' first deltas. The times are printed for the log; tests/bench/bench_recovery
        // measures them (30 s here is a hang guard, not a target).
        const QJsonObject live = waitFor(QStringLiteral("live"), 30000);
        const QJsonObject recovered = waitFor(QStringLiteral("recovered"), 30000);
        QVERIFY2(!live.isEmpty() && !recovered.isEmpty(), "see lab-gui.log in the artefacts");
        const qint64 liveAfter = live[u"live"].toInteger() - killedAt;
        const qint64 recoveredAfter = recovered[u"recovered"].toInteger() - killedAt;
        qInfo("the GUI was live again %lld ms after the kill, with the whole state after %lld ms",
              qlonglong(liveAfter), qlonglong(recoveredAfter));
        QVERIFY(m_gui.waitForFinished(30000));
        QCOMPARE(m_gui.exitCode(), 0);
        copyScreenshots();
        QVERIFY(QFile::exists(QStringLiteral(AIRPANE_ARTIFACTS_DIR "/lab-gui-after-restart.png")));
        QVERIFY(QDBusConnection::systemBus().interface()->servicePid(Contract::service).value() != helper);
        QVERIFY(recovered[u"reconnecting"].toBool());
    }

    // `airpane --screenshot` waits for the whole state and says what it captured. A scan first, with
    // the helper running (the Scan page's screenshot started it), so that its BSS table is full:
    // the Channels page's capture must show those BSSes and a recommendation per band, not
    // "No radio of this machine can use this band" (a newcomer's capture did).
    void screenshotCommandShowsTheLab()
    {
        const LabRadio free = m_lab.freeRadios().first();
        int networks = -1;
        for (const QString &page : {u"radios"_s, u"scan"_s, u"channels"_s}) {
            const QString file = outDir + QStringLiteral("/airpane-%1.png").arg(page);
            const CommandResult result =
                runCommand(QStringLiteral("runuser"),
                           asUser({QStringLiteral("env"), QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                                   QStringLiteral(AIRPANE_GUI_BINARY), QStringLiteral("--screenshot"), file,
                                   QStringLiteral("--page"), page}),
                           60000);
            QVERIFY2(result.ok(), result.err.constData());
            const QString report = QString::fromUtf8(result.out).trimmed();
            qInfo("%s", qPrintable(report));
            QVERIFY2(
                report.contains(u"page %1, state loaded, %2 radios"_s.arg(page).arg(m_lab.radios.size())),
                qPrintable(report));
            const QString artefact = QStringLiteral(AIRPANE_ARTIFACTS_DIR "/lab-airpane-%1.png").arg(page);
            QFile::remove(artefact);
            QVERIFY(QFile::copy(file, artefact));
            // The window keeps the size it was given whatever the page shows.
            QCOMPARE(QImage(file).size(), QSize(1280, 800));
            if (page == u"scan"_s) {
                // The helper runs now (it quits 30 s after its last session): fill its BSS table.
                // iwScan returns when the scan has ended (the helper refreshes on that event), and
                // tries again while the GUI's last live scan on the same radio still runs (EBUSY).
                runCommand(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), free.netdev,
                                                  QStringLiteral("up")});
                QString error;
                const QList<IwBss> heard = iwScan(free.netdev, {}, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
                qInfo("iw heard %lld networks on %s", qsizetype(heard.size()), qPrintable(free.netdev));
            }
            if (page == u"channels"_s) {
                const QRegularExpression counts(
                    uR"((\d+) networks; (\d+) on 2.4 GHz, (\d+) on 5 GHz, (\d+) on 6 GHz)"_s);
                const auto match = counts.match(report);
                QVERIFY2(match.hasMatch(), qPrintable(report));
                networks = match.captured(1).toInt();
                QVERIFY2(networks > 0, qPrintable(report));
                QCOMPARE(match.captured(2).toInt() + match.captured(3).toInt() + match.captured(4).toInt(),
                         networks);
                QVERIFY2(!report.contains(u"no radio"_s), qPrintable(report));
            }
        }
    }

    void cleanupTestCase()
    {
        if (m_gui.state() != QProcess::NotRunning) {
            m_gui.kill();
            m_gui.waitForFinished();
        }
    }

private:
    // Every page's screenshot, as artefacts.
    void copyScreenshots()
    {
        const QStringList shots = QDir(outDir).entryList({QStringLiteral("gui-*.png")});
        for (const char *page : {"radios", "capabilities", "capabilities-phy", "capabilities-combinations",
                                 "capabilities-ciphers", "capabilities-features", "wifi-direct",
                                 "wifi-direct-in-use", "events", "scan", "channels", "signal"}) {
            const QString name = QStringLiteral("gui-%1.png").arg(QLatin1String(page));
            QVERIFY2(shots.contains(name), qPrintable(name));
            const QImage image(outDir + QLatin1Char('/') + name);
            QCOMPARE(image.size(), QSize(1280, 800));
        }
        for (const QString &shot : shots) {
            const QString target = QStringLiteral(AIRPANE_ARTIFACTS_DIR "/lab-") + shot;
            QFile::remove(target);
            QVERIFY(QFile::copy(outDir + QLatin1Char('/') + shot, target));
        }
    }

    void checkFacts(const QJsonObject &facts)
    {
        QVERIFY(facts[u"lab"].toBool());
        // The demo's BSSes reached the Scan page, and GetBssDetails its element inspector.
        QVERIFY(facts[u"bssRows"].toInt() >= 4);
        QVERIFY(facts[u"inspectorElements"].toInt() >= 3);
        QCOMPARE(facts[u"connection"].toString(), QStringLiteral("Connected to the Airpane helper"));

        // Every radio of the scenario, each with its interfaces.
        QMap<QString, QJsonArray> interfaces;
        for (const QJsonValue &radio : facts[u"radios"].toArray()) {
            interfaces.insert(radio[u"name"].toString(), radio[u"interfaces"].toArray());
        }
        QCOMPARE(interfaces.size(), m_lab.radios.size());
        auto find = [&](const QString &phy, const QString &name) {
            for (const QJsonValue &interface : interfaces.value(phy)) {
                if (interface[u"name"].toString() == name) {
                    return interface.toObject();
                }
            }
            return QJsonObject();
        };
        for (const LabRadio &radio : std::as_const(m_lab.radios)) {
            QVERIFY2(interfaces.contains(radio.phy), qPrintable(radio.phy));
            QVERIFY2(!find(radio.phy, radio.netdev).isEmpty(), qPrintable(radio.netdev));
        }
        for (const LabAccessPoint &ap : std::as_const(m_lab.accessPoints)) {
            const QJsonObject shown = find(m_lab.radios[ap.radio].phy, ap.ifname);
            QCOMPARE(shown[u"type"].toString(), QStringLiteral("Access point"));
            QCOMPARE(shown[u"ssid"].toString(), ap.ssid);
            QVERIFY2(shown[u"channel"].toString().contains(QString::number(ap.frequency)),
                     qPrintable(ap.ssid));
        }
        for (const LabPeer &peer : std::as_const(m_lab.peers)) {
            const QString phy = m_lab.radios[peer.radio].phy;
            bool device = false;
            for (const QJsonValue &interface : interfaces.value(phy)) {
                device |= interface[u"type"].toString() == QLatin1String("P2P device");
            }
            QVERIFY2(device, qPrintable(phy));
            QCOMPARE(facts[u"p2p"][phy].toString(), QStringLiteral("In use by another program"));
        }
        QCOMPARE(facts[u"p2p"][m_lab.radios.first().phy].toString(), QStringLiteral("Available"));
        QVERIFY(
            facts[u"p2pFindings"].toArray().contains(QStringLiteral("Another program owns the P2P device")));

        // Discovery from Airpane's own P2P device finds every peer of the scenario, described.
        QMap<QString, QJsonObject> peers;
        for (const QJsonValue &peer : facts[u"peers"].toArray()) {
            peers.insert(peer[u"address"].toString().toLower(), peer.toObject());
        }
        for (const LabPeer &peer : std::as_const(m_lab.peers)) {
            const QJsonObject shown = peers.value(peer.deviceAddress.toLower());
            QVERIFY2(!shown.isEmpty(),
                     qPrintable(peer.deviceName + QStringLiteral(" not among ") +
                                QString::fromUtf8(QJsonDocument(facts[u"peers"].toArray()).toJson())));
            QCOMPARE(shown[u"name"].toString(), peer.deviceName);
            QVERIFY2(!shown[u"type"].toString().isEmpty(), qPrintable(peer.deviceName));
            QVERIFY2(!shown[u"methods"].toString().isEmpty(), qPrintable(peer.deviceName));
        }
        QCOMPARE(facts[u"ownP2p"][u"verdict"].toString(), QStringLiteral("Used by Airpane"));
        QVERIFY2(facts[u"ownP2p"][u"framesAcknowledged"].toInt() >= 1, "no acknowledged frame on the page");
        QVERIFY(facts[u"ownP2p"][u"framesSent"].toInt() >= facts[u"ownP2p"][u"framesAcknowledged"].toInt());

        // The interface dialog: a monitor offered and allowed by the pre-check, created, shown, deleted.
        const QJsonObject dialog = facts[u"interfaceDialog"].toObject();
        QVERIFY(dialog[u"offered"].toArray().contains(QStringLiteral("monitor")));
        QVERIFY(!dialog[u"offered"].toArray().contains(QStringLiteral("wds")));
        QVERIFY2(dialog[u"allowed"].toBool(), qPrintable(dialog[u"verdict"].toString()));
        QVERIFY(dialog[u"created"].toBool());
        QVERIFY(dialog[u"shown"].toBool());
        QCOMPARE(dialog[u"details"].toString(),
                 monitorName + QStringLiteral("d on ") + m_lab.radios.first().phy);
        QVERIFY(dialog[u"deleted"].toBool());

        // Capabilities: mac80211_hwsim's bands, decoded standards, combinations and ciphers.
        const QJsonObject caps = facts[u"capabilities"].toObject();
        QCOMPARE(caps[u"channels"][u"2.4GHz"].toInt(), 11); // US: channels 12 to 14 are disabled, hidden
        QVERIFY(caps[u"channels"][u"5GHz"].toInt() >= 20);
        QVERIFY(caps[u"channels"][u"6GHz"].toInt() >= 1);
        const QStringList sections = caps[u"phySections"].toVariant().toStringList();
        for (const char *standard : {"HT (Wi-Fi 4)", "VHT (Wi-Fi 5)", "HE (Wi-Fi 6)", "EHT (Wi-Fi 7)"}) {
            QVERIFY2(!sections.filter(QLatin1String(standard)).isEmpty(), standard);
        }
        QVERIFY2(caps[u"combinationAnswer"].toString().startsWith(QStringLiteral("Yes.")),
                 qPrintable(caps[u"combinationAnswer"].toString()));
        QVERIFY(caps[u"ciphers"].toInt() >= 4);
        QVERIFY(caps[u"featureSections"].toInt() >= 4);

        // The events the test caused.
        const QStringList events = facts[u"events"].toVariant().toStringList();
        QVERIFY2(events.contains(QStringLiteral("new_interface ") + monitorName),
                 qPrintable(events.join(u'\n')));
        QVERIFY(events.contains(QStringLiteral("del_interface ") + monitorName));

        // polkit grants airpane-allowed everything: KAuth says so, and nothing is locked.
        for (const QString &action :
             {Contract::Action::monitor, Contract::Action::interfaces, Contract::Action::p2p}) {
            QCOMPARE(facts[u"authorizations"][action].toString(), QStringLiteral("Granted"));
        }
        QCOMPARE(facts[u"locked"].toArray().size(), 0);
    }

    // The GUI's next output line with KEY; empty on timeout.
    QJsonObject waitFor(const QString &key, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (m_gui.canReadLine()) {
                const QJsonObject line = QJsonDocument::fromJson(m_gui.readLine()).object();
                if (line.contains(key)) {
                    return line;
                }
            }
            if (m_gui.state() == QProcess::NotRunning) {
                return {};
            }
            m_gui.waitForReadyRead(50);
        }
        return {};
    }

    LabScenario m_lab;
    QProcess m_gui;
};

QTEST_GUILESS_MAIN(TestGuiLab)
#include "tst_guilab.moc"
