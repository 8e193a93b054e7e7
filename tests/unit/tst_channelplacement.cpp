// SPDX-License-Identifier: GPL-3.0-or-later
// Where a BSS sits in the spectrum, from its operation elements: 20/40/80/160/320 MHz, HT40 above
// and below, 80+80, 6 GHz numbering, punctured subchannels.
#include "elements/channelplacement.h"

#include <QTest>

using namespace Airpane;
using namespace Airpane::Elements;

Q_DECLARE_METATYPE(Airpane::Elements::ElementSummary)

namespace {

ElementSummary ht(std::uint8_t primary, std::uint8_t offset)
{
    ElementSummary s;
    s.hasHtOperation = true;
    s.htPrimaryChannel = primary;
    s.htSecondaryOffset = offset;
    s.htAnyWidth = offset != 0;
    return s;
}

ElementSummary vht(ElementSummary s, std::uint8_t width, std::uint8_t ccfs0, std::uint8_t ccfs1)
{
    s.hasVhtOperation = true;
    s.vhtWidth = width;
    s.vhtCcfs0 = ccfs0;
    s.vhtCcfs1 = ccfs1;
    return s;
}

ElementSummary he6(std::uint8_t primary, std::uint8_t width, std::uint8_t ccfs0, std::uint8_t ccfs1)
{
    ElementSummary s;
    s.hasHeOperation = true;
    s.he6GhzInfo = true;
    s.he6PrimaryChannel = primary;
    s.he6Width = width;
    s.he6Ccfs0 = ccfs0;
    s.he6Ccfs1 = ccfs1;
    return s;
}

ElementSummary eht(ElementSummary s, std::uint8_t width, std::uint8_t ccfs0, std::uint8_t ccfs1,
                   std::optional<std::uint16_t> punctured = {})
{
    s.hasEhtOperation = true;
    s.ehtOperationInfo = true;
    s.ehtWidth = width;
    s.ehtCcfs0 = ccfs0;
    s.ehtCcfs1 = ccfs1;
    if (punctured) {
        s.hasPuncturing = true;
        s.puncturingBitmap = *punctured;
    }
    return s;
}

} // namespace

class TestChannelPlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void place_data()
    {
        QTest::addColumn<int>("frequency");
        QTest::addColumn<ElementSummary>("summary");
        QTest::addColumn<int>("band");
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("center");
        QTest::addColumn<int>("center2");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addColumn<int>("punctured");

        QTest::newRow("legacy 2.4 GHz")
            << 2437 << ElementSummary{} << int(BandId::Band2GHz) << 6 << 20 << 2437 << 0 << 2427 << 2447 << 0;
        QTest::newRow("HT20") << 2412 << ht(1, 0) << int(BandId::Band2GHz) << 1 << 20 << 2412 << 0 << 2402
                              << 2422 << 0;
        QTest::newRow("HT40 above, ch 6")
            << 2437 << ht(6, 1) << int(BandId::Band2GHz) << 6 << 40 << 2447 << 0 << 2427 << 2467 << 0;
        QTest::newRow("HT40 below, ch 11")
            << 2462 << ht(11, 3) << int(BandId::Band2GHz) << 11 << 40 << 2452 << 0 << 2432 << 2472 << 0;
        QTest::newRow("HT40 below, ch 40")
            << 5200 << ht(40, 3) << int(BandId::Band5GHz) << 40 << 40 << 5190 << 0 << 5170 << 5210 << 0;
        QTest::newRow("VHT80 ch 36") << 5180 << vht(ht(36, 1), 1, 42, 0) << int(BandId::Band5GHz) << 36 << 80
                                     << 5210 << 0 << 5170 << 5250 << 0;
        QTest::newRow("VHT80 ch 44 (lab)") << 5220 << vht(ht(44, 1), 1, 42, 0) << int(BandId::Band5GHz) << 44
                                           << 80 << 5210 << 0 << 5170 << 5250 << 0;
        QTest::newRow("VHT160 ch 36") << 5180 << vht(ht(36, 1), 1, 42, 50) << int(BandId::Band5GHz) << 36
                                      << 160 << 5250 << 0 << 5170 << 5330 << 0;
        QTest::newRow("VHT160 old style") << 5180 << vht(ht(36, 1), 2, 50, 0) << int(BandId::Band5GHz) << 36
                                          << 160 << 5250 << 0 << 5170 << 5330 << 0;
        QTest::newRow("VHT80+80 36 and 149") << 5180 << vht(ht(36, 1), 1, 42, 155) << int(BandId::Band5GHz)
                                             << 36 << 160 << 5210 << 5775 << 5170 << 5815 << 0;
        QTest::newRow("VHT 20/40 falls back to HT")
            << 5180 << vht(ht(36, 1), 0, 38, 0) << int(BandId::Band5GHz) << 36 << 40 << 5190 << 0 << 5170
            << 5210 << 0;
        QTest::newRow("6 GHz ch 5 20 MHz")
            << 5975 << he6(5, 0, 5, 0) << int(BandId::Band6GHz) << 5 << 20 << 5975 << 0 << 5965 << 5985 << 0;
        QTest::newRow("6 GHz ch 1 80 MHz")
            << 5955 << he6(1, 2, 7, 0) << int(BandId::Band6GHz) << 1 << 80 << 5985 << 0 << 5945 << 6025 << 0;
        QTest::newRow("6 GHz ch 37 160 MHz") << 6135 << he6(37, 3, 39, 47) << int(BandId::Band6GHz) << 37
                                             << 160 << 6185 << 0 << 6105 << 6265 << 0;
        QTest::newRow("6 GHz channel 2")
            << 5935 << ElementSummary{} << int(BandId::Band6GHz) << 2 << 20 << 5935 << 0 << 5925 << 5945 << 0;
        QTest::newRow("EHT 320 ch 1") << 5955 << eht(he6(1, 3, 15, 0), 4, 15, 31) << int(BandId::Band6GHz)
                                      << 1 << 320 << 6105 << 0 << 5945 << 6265 << 0;
        QTest::newRow("EHT 160 punctured")
            << 5955 << eht(he6(1, 3, 7, 15), 3, 7, 15, 0x0004) << int(BandId::Band6GHz) << 1 << 160 << 6025
            << 0 << 5945 << 6105 << 4;
        QTest::newRow("EHT 80 on 5 GHz")
            << 5180 << eht(vht(ht(36, 1), 1, 42, 0), 2, 42, 0) << int(BandId::Band5GHz) << 36 << 80 << 5210
            << 0 << 5170 << 5250 << 0;
    }

    void place()
    {
        QFETCH(int, frequency);
        QFETCH(ElementSummary, summary);
        QFETCH(int, band);
        QFETCH(int, channel);
        QFETCH(int, width);
        QFETCH(int, center);
        QFETCH(int, center2);
        QFETCH(int, low);
        QFETCH(int, high);
        QFETCH(int, punctured);
        const ChannelPlacement placement = placeChannel(frequency, summary);
        QCOMPARE(int(placement.band), band);
        QCOMPARE(placement.primaryChannel, channel);
        QCOMPARE(placement.primaryFrequency, frequency);
        QCOMPARE(placement.widthMhz, width);
        QCOMPARE(placement.centerFrequency, center);
        QCOMPARE(placement.center2Frequency, center2);
        QCOMPARE(placement.lowFrequency(), low);
        QCOMPARE(placement.highFrequency(), high);
        QCOMPARE(int(placement.puncturedSubchannels), punctured);
        // The primary channel always lies inside the placed channel.
        QVERIFY(frequency - 10 >= low && frequency + 10 <= high);
    }

    void channelFrequencies()
    {
        QCOMPARE(channelFrequency(BandId::Band6GHz, 5), 5975);
        QCOMPARE(channelFrequency(BandId::Band6GHz, 2), 5935);
        QCOMPARE(channelFrequency(BandId::Band6GHz, 233), 7115);
        QCOMPARE(channelFrequency(BandId::Band5GHz, 165), 5825);
        QCOMPARE(channelFrequency(BandId::Band2GHz, 14), 2484);
        QCOMPARE(channelFrequency(BandId::Band2GHz, 15), 0);
        QCOMPARE(bandOfFrequency(5975), std::optional<BandId>(BandId::Band6GHz));
        QCOMPARE(bandOfFrequency(5925), std::optional<BandId>(BandId::Band5GHz));
        QCOMPARE(bandOfFrequency(1000), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestChannelPlacement)
#include "tst_channelplacement.moc"
