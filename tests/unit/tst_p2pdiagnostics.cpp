// SPDX-License-Identifier: GPL-3.0-or-later
// "Why P2P is unavailable": each cause alone names itself, causes add up, and the pre-check's
// "no room" speaks only when nothing more specific explains it.
#include "p2p/diagnostics.h"

#include <QTest>

using namespace Airpane;

namespace {

enum Situation : int {
    Free = 0,
    NoP2pType = 1,
    OtherP2pDevice = 2,
    OurP2pDevice = 4,
    SoftBlocked = 8,
    HardBlocked = 16,
    NoRoom = 32,
};

Radio radio(bool p2p)
{
    Radio radio;
    radio.index = 3;
    radio.name = QStringLiteral("phy3");
    radio.interfaceTypes = {InterfaceType::Station, InterfaceType::AccessPoint};
    if (p2p) {
        radio.interfaceTypes.append(InterfaceType::P2pDevice);
    }
    return radio;
}

Interface p2pDevice(std::uint64_t wdev, std::uint32_t radio)
{
    Interface interface;
    interface.wdev = wdev;
    interface.radio = radio;
    interface.type = InterfaceType::P2pDevice;
    return interface;
}

} // namespace

class TestP2pDiagnostics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void causes_data()
    {
        QTest::addColumn<int>("situation");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("available") << int(Free) << QStringList() << QString();
        QTest::newRow("our own P2P device is no problem") << int(OurP2pDevice) << QStringList() << QString();
        QTest::newRow("no P2P-device type")
            << int(NoP2pType) << QStringList{QStringLiteral("no-p2p-device-type")}
            << QStringLiteral("no P2P-device interface type");
        QTest::newRow("wpa_supplicant runs it")
            << int(OtherP2pDevice) << QStringList{QStringLiteral("owned-by-other")}
            << QStringLiteral("wdev 0x7");
        QTest::newRow("soft blocked") << int(SoftBlocked) << QStringList{QStringLiteral("rfkill-soft")}
                                      << QStringLiteral("airplane mode");
        QTest::newRow("hard block outranks soft")
            << int(SoftBlocked | HardBlocked) << QStringList{QStringLiteral("rfkill-hard")}
            << QStringLiteral("hardware switch");
        QTest::newRow("no room") << int(NoRoom) << QStringList{QStringLiteral("no-room")}
                                 << QStringLiteral("allows 1 P2P-device");
        // The P2P device another program runs is why there is no room: one cause, not two.
        QTest::newRow("no room because another program runs one")
            << int(OtherP2pDevice | NoRoom) << QStringList{QStringLiteral("owned-by-other")}
            << QStringLiteral("wpa_supplicant");
        QTest::newRow("several causes")
            << int(NoP2pType | SoftBlocked)
            << QStringList{QStringLiteral("no-p2p-device-type"), QStringLiteral("rfkill-soft")}
            << QStringLiteral("driver");
    }

    void causes()
    {
        QFETCH(int, situation);
        QFETCH(QStringList, keys);
        QFETCH(QString, inMessage);
        QList<Interface> interfaces{p2pDevice(0x99, 4)}; // another radio's is not this radio's problem
        QSet<std::uint64_t> ours;
        if (situation & OtherP2pDevice) {
            interfaces.append(p2pDevice(0x7, 3));
        }
        if (situation & OurP2pDevice) {
            interfaces.append(p2pDevice(0x8, 3));
            ours.insert(0x8);
        }
        P2p::RfkillState rfkill;
        rfkill.soft = situation & SoftBlocked;
        rfkill.hard = situation & HardBlocked;
        InterfaceVerdict verdict;
        if (situation & NoRoom) {
            verdict.refuse(QStringLiteral("this radio allows 1 P2P-device and already has one (wdev 0x7)"));
        }

        const P2p::Diagnosis diagnosis =
            P2p::diagnose(radio(!(situation & NoP2pType)), interfaces, rfkill, ours, verdict);

        QCOMPARE(diagnosis.radio, 3u);
        QCOMPARE(diagnosis.radioName, QStringLiteral("phy3"));
        QCOMPARE(diagnosis.available, keys.isEmpty());
        QStringList found;
        for (const P2p::Problem &problem : diagnosis.problems) {
            found.append(problem.key);
            QVERIFY2(!problem.message.isEmpty() && !problem.remedy.isEmpty(), qPrintable(problem.key));
        }
        QCOMPARE(found, keys);
        if (!keys.isEmpty()) {
            QVERIFY2(diagnosis.problems.first().message.contains(inMessage),
                     qPrintable(diagnosis.problems.first().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestP2pDiagnostics)
#include "tst_p2pdiagnostics.moc"
