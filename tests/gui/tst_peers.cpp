// SPDX-License-Identifier: GPL-3.0-or-later
// Wi-Fi Direct in the front end: the peers the lab's demo scenario answered with (recorded with
// `airpane-cli p2p peers --json`), through the client's conversion, WifiDirectState and PeerModel
// under QAbstractItemModelTester, with exact counts of structural signals; and the P2P status of a
// radio whose P2P device is Airpane's own.
#include "client/clientstate.h"
#include "client/jsonconversion.h"
#include "client/wifidirectstate.h"
#include "decode/peernames.h"
#include "models/p2pstatusmodel.h"
#include "models/peermodel.h"
#include "modelspies.h"
#include "recordedstate.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Airpane;
using Airpane::Test::Spies;

class TestPeers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const QJsonObject &object :
             Test::readJson(QStringLiteral("demo"), QStringLiteral("peers.json"))) {
            m_peers.append(Client::peerFromJson(Test::overDbus(object)));
        }
        QVERIFY(m_peers.size() >= 2);
    }

    void recordedPeers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("icon");
        QTest::addColumn<QString>("method");
        QTest::newRow("tv") << QStringLiteral("Living Room TV") << QStringLiteral("Display")
                            << QStringLiteral("peer-display") << QStringLiteral("push_button");
        QTest::newRow("printer") << QStringLiteral("Office Printer") << QStringLiteral("Printer or scanner")
                                 << QStringLiteral("peer-printer") << QStringLiteral("keypad");
    }
    void recordedPeers()
    {
        QFETCH(QString, name);
        QFETCH(QString, category);
        QFETCH(QString, icon);
        QFETCH(QString, method);
        const auto found = std::find_if(m_peers.begin(), m_peers.end(),
                                        [&](const Client::Peer &peer) { return peer.name == name; });
        QVERIFY2(found != m_peers.end(), qPrintable(name));
        QCOMPARE(PeerNames::categoryName(PeerNames::category(found->primaryType)), category);
        QCOMPARE(PeerNames::categoryIcon(PeerNames::category(found->primaryType)), icon);
        QVERIFY(found->configMethods.contains(method));
        QVERIFY(found->lastSeen.isValid());
        QVERIFY(found->lastSeen >= found->firstSeen);
        QCOMPARE(found->address.size(), 17);
        // The details leave out what the peer did not say, and never show an empty value.
        const auto details = PeerNames::details(*found);
        QVERIFY(std::any_of(details.begin(), details.end(),
                            [&](const auto &row) { return row.second == found->address; }));
        QVERIFY(std::none_of(details.begin(), details.end(),
                             [](const auto &row) { return row.second.isEmpty(); }));
    }

    void capabilityBits_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<QStringList>("device");
        QTest::addColumn<QStringList>("group");
        QTest::newRow("none") << 0 << QStringList() << QStringList();
        QTest::newRow("sd+go") << 0x01 << QStringList{QStringLiteral("service discovery")}
                               << QStringList{QStringLiteral("group owner")};
        QTest::newRow("concurrent+persistent")
            << 0x06
            << QStringList{QStringLiteral("client discoverability"), QStringLiteral("concurrent operation")}
            << QStringList{QStringLiteral("persistent group"), QStringLiteral("group limit reached")};
    }
    void capabilityBits()
    {
        QFETCH(int, bits);
        QFETCH(QStringList, device);
        QFETCH(QStringList, group);
        QCOMPARE(PeerNames::deviceCapabilities(bits), device);
        QCOMPARE(PeerNames::groupCapabilities(bits), group);
    }

    void peerModelFollowsTheState()
    {
        WifiDirectState state;
        PeerModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        state.updatePeers(m_peers, {});
        QCOMPARE(spies.inserted.size(), m_peers.size());
        QCOMPARE(spies.structural(), int(m_peers.size()));
        QCOMPARE(model.rowCount(), m_peers.size());
        const int row = model.rowOf(m_peers.first().address);
        QCOMPARE(model.index(row, PeerModel::Name).data().toString(), m_peers.first().displayName());
        QCOMPARE(model.index(row, PeerModel::Address).data(PeerModel::AddressRole).toString(),
                 m_peers.first().address);

        // The same peers again: nothing to say. One heard louder: one row changes.
        spies.clear();
        state.updatePeers(m_peers, {});
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 0);
        Client::Peer louder = m_peers.first();
        louder.signalDbm = -20;
        state.updatePeers({louder}, {});
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(model.index(row, PeerModel::Signal).data().toString(), QStringLiteral("-20 dBm"));
        QCOMPARE(model.index(row, PeerModel::Signal).data(PeerModel::SortRole).toInt(), -20);

        // One expires; then a new session starts without peers.
        spies.clear();
        state.updatePeers({}, {m_peers.first().address});
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.rowOf(m_peers.first().address), -1);
        spies.clear();
        state.reset();
        QCOMPARE(spies.removed.size(), m_peers.size() - 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!state.device());
        QCOMPARE(state.state(), Client::P2pState::None);
    }

    void ownDeviceIsNoObstacle()
    {
        ClientState state;
        Test::feed(&state, Test::load());
        P2pStatusModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Client::Interface device;
        device.wdev = QStringLiteral("0x3");
        device.type = QStringLiteral("p2p-device");
        device.mac = QStringLiteral("42:00:00:00:00:00");
        state.updateInterfaces({device}, {});
        auto verdict = [&] {
            return P2pDiagnosis::Verdict(model.index(0, 0).data(P2pStatusModel::VerdictRole).toInt());
        };
        QCOMPARE(verdict(), P2pDiagnosis::Verdict::InUse);

        // Airpane's own: every row may change (one dataChanged over the table), none moves.
        Spies spies(&model);
        QSignalSpy stateChanged(state.wifiDirect(), &WifiDirectState::stateChanged);
        state.wifiDirect()->setDevice(Client::P2pDevice{0, device.wdev, device.mac});
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(stateChanged.size(), 1);
        QCOMPARE(state.wifiDirect()->state(), Client::P2pState::Idle);
        QCOMPARE(verdict(), P2pDiagnosis::Verdict::Running);
        QCOMPARE(model.index(0, P2pStatusModel::Device).data().toString(), QStringLiteral("Airpane's (0x3)"));
        state.wifiDirect()->setDevice(std::nullopt);
        QCOMPARE(verdict(), P2pDiagnosis::Verdict::InUse);
        QCOMPARE(state.wifiDirect()->state(), Client::P2pState::None);
    }

private:
    QList<Client::Peer> m_peers;
};

QTEST_MAIN(TestPeers)
#include "tst_peers.moc"
