// SPDX-License-Identifier: GPL-3.0-or-later
// Every model of the front end under QAbstractItemModelTester, fed with what the lab recorded and
// then with deltas as the helper sends them; QSignalSpy counts prove that each delta gives exactly
// its own structural signals (no resets where an insertion, removal or change will do).
#include "recordedstate.h"

#include "client/clientstate.h"
#include "models/capabilitytreemodel.h"
#include "models/channelfiltermodel.h"
#include "models/channelmodel.h"
#include "models/combinationmatrixmodel.h"
#include "models/eventfiltermodel.h"
#include "models/eventmodel.h"
#include "models/p2pstatusmodel.h"
#include "models/radiolistmodel.h"
#include "models/radiotreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "modelspies.h"

using namespace Airpane;
using Airpane::Test::Spies;

namespace {

Client::Interface monitor(uint radio, const QString &wdev, const QString &name)
{
    Client::Interface interface;
    interface.wdev = wdev;
    interface.radio = radio;
    interface.ifindex = 40;
    interface.name = name;
    interface.type = QStringLiteral("monitor");
    interface.mac = QStringLiteral("02:00:00:00:00:40");
    interface.up = false;
    return interface;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_recorded = Test::load(); }

    void init()
    {
        m_state = std::make_unique<ClientState>();
        Test::feed(m_state.get(), m_recorded);
    }

    void stateSignalsOnlyWhatChanged()
    {
        ClientState state;
        QSignalSpy added(&state, &ClientState::radioAdded);
        QSignalSpy changed(&state, &ClientState::radioChanged);
        QSignalSpy removed(&state, &ClientState::radioRemoved);
        QSignalSpy interfaces(&state, &ClientState::interfaceAdded);
        Test::feed(&state, m_recorded);
        QCOMPARE(added.size(), 7);
        QCOMPARE(interfaces.size(), 11);
        // The same snapshot again, as after a reconnection: nothing to say.
        Test::feed(&state, m_recorded);
        QCOMPARE(added.size(), 7);
        QCOMPARE(changed.size(), 0);
        // A snapshot without phy6: it is removed, with its interfaces.
        QList<Client::Radio> fewer = m_recorded.radios.mid(0, 6);
        QSignalSpy interfaceRemoved(&state, &ClientState::interfaceRemoved);
        state.resetRadios(fewer);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toUInt(), 6u);
        QList<Client::Interface> remaining;
        for (const Client::Interface &interface : m_recorded.interfaces) {
            if (interface.radio != 6) {
                remaining.append(interface);
            }
        }
        state.resetInterfaces(remaining);
        QCOMPARE(interfaceRemoved.size(), 2);
        QCOMPARE(state.interfacesOf(6).size(), 0);
        QCOMPARE(state.radioName(6), QStringLiteral("#6"));
    }

    void radioTree()
    {
        RadioTreeModel model(m_state.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowCount(model.radioIndex(1)), 2);
        QCOMPARE(model.index(0, RadioTreeModel::Name, model.radioIndex(1)).data().toString(),
                 QStringLiteral("wlan1"));
        // P2P devices, which have no name, come after the named interfaces.
        QCOMPARE(model.index(1, RadioTreeModel::Type, model.radioIndex(4)).data().toString(),
                 QStringLiteral("P2P device"));
        Spies spies(&model);

        // An interface comes: one insertion under its radio, and the radio's summary changes.
        m_state->updateInterfaces({monitor(0, QStringLiteral("0x2"), QStringLiteral("mon0"))}, {});
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(0).value<QModelIndex>(), model.radioIndex(0));
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.rowCount(model.radioIndex(0)), 2);

        // It changes: data only.
        spies.clear();
        Client::Interface up = monitor(0, QStringLiteral("0x2"), QStringLiteral("mon0"));
        up.up = true;
        m_state->updateInterfaces({up}, {});
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);

        // It is renamed past wlan0: one move.
        spies.clear();
        up.name = QStringLiteral("zmon");
        m_state->updateInterfaces({up}, {});
        QCOMPARE(spies.moved.size(), 1);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.index(1, 0, model.radioIndex(0)).data().toString(), QStringLiteral("zmon"));

        // It goes: one removal.
        spies.clear();
        m_state->updateInterfaces({}, {QStringLiteral("0x2")});
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.structural(), 1);

        // A radio goes, then comes back: one removal, one insertion, at its place.
        spies.clear();
        const Client::Radio phy3 = *m_state->radio(3);
        m_state->updateRadios({}, {3});
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(model.rowCount(), 6);
        m_state->updateRadios({phy3}, {});
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 3);
        QCOMPARE(spies.structural(), 2);
        QCOMPARE(model.rowCount(model.radioIndex(3)), 1);

        // A radio changes: data only.
        spies.clear();
        Client::Radio changed = phy3;
        changed.maxScanSsids = 99;
        m_state->updateRadios({changed}, {});
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);
    }

    void eventsAreBounded()
    {
        EventModel model(m_state.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(30);
        Spies spies(&model);
        m_state->addEvents(m_recorded.events); // 21
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(spies.inserted.size(), 1);
        m_state->addEvents(m_recorded.events); // 42 > 30: the 12 oldest go first
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.removed.first().at(1).toInt(), 0);
        QCOMPARE(spies.removed.first().at(2).toInt(), 11);
        QCOMPARE(model.dropped(), 12);
        QCOMPARE(model.index(29, EventModel::Command).data().toString(), QStringLiteral("remain_on_channel"));
        QCOMPARE(spies.reset.size(), 0);

        EventFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setKind(QStringLiteral("interface"));
        // Both batches': the first lost only its 12 oldest events, which came before them.
        QCOMPARE(filter.rowCount(), 4);
        filter.setKind(QString());
        filter.setRadio(0);
        QCOMPARE(filter.index(0, EventModel::Radio).data().toString(), QStringLiteral("phy0"));
        filter.setRadio(std::nullopt);
        filter.setText(QStringLiteral("mon7 created"));
        QCOMPARE(filter.rowCount(), 2); // once per batch
        model.clear();
        QCOMPARE(filter.rowCount(), 0);
    }

    void channelsFollowTheirRadio()
    {
        ChannelModel model(m_state.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        model.setBand(0, QStringLiteral("5GHz"));
        QCOMPARE(spies.reset.size(), 1);
        const int all = model.rowCount();
        QVERIFY(all >= 30);
        ChannelFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int enabled = filter.rowCount();
        filter.setShowDisabled(true);
        QCOMPARE(filter.rowCount(), all);
        QVERIFY(enabled < all);

        // A regulatory update: one channel loses its power limit, one disappears.
        spies.clear();
        Client::Radio radio = *m_state->radio(0);
        for (Client::Band &band : radio.bands) {
            if (band.key == QLatin1String("5GHz")) {
                band.channels[0].maxPowerDbm = 17;
                band.channels.removeAt(5);
            }
        }
        m_state->updateRadios({radio}, {});
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.rowCount(), all - 1);
        // The radio goes: its channels go, each as removed rows, no reset.
        spies.clear();
        m_state->updateRadios({}, {0});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(spies.reset.size(), 0);
        QVERIFY(spies.removed.size() >= 1);
    }

    void combinationMatrix()
    {
        CombinationMatrixModel model(m_state.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRadio(0);
        QCOMPARE(model.columnCount(), 1);
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            rows.append(model.index(row, 0).data(CombinationMatrixModel::RowKeyRole).toString());
        }
        QCOMPARE(rows.first(), QStringLiteral("station"));
        QCOMPARE(rows.last(), CombinationMatrixModel::togetherRow);
        QCOMPARE(model.index(int(rows.indexOf(QStringLiteral("p2p-device"))), 0).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.index(int(rows.indexOf(CombinationMatrixModel::togetherRow)), 0)
                     .data(CombinationMatrixModel::AllowedRole)
                     .toBool(),
                 true);

        // The driver now reports a second combination without P2P: a column comes, no rows go.
        Spies spies(&model);
        Client::Radio radio = *m_state->radio(0);
        Client::Combination single;
        single.limits = {{1, {QStringLiteral("station")}}, {1, {QStringLiteral("ap")}}};
        single.maxInterfaces = 2;
        single.channels = 2;
        radio.combinations.append(single);
        m_state->updateRadios({radio}, {});
        QCOMPARE(spies.columnsInserted.size(), 1);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(int(rows.indexOf(CombinationMatrixModel::togetherRow)), 1)
                     .data(CombinationMatrixModel::AllowedRole)
                     .toBool(),
                 false);
        // Only the second remains: ad-hoc, mesh and P2P rows go, one removal each, a column goes.
        spies.clear();
        radio.combinations.removeFirst();
        m_state->updateRadios({radio}, {});
        QCOMPARE(spies.columnsRemoved.size(), 1);
        QCOMPARE(spies.removed.size(), 5);
        QCOMPARE(spies.reset.size(), 0);
        QCOMPARE(model.rowCount(), 6);
    }

    void p2pStatus()
    {
        P2pStatusModel model(m_state.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(P2pDiagnosis::Verdict(model.index(0, 0).data(P2pStatusModel::VerdictRole).toInt()),
                 P2pDiagnosis::Verdict::Available);
        QCOMPARE(P2pDiagnosis::Verdict(model.index(4, 0).data(P2pStatusModel::VerdictRole).toInt()),
                 P2pDiagnosis::Verdict::InUse);
        // A P2P device appears on phy0: its row changes, nothing else.
        Spies spies(&model);
        Client::Interface device;
        device.wdev = QStringLiteral("0x3");
        device.type = QStringLiteral("p2p-device");
        device.mac = QStringLiteral("42:00:00:00:00:00");
        m_state->updateInterfaces({device}, {});
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(spies.changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(P2pDiagnosis::Verdict(model.index(0, 0).data(P2pStatusModel::VerdictRole).toInt()),
                 P2pDiagnosis::Verdict::InUse);
        spies.clear();
        m_state->updateRadios({}, {2});
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(model.rowCount(), 6);
    }

    void capabilityTree()
    {
        CapabilityTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        const QList<CapabilitySection> sections = {
            {QStringLiteral("A"),
             {{QStringLiteral("x"), QStringLiteral("1"), {}},
              {QStringLiteral("y"), QStringLiteral("2"), {}}}},
            {QStringLiteral("B"), {{QStringLiteral("z"), QStringLiteral("3"), {}}}}};
        model.setSections(sections);
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        // The same lines with one new value: one dataChanged.
        QList<CapabilitySection> changed = sections;
        changed[1].lines[0].value = QStringLiteral("4");
        spies.clear();
        model.setSections(changed);
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);
        QCOMPARE(model.index(0, CapabilityTreeModel::Value, model.index(1, 0)).data().toString(),
                 QStringLiteral("4"));
    }

    void radioList()
    {
        RadioListModel model(m_state.get(), true);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(0).data(RadioListModel::RadioRole).toLongLong(), -1);
        Spies spies(&model);
        const Client::Radio phy5 = *m_state->radio(5);
        m_state->updateRadios({}, {5});
        m_state->updateRadios({phy5}, {});
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 6);
        QCOMPARE(model.rowOf(5), 6);
    }

private:
    Test::Recorded m_recorded;
    std::unique_ptr<ClientState> m_state;
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
