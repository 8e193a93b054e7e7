// SPDX-License-Identifier: GPL-3.0-or-later
// The nl80211 decoders on replies recorded from the lab's kernel (tests/data/nl80211), checked
// against what iw printed for the same radios in the same scenario.
#include "recording.h"

#include "model/radio.h"
#include "nl80211/banddecoder.h"
#include "nl80211/interfacedecoder.h"
#include "nl80211/names.h"
#include "nl80211/regulatorydecoder.h"
#include "nl80211/stationdecoder.h"
#include "nl80211/surveydecoder.h"
#include "nl80211/wiphydecoder.h"

#include <QTest>

#include <linux/nl80211.h>

using namespace Airpane;

namespace {

QMap<std::uint32_t, Radio> decodeRadios(const QString &scenario)
{
    const Recording recording(scenario, QStringLiteral("wiphy"));
    QMap<std::uint32_t, Radio> radios;
    for (const Netlink::GenericMessage &message : recording.genericMessages()) {
        const QString error = Nl80211::mergeWiphy(message.attributes, radios);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
    }
    return radios;
}

template<typename T, typename Decode>
QList<T> decodeAll(const QString &scenario, const QString &name, Decode decode)
{
    const Recording recording(scenario, name);
    QList<T> result;
    for (const Netlink::GenericMessage &message : recording.genericMessages()) {
        const auto decoded = decode(message.attributes);
        if (const auto *value = std::get_if<T>(&decoded)) {
            result.append(*value);
        } else {
            qWarning("%s", qPrintable(std::get<QString>(decoded)));
            return {};
        }
    }
    return result;
}

const Channel *findChannel(const Band &band, int frequency)
{
    for (const Channel &channel : band.channels) {
        if (channel.frequency == frequency) {
            return &channel;
        }
    }
    return nullptr;
}

} // namespace

class TestNl80211Decoders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordingsArePresent_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("security") << QStringLiteral("security");
        QTest::newRow("sixghz") << QStringLiteral("sixghz");
    }

    void recordingsArePresent()
    {
        QFETCH(QString, scenario);
        for (const QString &name :
             {QStringLiteral("wiphy"), QStringLiteral("interfaces"), QStringLiteral("reg")}) {
            const Recording recording(scenario, name);
            QVERIFY2(recording.isValid(), qPrintable(recording.error()));
            QVERIFY(!recording.genericMessages().isEmpty());
        }
    }

    void hwsimRadiosOfEveryScenario_data() { recordingsArePresent_data(); }

    void hwsimRadiosOfEveryScenario()
    {
        QFETCH(QString, scenario);
        const QMap<std::uint32_t, Radio> radios = decodeRadios(scenario);
        QVERIFY(!radios.isEmpty());
        for (const Radio &radio : radios) {
            QCOMPARE(radio.name, QStringLiteral("phy%1").arg(radio.index));
            // A split dump brings every band; without it 6 GHz and S1G are left out.
            QCOMPARE(radio.bands.size(), 4);
            QVERIFY(radio.band(BandId::Band2GHz) && radio.band(BandId::Band5GHz));
            QVERIFY(radio.band(BandId::Band6GHz) && radio.band(BandId::BandS1GHz));

            const Band &low = *radio.band(BandId::Band2GHz);
            QCOMPARE(low.channels.size(), 14);
            QCOMPARE(low.channels.first().frequency, 2412);
            QCOMPARE(low.channels.first().number, 1);
            QCOMPARE(low.channels.last().frequency, 2484);
            QCOMPARE(low.channels.last().number, 14);
            QVERIFY(low.channels.last().disabled);
            QCOMPARE(low.bitrates.size(), 12);
            QCOMPARE(low.bitrates.first().rate100Kbps, 10);
            QVERIFY(!low.bitrates.first().shortPreamble);
            QVERIFY(low.bitrates[1].shortPreamble);
            QVERIFY(low.ht);
            QCOMPARE(low.ht->capabilities, std::uint16_t(0x107e));
            QCOMPARE(low.ht->ampduFactor, std::uint8_t(3));
            QCOMPARE(low.ht->ampduDensity, std::uint8_t(6));
            QCOMPARE(low.ht->mcsSet.size(), 16);
            QVERIFY(!low.vht);
            QCOMPARE(low.iftypeData.size(), 3); // station+P2P client, AP+GO, mesh point
            QCOMPARE(low.iftypeData[0].interfaceTypes,
                     (InterfaceTypes{InterfaceType::Station, InterfaceType::P2pClient}));
            QCOMPARE(low.iftypeData[0].heMac.toHex(), QByteArray("0178c81a4000"));
            QVERIFY(low.iftypeData[0].hasEht());

            const Band &five = *radio.band(BandId::Band5GHz);
            QVERIFY(five.vht);
            QCOMPARE(five.vht->capabilities, 0x038004fau);
            const Channel *radar = findChannel(five, 5260);
            QVERIFY(radar);
            QCOMPARE(radar->number, 52);

            const Band &six = *radio.band(BandId::Band6GHz);
            const Channel *five975 = findChannel(six, 5975);
            QVERIFY(five975);
            QCOMPARE(five975->number, 5); // 6 GHz channel 5, not 195
            QCOMPARE(six.channels.first().frequency, 5955);
            QCOMPARE(six.channels.first().number, 1);

            const Band &s1g = *radio.band(BandId::BandS1GHz);
            QVERIFY(!s1g.channels.isEmpty());
            QCOMPARE(s1g.channels.first().frequency, 902);
            QCOMPARE(s1g.channels.first().frequencyOffsetKhz, 500);

            QCOMPARE(radio.interfaceTypes.size(), 10);
            QVERIFY(radio.supportsInterfaceType(InterfaceType::P2pDevice));
            QCOMPARE(radio.softwareInterfaceTypes,
                     (InterfaceTypes{InterfaceType::ApVlan, InterfaceType::Monitor}));
            QCOMPARE(radio.combinations.size(), 1);
            const InterfaceCombination &combination = radio.combinations.first();
            QCOMPARE(combination.maxInterfaces, 2050u);
            QCOMPARE(combination.channels, 1u);
            QCOMPARE(combination.limits.size(), 3);
            const auto p2p =
                std::find_if(combination.limits.begin(), combination.limits.end(), [](const auto &limit) {
                    return limit.types == InterfaceTypes{InterfaceType::P2pDevice};
                });
            QVERIFY(p2p != combination.limits.end());
            QCOMPARE(p2p->max, 1u);
            QCOMPARE(radio.maxRemainOnChannelMs, std::optional<std::uint32_t>(5000));
            QCOMPARE(radio.maxScanSsids, std::uint8_t(4));
            QCOMPARE(radio.maxScanIeLength, std::uint16_t(2114));
            QCOMPARE(radio.cipherSuites.size(), 11);
            QVERIFY(radio.cipherSuites.contains(0x000fac04));
            QVERIFY(radio.supportsCommand(NL80211_CMD_START_P2P_DEVICE));
            QVERIFY(radio.supportsCommand(NL80211_CMD_REMAIN_ON_CHANNEL));
            QVERIFY(radio.hasExtendedFeature(NL80211_EXT_FEATURE_VHT_IBSS));
            QVERIFY(radio.hasExtendedFeature(NL80211_EXT_FEATURE_TXQS));
            QVERIFY(!radio.hasExtendedFeature(NL80211_EXT_FEATURE_SECURE_NAN));
            QVERIFY(radio.ibssRsn && radio.apUapsd && radio.tdls);
            QCOMPARE(radio.retryShort, std::optional<std::uint8_t>(7));
            QCOMPARE(radio.retryLong, std::optional<std::uint8_t>(4));
            QCOMPARE(radio.rxFrameTypes.value(InterfaceType::P2pDevice), (QList<std::uint16_t>{0x40, 0xd0}));
        }
    }

    void regulatoryDependsOnTheCountry()
    {
        // demo runs under US: 5 GHz channels 149+ usable, 6 GHz passive (no IR).
        const QMap<std::uint32_t, Radio> us = decodeRadios(QStringLiteral("demo"));
        QVERIFY(!us.isEmpty());
        const Band &usFive = *us.first().band(BandId::Band5GHz);
        QCOMPARE(findChannel(usFive, 5745)->maxPowerDbm, std::optional<double>(30.0));
        QVERIFY(findChannel(usFive, 5260)->hasFlag(QStringLiteral("radar")));
        QVERIFY(findChannel(*us.first().band(BandId::Band6GHz), 5975)->hasFlag(QStringLiteral("no-ir")));

        // sixghz runs under DE, which allows 6 GHz without no-IR.
        const QMap<std::uint32_t, Radio> de = decodeRadios(QStringLiteral("sixghz"));
        QVERIFY(!de.isEmpty());
        const Channel *six = findChannel(*de.first().band(BandId::Band6GHz), 5975);
        QVERIFY(!six->disabled);
        QVERIFY(!six->hasFlag(QStringLiteral("no-ir")));

        const auto usDomains = decodeAll<RegulatoryDomain>(QStringLiteral("demo"), QStringLiteral("reg"),
                                                           &Nl80211::decodeRegulatoryDomain);
        QCOMPARE(usDomains.size(), 1);
        QCOMPARE(usDomains[0].alpha2, QStringLiteral("US"));
        QCOMPARE(usDomains[0].dfsRegionKey(), QStringLiteral("FCC"));
        QCOMPARE(usDomains[0].rules.size(), 11);
        QCOMPARE(usDomains[0].rules[0].startKhz, 902000u);
        QCOMPARE(usDomains[0].rules[0].endKhz, 904000u);
        QCOMPARE(usDomains[0].rules[0].maxBandwidthKhz, 2000u);
        QCOMPARE(usDomains[0].rules[0].maxEirpMbm, 3000u);
        QVERIFY(usDomains[0].rules[5].flagKeys().contains(QStringLiteral("dfs")));

        const auto deDomains = decodeAll<RegulatoryDomain>(QStringLiteral("sixghz"), QStringLiteral("reg"),
                                                           &Nl80211::decodeRegulatoryDomain);
        QCOMPARE(deDomains.size(), 1);
        QCOMPARE(deDomains[0].alpha2, QStringLiteral("DE"));
        QCOMPARE(deDomains[0].dfsRegionKey(), QStringLiteral("ETSI"));
    }

    void interfacesIncludeP2pDevicesWithoutNetdev()
    {
        const auto interfaces = decodeAll<Interface>(QStringLiteral("demo"), QStringLiteral("interfaces"),
                                                     &Nl80211::decodeInterface);
        QVERIFY(!interfaces.isEmpty());
        auto byName = [&](const QString &name) {
            return *std::find_if(interfaces.begin(), interfaces.end(),
                                 [&](const Interface &i) { return i.name == name; });
        };
        const Interface office = byName(QStringLiteral("wlan1"));
        QCOMPARE(office.type, InterfaceType::AccessPoint);
        QCOMPARE(office.ssid, QStringLiteral("Airpane Office"));
        QCOMPARE(office.mac, QStringLiteral("02:00:00:00:01:00"));
        QVERIFY(office.channel);
        QCOMPARE(office.channel->frequency, 2437);
        QCOMPARE(Nl80211::channelWidthMhz(office.channel->width), 40);
        QCOMPARE(office.channel->center1, 2447);
        QCOMPARE(byName(QStringLiteral("wlan1-1")).ssid, QStringLiteral("Airpane Guest"));
        QCOMPARE(byName(QStringLiteral("wlan2")).ssid, QStringLiteral("Café Lumière"));
        const Interface five = byName(QStringLiteral("wlan3"));
        QCOMPARE(Nl80211::channelWidthMhz(five.channel->width), 80);
        QCOMPARE(five.channel->center1, 5210);
        QCOMPARE(byName(QStringLiteral("wlan6")).type, InterfaceType::Station);

        const auto p2pDevices = std::count_if(interfaces.begin(), interfaces.end(), [](const Interface &i) {
            return i.type == InterfaceType::P2pDevice;
        });
        QVERIFY(p2pDevices >= 2);
        for (const Interface &interface : interfaces) {
            QCOMPARE(interface.type == InterfaceType::P2pDevice, !interface.hasNetdev());
            QCOMPARE(interface.type == InterfaceType::P2pDevice, interface.name.isEmpty());
            QVERIFY(interface.wdev != 0);
        }
    }

    void stationsOfAnAccessPointAndOfItsClient()
    {
        const auto clients = decodeAll<Station>(QStringLiteral("demo"), QStringLiteral("station-wlan1"),
                                                &Nl80211::decodeStation);
        QCOMPARE(clients.size(), 1);
        const Station &laptop = clients.first();
        QCOMPARE(laptop.mac, QStringLiteral("02:00:00:00:06:00"));
        QCOMPARE(laptop.authorized, std::optional<bool>(true));
        QCOMPARE(laptop.associated, std::optional<bool>(true));
        QCOMPARE(laptop.authenticated, std::optional<bool>(true));
        QCOMPARE(laptop.wme, std::optional<bool>(true));
        QCOMPARE(laptop.signalDbm, std::optional<std::int8_t>(-20));
        QVERIFY(laptop.rxBytes && *laptop.rxBytes > 0);
        QVERIFY(laptop.txRate && laptop.rxRate);
        QCOMPARE(laptop.dtimPeriod, std::optional<std::uint8_t>(2));
        QCOMPARE(laptop.beaconInterval, std::optional<std::uint16_t>(100));
        // mac80211 counts MSDUs per TID, 0 to 15 and 16 for frames without QoS, with a transmit
        // queue for each QoS TID; the kernel nests them under the TID plus one.
        QCOMPARE(laptop.tidStats.size(), 17);
        qint64 received = 0;
        for (int tid = 0; tid < 17; ++tid) {
            QCOMPARE(laptop.tidStats[tid].tid, tid);
            QVERIFY(laptop.tidStats[tid].rxMsdu && laptop.tidStats[tid].txMsdu);
            QCOMPARE(laptop.tidStats[tid].txq.has_value(), tid < 16);
            received += qint64(*laptop.tidStats[tid].rxMsdu);
        }
        QVERIFY(received > 0 && received <= qint64(*laptop.rxPackets));

        const auto ap = decodeAll<Station>(QStringLiteral("demo"), QStringLiteral("station-wlan6"),
                                           &Nl80211::decodeStation);
        QCOMPARE(ap.size(), 1);
        QCOMPARE(ap.first().mac, QStringLiteral("02:00:00:00:01:00"));
    }

    void surveyOfTheChannelInUse()
    {
        const auto entries = decodeAll<SurveyEntry>(QStringLiteral("demo"), QStringLiteral("survey-wlan1"),
                                                    &Nl80211::decodeSurvey);
        QVERIFY(entries.size() > 10);
        const auto own = std::find_if(entries.begin(), entries.end(),
                                      [](const SurveyEntry &e) { return e.frequency == 2437; });
        QVERIFY(own != entries.end());
        QVERIFY(own->activeMs && own->busyMs);
        QVERIFY(*own->busyMs <= *own->activeMs);
        for (const SurveyEntry &entry : entries) {
            QCOMPARE(entry.noiseDbm, std::optional<std::int8_t>(-92)); // hwsim's fixed noise floor
        }
    }

    void channelNumbersPerBand_data()
    {
        QTest::addColumn<BandId>("band");
        QTest::addColumn<int>("frequency");
        QTest::addColumn<int>("number");
        QTest::newRow("2.4 GHz 1") << BandId::Band2GHz << 2412 << 1;
        QTest::newRow("2.4 GHz 13") << BandId::Band2GHz << 2472 << 13;
        QTest::newRow("2.4 GHz 14") << BandId::Band2GHz << 2484 << 14;
        QTest::newRow("5 GHz 36") << BandId::Band5GHz << 5180 << 36;
        QTest::newRow("5 GHz 165") << BandId::Band5GHz << 5825 << 165;
        QTest::newRow("4.9 GHz 184") << BandId::Band5GHz << 4920 << 184;
        QTest::newRow("6 GHz 1") << BandId::Band6GHz << 5955 << 1;
        QTest::newRow("6 GHz 2") << BandId::Band6GHz << 5935 << 2;
        QTest::newRow("6 GHz 5, not 195") << BandId::Band6GHz << 5975 << 5;
        QTest::newRow("6 GHz 233") << BandId::Band6GHz << 7115 << 233;
        QTest::newRow("60 GHz 2") << BandId::Band60GHz << 60480 << 2;
        QTest::newRow("S1G has none") << BandId::BandS1GHz << 902 << 0;
    }

    void channelNumbersPerBand()
    {
        QFETCH(BandId, band);
        QFETCH(int, frequency);
        QFETCH(int, number);
        QCOMPARE(Nl80211::channelNumber(band, frequency), number);
    }

    void namesFollowTheKernelHeader()
    {
        QCOMPARE(Nl80211::commandName(NL80211_CMD_NEW_INTERFACE), QStringLiteral("new_interface"));
        QCOMPARE(Nl80211::commandName(NL80211_CMD_START_AP), QStringLiteral("start_ap"));
        QCOMPARE(Nl80211::commandName(NL80211_CMD_FRAME), QStringLiteral("frame"));
        QCOMPARE(Nl80211::commandFromName(QStringLiteral("remain_on_channel")),
                 std::optional<std::uint32_t>(NL80211_CMD_REMAIN_ON_CHANNEL));
        QCOMPARE(Nl80211::extendedFeatureName(NL80211_EXT_FEATURE_VHT_IBSS), QStringLiteral("VHT_IBSS"));
        QCOMPARE(Nl80211::cipherName(0x000fac04), QStringLiteral("CCMP-128"));
        QCOMPARE(Nl80211::cipherSuiteSelector(0x000fac0a), QStringLiteral("00-0f-ac:10"));
        QCOMPARE(Nl80211::channelWidthKey(NL80211_CHAN_WIDTH_80P80), QStringLiteral("80+80"));
        QCOMPARE(Nl80211::featureFlagNames(NL80211_FEATURE_SK_TX_STATUS | NL80211_FEATURE_SAE),
                 (QStringList{QStringLiteral("SK_TX_STATUS"), QStringLiteral("SAE")}));
    }
};

QTEST_GUILESS_MAIN(TestNl80211Decoders)
#include "tst_nl80211decoders.moc"
