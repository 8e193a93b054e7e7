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
#include "models/sentframemodel.h"
#include "modelspies.h"
#include "recordedstate.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

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

    // The helper's FramesSent, as JSON.md describes a sent frame, into the client's struct.
    void sentFrameFromJson()
    {
        const QJsonObject object{
            {QStringLiteral("id"), 7},
            {QStringLiteral("cookie"), QStringLiteral("0x1f")},
            {QStringLiteral("description"), QStringLiteral("probe response")},
            {QStringLiteral("destination"), QStringLiteral("02:00:00:00:04:00")},
            {QStringLiteral("frequency"), 2437},
            {QStringLiteral("sent"), QStringLiteral("2026-11-21T10:00:00.250Z")},
            {QStringLiteral("status"), QStringLiteral("not-acknowledged")},
            {QStringLiteral("statusAfterMs"), 12},
            {QStringLiteral("error"), QJsonValue()},
        };
        const Client::SentFrame frame = Client::sentFrameFromJson(Test::overDbus(object));
        QCOMPARE(frame.id, 7);
        QCOMPARE(frame.description, QStringLiteral("probe response"));
        QCOMPARE(frame.destination, QStringLiteral("02:00:00:00:04:00"));
        QCOMPARE(frame.frequency, 2437);
        QCOMPARE(frame.sent, QDateTime(QDate(2026, 11, 21), QTime(10, 0, 0, 250), QTimeZone::UTC));
        QCOMPARE(frame.status, Client::SentFrame::Status::NotAcknowledged);
        QCOMPARE(frame.statusAfterMs, 12);
        QVERIFY(frame.error.isEmpty());
        QJsonObject failed = object;
        failed[QStringLiteral("status")] = QStringLiteral("failed");
        failed[QStringLiteral("statusAfterMs")] = QJsonValue();
        failed[QStringLiteral("error")] = QStringLiteral("Operation not supported");
        const Client::SentFrame refused = Client::sentFrameFromJson(Test::overDbus(failed));
        QCOMPARE(refused.status, Client::SentFrame::Status::Failed);
        QVERIFY(!refused.statusAfterMs);
        QCOMPARE(SentFrameModel::statusText(refused), QStringLiteral("Not sent: Operation not supported"));
    }

    // Frames come in batches; the model keeps the state's bound, dropping the oldest rows first.
    void sentFramesAreBounded()
    {
        WifiDirectState state;
        SentFrameModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        auto batch = [](int first, int count) {
            QList<Client::SentFrame> frames;
            for (int i = 0; i < count; ++i) {
                Client::SentFrame frame;
                frame.id = first + i;
                frame.description = QStringLiteral("probe response");
                frame.frequency = 2412;
                frame.status = i % 3 == 0 ? Client::SentFrame::Status::NotAcknowledged
                                          : Client::SentFrame::Status::Acknowledged;
                frame.statusAfterMs = 3;
                frames.append(frame);
            }
            return frames;
        };
        state.addSentFrames(batch(0, 300));
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.acknowledgedCount(), 200);
        QCOMPARE(model.index(0, SentFrameModel::Channel).data().toString(), QStringLiteral("1 (2412 MHz)"));
        QCOMPARE(model.index(0, SentFrameModel::Status).data().toString(),
                 QStringLiteral("Not acknowledged"));
        QCOMPARE(model.index(1, SentFrameModel::After).data().toString(), QStringLiteral("3 ms"));

        // 300 more: the oldest 100 go first (one removal), then one insertion.
        spies.clear();
        state.addSentFrames(batch(300, 300));
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.structural(), 2);
        QCOMPARE(model.rowCount(), WifiDirectState::maxSentFrames);
        QCOMPARE(state.sentFrames().size(), WifiDirectState::maxSentFrames);
        QCOMPARE(state.sentFrames().first().id, 100);
        QCOMPARE(model.index(0, SentFrameModel::Status).data(SentFrameModel::StatusRole).toInt(),
                 int(state.sentFrames().first().status));

        // A batch larger than the bound: only its newest are kept; a new session keeps the log.
        spies.clear();
        state.addSentFrames(batch(600, 700));
        QCOMPARE(spies.structural(), 2);
        QCOMPARE(model.rowCount(), WifiDirectState::maxSentFrames);
        QCOMPARE(state.sentFrames().first().id, 800);
        state.reset();
        QCOMPARE(model.rowCount(), WifiDirectState::maxSentFrames);
        state.addSentFrames({});
        QCOMPARE(spies.structural(), 2);
    }

    // The helper's diagnosis reaches the status model: its rows change, nothing moves.
    void helperDiagnosisReachesTheStatus()
    {
        ClientState state;
        Test::feed(&state, Test::load());
        P2pStatusModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        const uint radio = model.index(0, 0).data(P2pStatusModel::RadioRole).toUInt();
        state.wifiDirect()->setAvailability({Client::P2pAvailability{
            radio,
            false,
            {{QStringLiteral("rfkill-hard"), QStringLiteral("Blocked."), QString(), std::nullopt}}}});
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(P2pDiagnosis::Verdict(model.index(0, 0).data(P2pStatusModel::VerdictRole).toInt()),
                 P2pDiagnosis::Verdict::Unavailable);
        // The same answer again: nothing to say.
        state.wifiDirect()->setAvailability({*state.wifiDirect()->availability(radio)});
        QCOMPARE(spies.changed.size(), 1);
    }

private:
    QList<Client::Peer> m_peers;
};

QTEST_MAIN(TestPeers)
#include "tst_peers.moc"
