// SPDX-License-Identifier: GPL-3.0-or-later
// The Scan page's models under QAbstractItemModelTester: the BSS table keeps rows in place and
// reports each batch with exact structural and data signals; the filter proxy filters, sorts,
// groups and holds still while frozen; the element tree maps bytes to fields both ways.
#include "modelspies.h"

#include "client/bssconversion.h"
#include "client/scanstate.h"
#include "models/bssfiltermodel.h"
#include "models/bssmodel.h"
#include "models/elementtreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Airpane;
using namespace Qt::StringLiterals;

namespace {

// A BSS named by a letter: key "0/<letter>", group "g<letter>" unless given, signal in dBm.
Client::Bss bss(const QString &name, double signal = -60, const QString &group = {},
                const QString &band = QStringLiteral("2.4GHz"),
                const QString &security = QStringLiteral("wpa2-personal"))
{
    Client::Bss result;
    result.key = QStringLiteral("0/") + name;
    result.bssid = QStringLiteral("02:00:00:00:00:0") + name;
    result.ssid = QStringLiteral("net-") + name;
    result.signalDbm = signal;
    result.groupKey = group.isEmpty() ? QStringLiteral("g") + name : group;
    result.band = band;
    result.frequency = band == QLatin1String("2.4GHz") ? 2412 : 5180;
    result.securityKind = security;
    return result;
}

QList<Client::Bss> bsses(const QStringList &names)
{
    QList<Client::Bss> list;
    for (const QString &name : names) {
        list.append(bss(name));
    }
    return list;
}

QStringList keys(const QAbstractItemModel *model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row) {
        list.append(model->index(row, 0).data(BssModel::KeyRole).toString().mid(2));
    }
    return list;
}

} // namespace

class TestScanModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bssModelBatches_data()
    {
        QTest::addColumn<QStringList>("initial");
        QTest::addColumn<QList<Client::Bss>>("changed");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removedSignals");
        QTest::addColumn<int>("dataChanged");
        QTest::addColumn<QStringList>("rows");
        const QStringList abc = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QStringList abcde = abc + QStringList{QStringLiteral("d"), QStringLiteral("e")};
        QTest::newRow("first three, one insertion")
            << QStringList() << bsses(abc) << QStringList() << 1 << 0 << 0 << abc;
        QTest::newRow("one changed") << abc << QList{bss(QStringLiteral("b"), -40)} << QStringList() << 0 << 0
                                     << 1 << abc;
        QTest::newRow("same values, nothing")
            << abc << bsses({QStringLiteral("b")}) << QStringList() << 0 << 0 << 0 << abc;
        QTest::newRow("remove the middle")
            << abc << QList<Client::Bss>() << QStringList{QStringLiteral("b")} << 0 << 1 << 0
            << QStringList{QStringLiteral("a"), QStringLiteral("c")};
        QTest::newRow("two apart, two removals")
            << abcde << QList<Client::Bss>() << QStringList{QStringLiteral("b"), QStringLiteral("d")} << 0
            << 2 << 0 << QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("e")};
        QTest::newRow("two adjacent, one removal")
            << abcde << QList<Client::Bss>() << QStringList{QStringLiteral("c"), QStringLiteral("b")} << 0
            << 1 << 0 << QStringList{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("e")};
        QTest::newRow("unknown key removed")
            << abc << QList<Client::Bss>() << QStringList{QStringLiteral("z")} << 0 << 0 << 0 << abc;
        QTest::newRow("a group grows: its old member changes")
            << abc << QList{bss(QStringLiteral("d"), -60, QStringLiteral("ga"))} << QStringList() << 1 << 0
            << 1 << abc + QStringList{QStringLiteral("d")};
        QTest::newRow("mixed: new at the end")
            << abc << QList{bss(QStringLiteral("d")), bss(QStringLiteral("a"), -30)}
            << QStringList{QStringLiteral("c")} << 1 << 1 << 1
            << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")};
    }

    void bssModelBatches()
    {
        QFETCH(QStringList, initial);
        QFETCH(QList<Client::Bss>, changed);
        QFETCH(QStringList, removed);
        QFETCH(int, inserted);
        QFETCH(int, removedSignals);
        QFETCH(int, dataChanged);
        QFETCH(QStringList, rows);
        ScanState state;
        state.resetBsses(bsses(initial));
        BssModel model(&state);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Test::Spies spies(&model);
        QStringList removedKeys;
        for (const QString &name : removed) {
            removedKeys.append(QStringLiteral("0/") + name);
        }
        state.updateBsses(changed, removedKeys);
        QCOMPARE(spies.inserted.size(), inserted);
        QCOMPARE(spies.removed.size(), removedSignals);
        QCOMPARE(spies.changed.size(), dataChanged);
        QCOMPARE(spies.structural(), inserted + removedSignals);
        QCOMPARE(keys(&model), rows);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.rowOf(model.keyAt(row)), row);
        }
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("none") << QString() << QString()
                              << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        QTest::newRow("band 5 GHz") << u"band"_s << u"5GHz"_s << QStringList{u"c"_s, u"d"_s};
        QTest::newRow("open") << u"security"_s << u"open"_s << QStringList{u"c"_s, u"e"_s};
        QTest::newRow("wpa3") << u"security"_s << u"wpa3"_s << QStringList{u"d"_s};
        QTest::newRow("at least -60 dBm") << u"signal"_s << u"-60"_s << QStringList{u"a"_s, u"b"_s, u"d"_s};
        QTest::newRow("regex on SSID") << u"pattern"_s << u"^net-[ab]$"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("regex on BSSID") << u"pattern"_s << u"0e$"_s << QStringList{u"e"_s};
        QTest::newRow("invalid regex filters nothing")
            << u"pattern"_s << u"(["_s << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
        QTest::newRow("hide hidden") << u"hidden"_s << u""_s << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        QTest::newRow("text in SSID") << u"text"_s << u"NET-C"_s << QStringList{u"c"_s};
    }

    void filters()
    {
        QFETCH(QString, filter);
        QFETCH(QString, value);
        QFETCH(QStringList, shown);
        ScanState state;
        QList<Client::Bss> list = {
            bss(u"a"_s, -50), bss(u"b"_s, -60), bss(u"c"_s, -70, {}, u"5GHz"_s, u"open"_s),
            bss(u"d"_s, -40, {}, u"5GHz"_s, u"wpa3-personal"_s), bss(u"e"_s, -80, {}, u"2.4GHz"_s, u"owe"_s)};
        list[4].hidden = true;
        list[4].ssid.clear();
        state.resetBsses(list);
        BssModel model(&state);
        BssFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(BssModel::Ssid, Qt::AscendingOrder);
        if (filter == QLatin1String("band")) {
            proxy.setBand(value);
        } else if (filter == QLatin1String("security")) {
            proxy.setSecurity(value == QLatin1String("open") ? BssFilterModel::SecurityClass::Open
                                                             : BssFilterModel::SecurityClass::Wpa3);
        } else if (filter == QLatin1String("signal")) {
            proxy.setMinimumSignal(value.toInt());
        } else if (filter == QLatin1String("pattern")) {
            QCOMPARE(proxy.setPattern(value), value != QLatin1String("(["));
        } else if (filter == QLatin1String("hidden")) {
            proxy.setHideHidden(true);
        } else if (filter == QLatin1String("text")) {
            proxy.setText(value);
        }
        QStringList visible = keys(&proxy);
        visible.sort();
        QCOMPARE(visible, shown);
        QCOMPARE(proxy.isFiltering(), !filter.isEmpty() && value != QLatin1String("(["));
    }

    void frozenOrderHoldsStill()
    {
        ScanState state;
        state.resetBsses({bss(u"a"_s, -40), bss(u"b"_s, -50), bss(u"c"_s, -60)});
        BssModel model(&state);
        BssFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(BssModel::Signal, Qt::DescendingOrder);
        QCOMPARE(keys(&proxy), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        Test::Spies spies(&proxy);
        proxy.setFrozen(true);
        state.updateBsses({bss(u"c"_s, -30)}, {});
        // The value changes where it is; no row moves while the pointer is over the table.
        QCOMPARE(keys(&proxy), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(spies.structural(), 0);
        QCOMPARE(spies.changed.size(), 1);
        proxy.setFrozen(false);
        QCOMPARE(keys(&proxy), (QStringList{u"c"_s, u"a"_s, u"b"_s}));
        // Unfrozen, the next change re-sorts at once.
        state.updateBsses({bss(u"b"_s, -20)}, {});
        QCOMPARE(keys(&proxy), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    }

    void groupsStayTogether()
    {
        ScanState state;
        // AP x: a (-40) and d (-75); AP y: b (-50), c (-55); e alone at -70.
        state.resetBsses({bss(u"a"_s, -40, u"x"_s), bss(u"b"_s, -50, u"y"_s), bss(u"c"_s, -55, u"y"_s),
                          bss(u"d"_s, -75, u"x"_s), bss(u"e"_s, -70)});
        BssModel model(&state);
        BssFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(BssModel::Signal, Qt::DescendingOrder);
        QCOMPARE(keys(&proxy), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"e"_s, u"d"_s}));
        proxy.setGrouped(true);
        QCOMPARE(keys(&proxy), (QStringList{u"a"_s, u"d"_s, u"b"_s, u"c"_s, u"e"_s}));
        // Either direction keeps the strongest AP first; members follow the column.
        proxy.sort(BssModel::Signal, Qt::AscendingOrder);
        QCOMPARE(keys(&proxy), (QStringList{u"d"_s, u"a"_s, u"c"_s, u"b"_s, u"e"_s}));
        QCOMPARE(model.index(model.rowOf(u"0/a"_s), BssModel::Ssid).data(BssModel::GroupSizeRole).toInt(), 2);
        QVERIFY(!model.index(model.rowOf(u"0/e"_s), BssModel::Ssid).data(Qt::DecorationRole).isValid());
        QVERIFY(model.index(model.rowOf(u"0/a"_s), BssModel::Ssid).data(Qt::DecorationRole).isValid());
    }

    void elementTreeMapsBytes()
    {
        Client::DecodedElement ssid;
        ssid.id = 0;
        ssid.key = u"ssid"_s;
        ssid.name = u"SSID"_s;
        ssid.offset = 0;
        ssid.length = 6;
        ssid.fields = {{u"ssid"_s, u"SSID"_s, u"lab"_s, u"The network's name."_s, 2, 4, {}}};
        Client::DecodedElement ht;
        ht.id = 61;
        ht.key = u"ht-operation"_s;
        ht.name = u"HT Operation"_s;
        ht.offset = 6;
        ht.length = 24;
        Client::ElementField info{u"info"_s, u"Information"_s, u""_s, u""_s, 9, 5, {}};
        info.children = {{u"secondaryOffset"_s,
                          u"Secondary channel"_s,
                          u"above"_s,
                          u"Where the second 20 MHz is."_s,
                          9,
                          1,
                          {}}};
        ht.fields = {{u"primaryChannel"_s,
                      u"Primary channel"_s,
                      u"6"_s,
                      u"The channel beacons are sent on."_s,
                      8,
                      1,
                      {}},
                     info};
        ElementTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Test::Spies spies(&model);
        model.setElements({ssid, ht});
        QCOMPARE(spies.reset.size(), 1);
        QCOMPARE(spies.structural(), 1);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex htIndex = model.index(1, 0);
        QCOMPARE(model.rowCount(htIndex), 2);
        QCOMPARE(model.rowCount(model.index(1, 0, htIndex)), 1);
        QCOMPARE(model.indexAt(3).data(ElementTreeModel::KeyRole).toString(), QStringLiteral("ssid"));
        QCOMPARE(model.indexAt(0).data(ElementTreeModel::KeyRole).toString(), QStringLiteral("ssid"));
        QCOMPARE(model.indexAt(6).data(ElementTreeModel::KeyRole).toString(), QStringLiteral("ht-operation"));
        QCOMPARE(model.indexAt(9).data(ElementTreeModel::KeyRole).toString(),
                 QStringLiteral("secondaryOffset"));
        QCOMPARE(model.indexAt(10).data(ElementTreeModel::KeyRole).toString(), QStringLiteral("info"));
        QVERIFY(!model.indexAt(30).isValid());
        QCOMPARE(model.indexAt(8).parent(), htIndex);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void scanStates()
    {
        ScanState state;
        QSignalSpy spy(&state, &ScanState::scanStateChanged);
        state.setScanState(u"wlan0"_s, u"started"_s, false);
        QVERIFY(state.isScanning(u"wlan0"_s));
        state.setScanState(u"wlan0"_s, u"finished"_s, false);
        QVERIFY(!state.isScanning(u"wlan0"_s));
        QVERIFY(state.lastScanForeign(u"wlan0"_s));
        state.setScanState(u"wlan0"_s, u"started"_s, true);
        state.setScanState(u"wlan0"_s, u"aborted"_s, true);
        QVERIFY(!state.lastScanForeign(u"wlan0"_s));
        QCOMPARE(spy.size(), 4);
    }

    void conversionReadsTheJson()
    {
        const QJsonObject object{
            {u"key"_s, u"1/02:00:00:00:01:00"_s},
            {u"bssid"_s, u"02:00:00:00:01:00"_s},
            {u"radio"_s, 1},
            {u"ssid"_s, u"hall"_s},
            {u"hidden"_s, false},
            {u"frequency"_s, 5180},
            {u"band"_s, u"5GHz"_s},
            {u"channel"_s, 36},
            {u"widthMhz"_s, 80},
            {u"centerFrequency"_s, 5210},
            {u"signalDbm"_s, -47.5},
            {u"security"_s, QJsonObject{{u"kind"_s, u"wpa3-personal"_s}, {u"name"_s, u"WPA3-Personal"_s}}},
            {u"bssLoad"_s, QJsonObject{{u"stations"_s, 4}, {u"utilizationPercent"_s, 12}}},
            {u"standard"_s, u"ax"_s},
            {u"elements"_s, u"000468616c6c"_s},
            {u"firstSeen"_s, u"2026-01-02T03:04:05.006Z"_s},
            {u"decodedElements"_s,
             QJsonArray{QJsonObject{
                 {u"id"_s, 0},
                 {u"key"_s, u"ssid"_s},
                 {u"name"_s, u"SSID"_s},
                 {u"offset"_s, 0},
                 {u"length"_s, 6},
                 {u"fields"_s,
                  QJsonArray{QJsonObject{{u"key"_s, u"ssid"_s}, {u"offset"_s, 2}, {u"length"_s, 4}}}}}}}};
        const Client::BssDetails details = Client::bssDetailsFromJson(object);
        QCOMPARE(details.bss.widthMhz, 80);
        QCOMPARE(details.bss.centerFrequency, 5210);
        QCOMPARE(details.bss.channel.value_or(0), 36);
        QCOMPARE(details.bss.signalDbm.value_or(0), -47.5);
        QCOMPARE(details.bss.stations.value_or(0), 4);
        QCOMPARE(details.bss.elements, QByteArray::fromHex("000468616c6c"));
        QCOMPARE(details.bss.firstSeen.time().msec(), 6);
        QCOMPARE(details.elements.size(), 1);
        QCOMPARE(details.elements[0].fields[0].offset, 2);
        QVERIFY(!details.elements[0].extId);
    }
};

QTEST_MAIN(TestScanModels)
#include "tst_scanmodels.moc"
