// SPDX-License-Identifier: GPL-3.0-or-later
// P2P and WPS elements: what we send parses back to what we meant (as wpa_supplicant's parser
// reads it: little-endian P2P attribute lengths, big-endian WPS TLVs, the name as TLV 0x1011),
// real wpa_supplicant frames recorded in the lab decode, and malformed ones are errors.
#include "recording.h"

#include "p2p/p2pframes.h"
#include "p2p/peertable.h"
#include "scan/bssrecord.h"

#include <QDir>
#include <QTest>

using namespace Airpane;
using namespace Airpane::P2p;
using namespace Qt::StringLiterals;

namespace {

Bytes bytes(const QByteArray &data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())};
}

LocalDevice device()
{
    LocalDevice d;
    d.address = {0x42, 0x00, 0x00, 0x00, 0x00, 0x07};
    d.name = QStringLiteral("Airpane Wohnzimmer ü");
    d.primaryType = {7, 0x0050f204, 4};
    d.secondaryTypes = {{1, 0x0050f204, 1}};
    d.configMethods = ConfigMethod::Display | ConfigMethod::Keypad;
    return d;
}

// Every WPS TLV inside a WPS element must fill it exactly: a wrong length drops the whole frame.
bool wpsLengthsConsistent(const QByteArray &element)
{
    const QByteArray content = element.mid(6);
    qsizetype at = 0;
    while (at + 4 <= content.size()) {
        const int length = std::uint8_t(content[at + 2]) << 8 | std::uint8_t(content[at + 3]);
        at += 4 + length;
    }
    return at == content.size() && std::uint8_t(element[1]) == element.size() - 2;
}

} // namespace

class TestP2pAttributes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probeResponseRoundTrip()
    {
        const LocalDevice d = device();
        const MacAddress peer = {0x02, 0x11, 0x22, 0x33, 0x44, 0x55};
        const QByteArray frame = probeResponseFrame(d, peer);
        QCOMPARE(std::uint8_t(frame[0]), std::uint8_t(0x50)); // probe response
        QCOMPARE(frame.mid(4, 6), QByteArray(reinterpret_cast<const char *>(peer.data()), 6));
        QCOMPARE(frame.mid(10, 6), QByteArray(reinterpret_cast<const char *>(d.address.data()), 6));
        const PeerInfo info = parsePeer(bytes(frame.mid(36)));
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QVERIFY(info.hasP2p);
        QCOMPARE(info.deviceAddress, std::optional<MacAddress>(d.address));
        QCOMPARE(info.name, d.name);
        QCOMPARE(info.primaryType, std::optional<DeviceType>(d.primaryType));
        QCOMPARE(info.secondaryTypes, d.secondaryTypes);
        QCOMPARE(info.configMethods, d.configMethods);
        QCOMPARE(info.deviceCapability, std::optional<std::uint8_t>(d.deviceCapability));
        QCOMPARE(info.manufacturer, d.manufacturer);
        // SSID "DIRECT-" and OFDM rates only.
        QCOMPARE(frame.mid(36, 9), QByteArray("\x00\x07"
                                              "DIRECT-",
                                              9));
        QCOMPARE(frame.mid(45, 10), QByteArray("\x01\x08\x8c\x12\x98\x24\xb0\x48\x60\x6c", 10));
        QVERIFY(wpsLengthsConsistent(probeResponseWpsElement(d)));
        QVERIFY(wpsLengthsConsistent(probeRequestWpsElement(d)));
    }

    void probeRequestsAndWhoAnswers()
    {
        const LocalDevice searcher = device();
        QByteArray frame("\x40\x00\x00\x00", 4);
        frame += QByteArray("\xff\xff\xff\xff\xff\xff", 6) + QByteArray("\x02\x00\x00\x00\x00\x09", 6) +
                 QByteArray(6, '\xff');
        frame += QByteArray(2, '\0');
        frame += QByteArray("\x00\x07"
                            "DIRECT-",
                            9) +
                 searchElements(searcher);
        const auto request = parseProbeRequest(bytes(frame));
        QVERIFY(request);
        QVERIFY(request->hasP2p);
        QCOMPARE(request->ssid, QByteArray("DIRECT-"));
        QCOMPARE(request->peer.listenChannel,
                 (std::optional<std::pair<std::uint8_t, std::uint8_t>>(std::pair(81, 6))));
        QCOMPARE(request->peer.name, searcher.name); // from its WPS element
        const MacAddress self = {0x42, 0, 0, 0, 0, 1};
        QVERIFY(shouldAnswer(*request, self));

        ProbeRequest other = *request;
        other.ssid = QByteArrayLiteral("SomeNetwork");
        QVERIFY(!shouldAnswer(other, self)); // not a P2P probe
        other = *request;
        other.hasP2p = false;
        QVERIFY(!shouldAnswer(other, self)); // a legacy station
        other = *request;
        other.wantedDevice = MacAddress{0x42, 0, 0, 0, 0, 2};
        QVERIFY(!shouldAnswer(other, self)); // looking for someone else
        other.ssid.clear();
        other.wantedDevice = self;
        QVERIFY(shouldAnswer(other, self)); // the wildcard SSID, for us

        QVERIFY(!parseProbeRequest(bytes(frame.left(20))));
        frame[0] = char(0x50);
        QVERIFY(!parseProbeRequest(bytes(frame))); // a probe response is no request
    }

    void malformedElements_data()
    {
        QTest::addColumn<QByteArray>("elements");
        const QByteArray good = probeResponseP2pElement(device());
        QByteArray lyingAttribute = good;
        lyingAttribute[7] = char(0xff); // Capability's length (little-endian): 255
        QTest::newRow("attribute longer than the element") << lyingAttribute;
        QByteArray wrongNameType = good;
        wrongNameType[wrongNameType.indexOf("\x10\x11") + 1] = char(0x12);
        QTest::newRow("device name not as TLV 0x1011") << wrongNameType;
        QByteArray cut = good;
        cut.chop(5);
        cut[1] = char(cut.size() - 2);
        QTest::newRow("device info cut short") << cut;
        QByteArray runsPast = good;
        runsPast[1] = char(std::uint8_t(runsPast[1]) + 10);
        QTest::newRow("element runs past the frame") << runsPast;
    }

    void malformedElements()
    {
        QFETCH(QByteArray, elements);
        const PeerInfo info = parsePeer(bytes(elements));
        QVERIFY(!info.error.isEmpty());
    }

    void deviceTypesAsText()
    {
        QCOMPARE((DeviceType{7, 0x0050f204, 4}).text(), QStringLiteral("7-0050F204-4"));
        QCOMPARE(DeviceType::fromText(QStringLiteral("10-0050F204-5")),
                 std::optional<DeviceType>(DeviceType{10, 0x0050f204, 5}));
        QVERIFY(!DeviceType::fromText(QStringLiteral("7-0050F2-4")));
        QVERIFY(!DeviceType::fromText(QStringLiteral("70000-0050F204-4")));
        QCOMPARE(configMethodNames(0x0188), QStringLiteral("display push_button keypad"));
        QCOMPARE(deviceCategoryName(3), QStringLiteral("Printer, scanner, fax or copier"));
    }

    // wpa_supplicant's own probe responses, recorded in the lab's p2p scenario after a find
    // (airpane-cli p2p peers phy0, then record --only scan).
    void recordedWpaSupplicantPeers()
    {
        QSet<QString> names;
        const QDir dir(QStringLiteral(AIRPANE_TEST_DATA_DIR "/nl80211/p2p"));
        for (const QString &file : dir.entryList({QStringLiteral("scan-*.nl")})) {
            for (const Netlink::GenericMessage &message :
                 Recording(QStringLiteral("p2p"), file.chopped(3)).genericMessages()) {
                Scan::BssRecord record;
                QVERIFY(!Scan::decodeBssRecord(message.attributes, record));
                const PeerInfo info = parsePeer(record.ies);
                if (!info.hasP2p || !info.primaryType) {
                    continue;
                }
                QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
                names.insert(info.name);
                if (info.name == QLatin1String("Lab TV")) {
                    QCOMPARE(info.primaryType->text(), QStringLiteral("7-0050F204-4"));
                    QVERIFY(info.configMethods & ConfigMethod::Display);
                }
            }
        }
        QVERIFY2(!names.isEmpty() && names.values().first().startsWith(QLatin1String("Lab ")),
                 qPrintable(QStringList(names.begin(), names.end()).join(QLatin1Char(','))));
    }

    void peerTablePrefersWhatADeviceSaysOfItself()
    {
        PeerTable table;
        PeerInfo fromRequest;
        fromRequest.hasP2p = true;
        fromRequest.name = QStringLiteral("Phone (from its probe request)");
        QCOMPARE(table.update(fromRequest, QStringLiteral("42:00:00:00:03:00"),
                              PeerTable::Source::ProbeRequest, 2437, -40, 1000),
                 PeerTable::Change::Added);
        QVERIFY(table.find(QStringLiteral("42:00:00:00:03:00"))->probeRequestOnly);
        PeerInfo fromResponse;
        fromResponse.hasP2p = true;
        fromResponse.deviceAddress = MacAddress{0x42, 0, 0, 0, 3, 0};
        fromResponse.name = QStringLiteral("Lab Phone");
        QCOMPARE(table.update(fromResponse, QString(), PeerTable::Source::ProbeResponse, 2437, -40, 2000),
                 PeerTable::Change::Changed);
        const Peer *peer = table.find(QStringLiteral("42:00:00:00:03:00"));
        QCOMPARE(peer->name, QStringLiteral("Lab Phone"));
        QVERIFY(!peer->probeRequestOnly);
        QCOMPARE(table.update(fromRequest, QStringLiteral("42:00:00:00:03:00"),
                              PeerTable::Source::ProbeRequest, 2437, -40, 2500),
                 PeerTable::Change::None);
        QCOMPARE(table.find(QStringLiteral("42:00:00:00:03:00"))->name, QStringLiteral("Lab Phone"));
        QCOMPARE(table.expire(2500 + PeerTable::defaultExpiryMs + 1),
                 QStringList{QStringLiteral("42:00:00:00:03:00")});
        QVERIFY(table.peers().isEmpty());
    }

    // `airpane-cli p2p find` printed a "changed" line for every peer each time it was heard again
    // (about once a second): only changes a person would want told count.
    void peerDifferences_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("expected");
        for (const char *quiet : {"heard again", "signal -40 to -44"}) {
            QTest::newRow(quiet) << QString::fromLatin1(quiet) << QStringList();
        }
        QTest::newRow("signal -40 to -47") << u"signal"_s << QStringList{u"signal"_s};
        QTest::newRow("name") << u"name"_s << QStringList{u"name"_s};
        QTest::newRow("listening") << u"listening"_s << QStringList{u"listening"_s};
        QTest::newRow("group") << u"group"_s << QStringList{u"group"_s};
        QTest::newRow("channel") << u"channel"_s << QStringList{u"channel"_s};
    }

    void peerDifferences()
    {
        QFETCH(QString, field);
        QFETCH(QStringList, expected);
        PeerTable table;
        PeerInfo info;
        info.hasP2p = true;
        info.deviceAddress = MacAddress{0x42, 0, 0, 0, 4, 0};
        info.name = u"Lab TV"_s;
        info.listenChannel = std::pair<std::uint8_t, std::uint8_t>{81, 6};
        table.update(info, QString(), PeerTable::Source::ProbeResponse, 2437, -40, 1000);
        const Peer before = *table.find(u"42:00:00:00:04:00"_s);
        double signal = -40;
        PeerTable::Source source = PeerTable::Source::ProbeResponse;
        if (field == u"signal -40 to -44"_s) {
            signal = -44;
        } else if (field == u"signal"_s) {
            signal = -47;
        } else if (field == u"name"_s) {
            info.name = u"Lab TV (renamed)"_s;
        } else if (field == u"group"_s) {
            info.groupClients = {MacAddress{0x42, 0, 0, 0, 5, 0}};
        } else if (field == u"channel"_s) {
            info.listenChannel = std::pair<std::uint8_t, std::uint8_t>{81, 11};
        }
        // Heard a second later (a new second of "last seen", which the table reports as a change).
        table.update(info, QString(), source, 2437, signal, 2200);
        Peer after = *table.find(u"42:00:00:00:04:00"_s);
        if (field == u"listening"_s) {
            Peer searching = before;
            searching.probeRequestOnly = true;
            QCOMPARE(PeerTable::differences(searching, after), expected);
            return;
        }
        QCOMPARE(PeerTable::differences(before, after), expected);
    }
};

QTEST_GUILESS_MAIN(TestP2pAttributes)
#include "tst_p2pattributes.moc"
