// SPDX-License-Identifier: GPL-3.0-or-later
// The "Link and clients" page's models under QAbstractItemModelTester, fed as the helper's
// "stations" topic feeds them: QSignalSpy counts prove that a join is one insertion, a leave one
// removal, moving values data changes only, and other interfaces' stations nothing; the history
// keeps each link bounded; the page follows what it is given.
#include "client/helperclient.h"
#include "client/stationconversion.h"
#include "models/stationdetailsmodel.h"
#include "models/stationmodel.h"
#include "models/tidstatsmodel.h"
#include "pages/stationspage.h"
#include "stats/signalhistory.h"
#include "widgets/linkchart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QTest>
#include <QTreeView>

#include "modelspies.h"

using namespace Airpane;
using Airpane::Test::Spies;

namespace {

const QString ap = QStringLiteral("wlan1");

QJsonObject stationJson(const QString &interface, const QString &mac, int rxPackets, int signal = -40)
{
    QJsonArray tids;
    for (int tid = 0; tid < 17; ++tid) {
        QJsonObject entry{{QStringLiteral("tid"), tid},
                          {QStringLiteral("rxMsdu"), tid == 0 ? rxPackets : 0},
                          {QStringLiteral("txMsdu"), 0},
                          {QStringLiteral("txMsduRetries"), 0},
                          {QStringLiteral("txMsduFailed"), 0}};
        if (tid < 16) {
            entry.insert(QStringLiteral("txq"),
                         QJsonObject{{QStringLiteral("drops"), 0}, {QStringLiteral("txPackets"), 0}});
        }
        tids.append(entry);
    }
    return {{QStringLiteral("interface"), interface},
            {QStringLiteral("mac"), mac},
            {QStringLiteral("vendor"), QStringLiteral("Apple, Inc.")},
            {QStringLiteral("signalDbm"), signal},
            {QStringLiteral("signalAverageDbm"), signal},
            {QStringLiteral("rxPackets"), rxPackets},
            {QStringLiteral("txPackets"), 10},
            {QStringLiteral("rxBytes"), rxPackets * 100},
            {QStringLiteral("inactiveMs"), 20},
            {QStringLiteral("authorized"), true},
            {QStringLiteral("wme"), true},
            {QStringLiteral("txRate"), QJsonObject{{QStringLiteral("mbps"), 866.7},
                                                   {QStringLiteral("vhtMcs"), 9},
                                                   {QStringLiteral("vhtNss"), 2},
                                                   {QStringLiteral("widthMhz"), 80},
                                                   {QStringLiteral("shortGi"), true}}},
            {QStringLiteral("tidStats"), tids}};
}

Client::Station station(const QString &interface, const QString &mac, int rxPackets, int signal = -40)
{
    return Client::stationFromJson(stationJson(interface, mac, rxPackets, signal),
                                   QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + rxPackets * 100));
}

const QString a = QStringLiteral("02:00:00:00:02:00");
const QString b = QStringLiteral("02:00:00:00:03:00");
const QString c = QStringLiteral("02:00:00:00:04:00");

} // namespace

class TestStationModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theStateSaysOnlyWhatChanged()
    {
        StationState state;
        QSignalSpy changed(&state, &StationState::stationsChanged);
        state.update({station(ap, a, 1), station(ap, b, 1)}, {});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.takeFirst().at(0).toStringList(), (QStringList{ap + u'/' + a, ap + u'/' + b}));
        // The same values at another time: no change.
        Client::Station later = station(ap, a, 1);
        later.received = later.received.addSecs(5);
        state.update({later}, {});
        QCOMPARE(changed.size(), 0);
        state.update({station(QStringLiteral("wlan2"), c, 1)}, {});
        QCOMPARE(state.stations(ap).size(), 2);
        state.retain({ap});
        QCOMPARE(state.count(), 2);
        QCOMPARE(changed.size(), 2);
    }

    void anAccessPointsClients()
    {
        StationState state;
        state.update({station(ap, b, 1), station(QStringLiteral("wlan2"), c, 1)}, {});
        StationModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Spies spies(&model);
        model.setInterface(ap);
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        spies.clear();

        // A join: one insertion, in address order.
        state.update({station(ap, a, 1)}, {});
        QCOMPARE(spies.inserted.size(), 1);
        QCOMPARE(spies.inserted.first().at(1).toInt(), 0);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.index(0, StationModel::Address).data().toString(), a);
        QCOMPARE(model.index(0, StationModel::Vendor).data().toString(), QStringLiteral("Apple, Inc."));
        QCOMPARE(model.index(0, StationModel::Signal).data().toString(), QStringLiteral("-40 dBm"));
        QCOMPARE(model.index(0, StationModel::Standard).data().toString(), QStringLiteral("Wi-Fi 5 (VHT)"));
        QCOMPARE(model.index(0, StationModel::Flags).data().toString(), QStringLiteral("authorized, WMM"));
        QCOMPARE(model.index(0, StationModel::RxPackets).data(StationModel::SortRole).toLongLong(), 1);

        // Both move at once: one data change for the two neighbours, nothing structural.
        spies.clear();
        state.update({station(ap, a, 2), station(ap, b, 2)}, {});
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);

        // Another interface's stations: nothing here.
        spies.clear();
        state.update({station(QStringLiteral("wlan2"), c, 9)}, {QStringLiteral("wlan2/") + c});
        QCOMPARE(spies.structural() + int(spies.changed.size()), 0);

        // A leave: one removal.
        state.update({}, {ap + u'/' + a});
        QCOMPARE(spies.removed.size(), 1);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void oneStationsDetails()
    {
        StationState state;
        state.update({station(ap, a, 1)}, {});
        StationDetailsModel details(&state);
        TidStatsModel tids(&state);
        QAbstractItemModelTester detailsTester(&details,
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tidsTester(&tids, QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setStation(ap + u'/' + a);
        tids.setStation(ap + u'/' + a);
        QVERIFY(details.rowCount() >= 4);
        QCOMPARE(tids.rowCount(), 17);
        QCOMPARE(tids.index(4, TidStatsModel::AccessCategory).data().toString(), QStringLiteral("Video"));
        QCOMPARE(tids.index(16, TidStatsModel::AccessCategory).data().toString(), QStringLiteral("Non-QoS"));
        QVERIFY(!tids.index(16, TidStatsModel::Drops).data(TidStatsModel::ValueRole).isValid());
        // Every row names its field as JSON.md does and holds its value.
        QHash<QString, QVariant> fields;
        for (int s = 0; s < details.rowCount(); ++s) {
            const QModelIndex section = details.index(s, 0);
            for (int r = 0; r < details.rowCount(section); ++r) {
                const QModelIndex row = details.index(r, 0, section);
                fields.insert(row.data(StationDetailsModel::FieldRole).toString(),
                              row.data(StationDetailsModel::ValueRole));
            }
        }
        QCOMPARE(fields.value(QStringLiteral("rxPackets")).toLongLong(), 1);
        QCOMPARE(fields.value(QStringLiteral("txRate")).toMap().value(QStringLiteral("vhtMcs")).toInt(), 9);
        QCOMPARE(fields.value(QStringLiteral("authorized")).toBool(), true);
        QVERIFY(!fields.contains(QStringLiteral("beaconLoss"))); // not reported: no row

        // Moving values: data changes only, one per row that moved (packets, bytes; TID 0).
        Spies detailSpies(&details);
        Spies tidSpies(&tids);
        state.update({station(ap, a, 2)}, {});
        QCOMPARE(detailSpies.structural(), 0);
        QCOMPARE(detailSpies.changed.size(), 2);
        QCOMPARE(tidSpies.structural(), 0);
        QCOMPARE(tidSpies.changed.size(), 1);

        // A field that appears: the rows are laid out anew, once.
        detailSpies.clear();
        QJsonObject more = stationJson(ap, a, 2);
        more.insert(QStringLiteral("beaconLoss"), 3);
        state.update({Client::stationFromJson(more)}, {});
        QCOMPARE(detailSpies.reset.size(), 1);
        QCOMPARE(detailSpies.structural(), 1);
    }

    void theHistoryKeepsEachLinkBounded()
    {
        ScanState scans;
        StationState state;
        SignalHistory history(&scans);
        history.followStations(&state);
        QSignalSpy added(&history, &SignalHistory::linkSamplesAdded);
        for (int i = 1; i <= 50; ++i) {
            state.update({station(ap, a, i, -40 - i % 7)}, {});
        }
        QCOMPARE(added.size(), 50);
        const std::deque<SignalHistory::LinkSample> *samples = history.linkSamples(ap + u'/' + a);
        QVERIFY(samples);
        QCOMPARE(samples->size(), std::size_t(50));
        QCOMPARE(samples->back().txMbps, 866.7f);
        QVERIFY(std::isnan(samples->back().rxMbps)); // no receive rate reported
        // An hour later, only the last hour stays.
        Client::Station late = station(ap, a, 100);
        late.received = late.received.addSecs(2 * 3600);
        state.update({late}, {});
        QCOMPARE(history.linkSamples(ap + u'/' + a)->size(), std::size_t(1));
    }

    void thePageFollowsAnAccessPointsClients()
    {
        HelperClient client; // idle: fed by hand
        Client::Interface interface;
        interface.wdev = QStringLiteral("0x1");
        interface.name = ap;
        interface.type = QStringLiteral("ap");
        interface.ssid = QStringLiteral("Airpane Hotspot");
        client.state()->resetInterfaces({interface});
        SignalHistory history(client.state()->scans());
        history.followStations(client.state()->stations());
        StationsPage page(&client, &history);
        page.resize(1400, 900);
        page.show();
        QCOMPARE(page.interface(), ap);
        QVERIFY(page.showsClients());
        QCOMPARE(page.intervalMs(), 1000);
        client.state()->stations()->update({station(ap, b, 1), station(ap, a, 1)}, {});
        QCOMPARE(page.stationModel()->rowCount(), 2);
        QCOMPARE(page.selectedStation(), ap + u'/' + a); // the first client
        page.selectStation(ap + u'/' + b);
        page.refresh();
        QVERIFY(page.summaryLabel()->text().contains(QStringLiteral("-40 dBm")));
        QCOMPARE(page.chart()->key(), ap + u'/' + b);
        QVERIFY(page.summary().contains(QStringLiteral("2 client")));
        // It goes: nothing to follow.
        client.state()->resetInterfaces({});
        QVERIFY(page.interface().isEmpty());
        QVERIFY(!page.interfaceChooser()->isEnabled());
    }
};

QTEST_MAIN(TestStationModels)
#include "tst_stationmodels.moc"
