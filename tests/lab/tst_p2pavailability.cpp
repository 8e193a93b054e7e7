// SPDX-License-Identifier: GPL-3.0-or-later
// "Why P2P is unavailable" for every cause the lab can produce: wpa_supplicant runs the radio's P2P
// device, rfkill soft block, a radio without the P2P-device type, no room for another P2P device.
// (hwsim has no hardware switch, so a hard block is covered by the unit test only.)
#include "support/command.h"
#include "support/labscenario.h"

#include "core/backend.h"
#include "core/interfacemanager.h"
#include "p2p/diagnostics.h"
#include "p2p/p2psession.h"
#include "scan/scancontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

using namespace Airpane;
using namespace Airpane::Lab;

namespace {

QStringList keysOf(const P2p::Diagnosis &diagnosis)
{
    QStringList keys;
    for (const P2p::Problem &problem : diagnosis.problems) {
        keys.append(problem.key);
    }
    return keys;
}

bool setSoftBlock(const QString &phy, bool blocked)
{
    const QDir dir(QStringLiteral("/sys/class/ieee80211/%1").arg(phy));
    const QStringList switches = dir.entryList({QStringLiteral("rfkill*")}, QDir::Dirs);
    for (const QString &entry : switches) {
        QFile soft(dir.filePath(entry + QStringLiteral("/soft")));
        if (!soft.open(QIODevice::WriteOnly) || soft.write(blocked ? "1" : "0") != 1) {
            return false;
        }
    }
    return !switches.isEmpty();
}

} // namespace

class TestP2pAvailability : public QObject
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
        m_free = m_lab.freeRadios().first().phy;
        for (const LabRadio &radio : std::as_const(m_lab.radios)) {
            if (radio.number == m_lab.peers.first().radio) {
                m_peerRadio = radio.phy;
            }
        }
        QVERIFY(!m_free.isEmpty() && !m_peerRadio.isEmpty());
    }

    void aFreeRadioIsAvailable()
    {
        const P2p::Diagnosis diagnosis = diagnose(m_free);
        QVERIFY2(diagnosis.available, qPrintable(keysOf(diagnosis).join(QLatin1Char(' '))));
        QVERIFY(diagnosis.problems.isEmpty());
    }

    void wpaSupplicantOwnsThePeerRadiosP2pDevice()
    {
        const P2p::Diagnosis diagnosis = diagnose(m_peerRadio);
        QCOMPARE(keysOf(diagnosis), QStringList{QStringLiteral("owned-by-other")});
        // The wdev named is the one `iw dev` lists as that radio's P2P-device.
        const CommandResult iw = runCommand(QStringLiteral("iw"), {QStringLiteral("dev")});
        QVERIFY(iw.ok());
        const QString message = diagnosis.problems.first().message;
        const QRegularExpression wdev(QStringLiteral("wdev (0x[0-9a-f]+)"));
        const auto match = wdev.match(message);
        QVERIFY2(match.hasMatch(), qPrintable(message));
        QVERIFY2(iw.out.contains(QStringLiteral("wdev %1\n").arg(match.captured(1)).toUtf8()),
                 iw.out.constData());
        QVERIFY(message.contains(QLatin1String("wpa_supplicant")));
    }

    void theCommandLineSaysTheSame()
    {
        const CommandResult cli =
            runCommand(QStringLiteral(AIRPANE_CLI), {QStringLiteral("--json"), QStringLiteral("p2p"),
                                                     QStringLiteral("diagnose"), m_peerRadio});
        QVERIFY2(cli.ok(), cli.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(cli.out).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject object = array.first().toObject();
        QCOMPARE(object.value(QLatin1String("available")).toBool(true), false);
        const QJsonObject problem = object.value(QLatin1String("problems")).toArray().first().toObject();
        QCOMPARE(problem.value(QLatin1String("key")).toString(), QStringLiteral("owned-by-other"));
        QVERIFY(!problem.value(QLatin1String("remedy")).toString().isEmpty());
    }

    void aSoftBlockedRadio()
    {
        QVERIFY(setSoftBlock(m_free, true));
        const auto unblock = qScopeGuard([this] { setSoftBlock(m_free, false); });
        const P2p::Diagnosis diagnosis = diagnose(m_free);
        QCOMPARE(keysOf(diagnosis), QStringList{QStringLiteral("rfkill-soft")});
        // Starting anyway fails with the kernel's reason, and leaves no P2P device behind.
        const QString error = startSession(m_free);
        QVERIFY2(error.contains(QLatin1String("RF-kill"), Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!hasP2pDevice(m_free));
    }

    void aRadioWithoutTheP2pDeviceType()
    {
        const QString name = QStringLiteral("nop2p");
        const QStringList tool{LabScenario::scenarioTool(), QStringLiteral("hwsim")};
        const CommandResult added =
            runCommand(QStringLiteral("python3"), tool + QStringList{QStringLiteral("new"), name});
        QVERIFY2(added.ok(), added.err.constData());
        const auto remove = qScopeGuard(
            [&] { runCommand(QStringLiteral("python3"), tool + QStringList{QStringLiteral("del"), name}); });
        QTRY_VERIFY_WITH_TIMEOUT(m_backend.radioByName(name).has_value(), 30000); // hang guard
        const P2p::Diagnosis diagnosis = diagnose(name);
        QCOMPARE(keysOf(diagnosis), QStringList{QStringLiteral("no-p2p-device-type")});
        QVERIFY(diagnosis.problems.first().message.contains(name));
    }

    void noRoomBesideOurOwnP2pDevice()
    {
        const QString error = startSession(m_free);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto end = qScopeGuard([this] { m_session.end(); });
        const auto radio = m_backend.radioByName(m_free);
        QVERIFY(radio);
        // As we run it, there is no room for one more; to any other program, we own it.
        const P2p::Diagnosis ours = P2p::diagnoseRadio(m_backend, m_interfaces, *radio, {m_session.wdev()});
        QCOMPARE(keysOf(ours), QStringList{QStringLiteral("no-room")});
        QVERIFY2(ours.problems.first().message.contains(QLatin1String("allows 1 P2P-device")),
                 qPrintable(ours.problems.first().message));
        QCOMPARE(keysOf(diagnose(m_free)), QStringList{QStringLiteral("owned-by-other")});
    }

private:
    P2p::Diagnosis diagnose(const QString &phy)
    {
        const auto radio = m_backend.radioByName(phy);
        return radio ? P2p::diagnoseRadio(m_backend, m_interfaces, *radio) : P2p::Diagnosis{};
    }

    QString startSession(const QString &phy)
    {
        const auto radio = m_backend.radioByName(phy);
        if (!radio) {
            return QStringLiteral("no radio %1").arg(phy);
        }
        P2p::LocalDevice device;
        device.name = QStringLiteral("Airpane Diagnostics");
        device.configMethods = P2p::ConfigMethod::PushButton;
        bool done = false;
        QString error;
        m_session.start(radio->index, device, [&](const QString &result) {
            error = result;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000)) {
            return QStringLiteral("the session did not start within 20 s");
        }
        return error;
    }

    bool hasP2pDevice(const QString &phy) const
    {
        const auto radio = m_backend.radioByName(phy);
        const QList<Interface> interfaces = m_backend.interfaces();
        return std::any_of(interfaces.begin(), interfaces.end(), [&](const Interface &interface) {
            return radio && interface.radio == radio->index && interface.type == InterfaceType::P2pDevice;
        });
    }

    LabScenario m_lab;
    QString m_free;
    QString m_peerRadio;
    Backend m_backend;
    InterfaceManager m_interfaces{&m_backend};
    Scan::ScanController m_scans{&m_backend};
    P2p::P2pSession m_session{&m_backend, &m_interfaces, &m_scans};
};

QTEST_GUILESS_MAIN(TestP2pAvailability)
#include "tst_p2pavailability.moc"
