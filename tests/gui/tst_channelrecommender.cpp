// SPDX-License-Identifier: GPL-3.0-or-later
// The Channels page's recommendation: which channel an AP should use, from overlap weighted by
// signal and load, the survey's busy time and the regulatory rules, smoothed over scans so that the
// answer does not flap, and explained in words.
#include "analysis/channelrecommender.h"

#include <QTest>

using namespace Airpane;
using namespace Qt::StringLiterals;
using R = ChannelRecommender;

namespace {

const QString b24 = u"2.4GHz"_s;
const QString b5 = u"5GHz"_s;

int mhz(const QString &band, int number)
{
    return band == b24 ? 2407 + 5 * number : 5000 + 5 * number;
}

// 2.4 GHz 1..LAST24 (11 for the US), 14 disabled; 5 GHz 36..64, 100..144, 149..165 with radar on
// 52..144 (60 s of CAC), 144 disabled, 165 no-IR.
Client::Radio radio(int last24 = 13)
{
    QList<int> numbers;
    for (int number = 1; number <= last24; ++number) {
        numbers.append(number);
    }
    numbers.append(14);
    for (int number = 36; number <= 165; number += number == 64 ? 36 : number == 144 ? 5 : 4) {
        numbers.append(number);
    }
    Client::Radio result;
    result.bands.resize(2);
    result.bands[0].key = b24;
    result.bands[1].key = b5;
    for (int number : std::as_const(numbers)) {
        Client::Channel channel;
        const bool radar = number >= 52 && number <= 144;
        channel.number = number;
        channel.frequency = number == 14 ? 2484 : mhz(number < 36 ? b24 : b5, number);
        channel.flags = {radar ? u"radar"_s : number == 165 ? u"no-ir"_s : QString()};
        channel.dfsState = radar ? u"usable"_s : QString();
        channel.dfsCacTimeMs = 60000; // read for DFS channels only
        channel.disabled = number == 14 || number == 144;
        result.bands[number < 36 ? 0 : 1].channels.append(channel);
    }
    return result;
}

// A BSS on channel NUMBER, WIDTH MHz wide around channel CENTER (default: NUMBER).
Client::Bss bss(const QString &band, int number, double dbm, int width = 20, int center = 0)
{
    static int serial = 0;
    Client::Bss result;
    result.bssid = u"02:00:00:00:%1"_s.arg(++serial, 4, 16, QChar(u'0')).insert(14, u':');
    result.key = u"0/"_s + result.bssid;
    result.ssid = u"net%1"_s.arg(serial);
    result.band = band;
    result.frequency = mhz(band, number);
    result.widthMhz = width;
    result.centerFrequency = mhz(band, center ? center : number);
    result.signalDbm = dbm;
    return result;
}

// One −55 dBm BSS for each of STRONG, one −70 dBm BSS for each of WEAK.
QList<Client::Bss> hall(const QList<int> &strong, const QList<int> &weak)
{
    QList<Client::Bss> bsses;
    for (int number : strong + weak) {
        bsses.append(bss(b24, number, bsses.size() < strong.size() ? -55 : -70));
    }
    return bsses;
}

const ChannelCandidate *find(const ChannelRecommendation &recommendation, int lowest)
{
    for (const ChannelCandidate &candidate : recommendation.candidates) {
        if (candidate.channels.value(0) == lowest) {
            return &candidate;
        }
    }
    return nullptr;
}

bool mentions(const ChannelCandidate *candidate, const QString &text)
{
    return candidate && std::any_of(candidate->reasons.cbegin(), candidate->reasons.cend(),
                                    [&](const QString &reason) { return reason.contains(text); });
}

// One sentence that names the recommended channel.
void checkSummary(const ChannelRecommendation &recommendation)
{
    QVERIFY2(recommendation.summary.contains(R::label(*recommendation.best)),
             qPrintable(recommendation.summary));
    QVERIFY(recommendation.summary.endsWith(u'.'));
}

} // namespace

class TestChannelRecommender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void weights()
    {
        QCOMPARE(R::signalWeight(-95), 1.0);
        QVERIFY(qAbs(R::signalWeight(-75) - 10) < 1e-9 && R::signalWeight(-40) > R::signalWeight(-41));
        QCOMPARE(R::signalWeight(-300), R::signalWeight(-100));
        QCOMPARE(R::signalWeight(std::nullopt), R::signalWeight(-85));
        Client::Bss quiet = bss(b24, 1, -60), busy = quiet;
        QCOMPARE(R::loadWeight(quiet), 1.0); // unknown load
        quiet.utilizationPercent = quiet.stations = 0;
        busy.utilizationPercent = busy.stations = 80;
        QVERIFY(R::loadWeight(quiet) < 1 && R::loadWeight(busy) > 2);
    }

    void overlap_data()
    {
        QTest::addColumn<Client::Bss>("a");
        QTest::addColumn<Client::Bss>("b");
        QTest::addColumn<double>("mhz");
        // 2.4 GHz masks are 22 MHz wide, channels 5 MHz apart: 22 − 5 × distance.
        QTest::newRow("1 and 1") << bss(b24, 1, -50) << bss(b24, 1, -50) << 22.0;
        QTest::newRow("1 and 3") << bss(b24, 1, -50) << bss(b24, 3, -50) << 12.0;
        QTest::newRow("3 and 6") << bss(b24, 3, -50) << bss(b24, 6, -50) << 7.0;
        QTest::newRow("1 and 6") << bss(b24, 1, -50) << bss(b24, 6, -50) << 0.0;
        const Client::Bss wide = bss(b5, 36, -50, 80, 42);
        QTest::newRow("80 over 20") << wide << bss(b5, 44, -50) << 20.0;
        QTest::newRow("80 beside 80") << wide << bss(b5, 52, -50, 80, 58) << 0.0;
        Client::Bss eightyPlus = bss(b5, 36, -50, 160, 42);
        eightyPlus.center2Frequency = mhz(b5, 106);
        QTest::newRow("80+80, second segment") << eightyPlus << bss(b5, 112, -50) << 20.0;
        QTest::newRow("80+80, the gap") << eightyPlus << bss(b5, 60, -50) << 0.0;
        Client::Bss punctured = wide;
        punctured.puncturedSubchannels = 0b0100; // 44 stays silent
        QTest::newRow("punctured") << punctured << bss(b5, 44, -50) << 0.0;
        QTest::newRow("punctured, the rest") << punctured << wide << 60.0;
    }

    void overlap()
    {
        QFETCH(Client::Bss, a);
        QFETCH(Client::Bss, b);
        QFETCH(double, mhz);
        QCOMPARE(R::overlapMhz(R::spectrum(a), R::spectrum(b)), mhz);
        QCOMPARE(R::overlapMhz(R::spectrum(b), R::spectrum(a)), mhz);
    }

    // Channels d apart overlap by max(0, 22 − 5d) MHz; a BSS adds overlap / 22 × its signal
    // weight (−55 dBm: 100, −70 dBm: 17.8), four times that when it only partly overlaps.
    void hall24_data()
    {
        QTest::addColumn<int>("last");
        QTest::addColumn<QList<int>>("strong");
        QTest::addColumn<QList<int>>("weak");
        QTest::addColumn<int>("expected");
        QTest::addColumn<double>("overlapMhz"); // at the expected channel, all from weak ones
        QTest::addColumn<double>("factor");     // 4: those overlap only partly
        // 6: 7 from each of the five on 3 and 9, all partly: 35/22 × 17.8 × 4 = 113. Every other
        // channel has a strong one on it or partly over it (1: 100 + 3 × 12/22 × 17.8 × 4 = 216).
        QTest::newRow("1, 11, 13, crowds on 3 and 9")
            << 13 << QList<int>{1, 11, 13} << QList<int>{3, 3, 3, 9, 9} << 6 << 35.0 << 4.0;
        // Sharing 3 with one network (17.8) beats channel 1 partly under it (12/22 × 17.8 × 4 = 38.8).
        QTest::newRow("3 and 9, channels 1-11") << 11 << QList<int>() << QList<int>{3, 9} << 3 << 22.0 << 1.0;
        // 11 shared with one (17.8) beats 8, partly under 11 (7/22 × 17.8 × 4 = 22.6), and 6, partly
        // under the three on 3.
        QTest::newRow("1, 11 and three on 3")
            << 11 << QList<int>() << QList<int>{1, 11, 3, 3, 3} << 11 << 22.0 << 1.0;
    }

    void hall24()
    {
        QFETCH(int, last);
        QFETCH(QList<int>, strong);
        QFETCH(QList<int>, weak);
        QFETCH(int, expected);
        QFETCH(double, overlapMhz);
        QFETCH(double, factor);
        const ChannelRecommendation recommendation = R().update(radio(last), b24, hall(strong, weak));
        QCOMPARE(recommendation.networks, strong.size() + weak.size());
        QCOMPARE(recommendation.best->channel, expected);
        QCOMPARE(recommendation.candidates.first().channel, expected);
        QCOMPARE(recommendation.best->cost, overlapMhz / 22 * R::signalWeight(-70) * factor);
        QCOMPARE(recommendation.best->strongestDbm, std::optional<double>(-70));
        QVERIFY(recommendation.summary.contains(u"-70 dBm"_s));
        checkSummary(recommendation);
    }

    void ownApLeftOut_data()
    {
        QTest::addColumn<QStringList>("bssids");
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<int>("leftOut");
        QTest::addColumn<int>("expected");
        // Own AP on 6 at −40 dBm (two BSSes), strangers on 1 and 11 at −50. Counted, 6 costs two
        // −40 dBm networks and 1 wins, shared with one −50 dBm network (13, partly under 11, costs
        // 12/22 × 4 of one).
        QTest::newRow("none") << QStringList() << QStringList() << 0 << 1;
        // In capitals: BSSIDs compare without case; the guest BSS goes with its group.
        QTest::newRow("by BSSID") << QStringList{u"02:00:00:00:06:01"_s.toUpper()} << QStringList() << 2 << 6;
        QTest::newRow("by group") << QStringList() << QStringList{u"home-ap"_s} << 2 << 6;
    }

    void ownApLeftOut()
    {
        QFETCH(QStringList, bssids);
        QFETCH(QStringList, groups);
        QFETCH(int, leftOut);
        QFETCH(int, expected);
        QList<Client::Bss> bsses = {bss(b24, 6, -40), bss(b24, 6, -40), bss(b24, 1, -50), bss(b24, 11, -50)};
        bsses[0].bssid = u"02:00:00:00:06:01"_s;
        bsses[0].ssid = u"Home"_s;
        bsses[1].ssid = u"Guest"_s;
        bsses[0].groupKey = bsses[1].groupKey = u"home-ap"_s;
        bsses.append(bsses[2]); // the same stranger, quieter for a second radio: counted once
        bsses.last().radio = 1;
        bsses.last().signalDbm = -70;
        ChannelRecommender::Options options;
        options.ownBssids = QSet<QString>(bssids.cbegin(), bssids.cend());
        options.ownGroups = QSet<QString>(groups.cbegin(), groups.cend());
        const ChannelRecommendation recommendation = R(options).update(radio(), b24, bsses);
        QCOMPARE(recommendation.leftOut, leftOut);
        QCOMPARE(recommendation.networks, 4 - leftOut);
        QCOMPARE(recommendation.best->channel, expected);
        const ChannelCandidate *six = find(recommendation, 6);
        QCOMPARE(mentions(six, u"Left out: your own AP Home"_s), leftOut > 0);
        QCOMPARE(mentions(six, u"Left out: your own AP Guest"_s), leftOut > 0);
        QCOMPARE(six->overlapping, leftOut > 0 ? 0 : 2);
        QCOMPARE(find(recommendation, 1)->strongestDbm, std::optional<double>(-50));
        checkSummary(recommendation);
    }

    void regulatory_data()
    {
        QTest::addColumn<bool>("allowDfs");
        QTest::addColumn<bool>("radarSeen"); // on 52..64
        QTest::addColumn<int>("expected");
        // Every channel without DFS carries a −45 dBm network but 44 (−80 dBm) and 165, which is
        // empty but No-IR; the DFS channels are empty.
        QTest::newRow("default") << false << false << 44;
        QTest::newRow("DFS allowed") << true << false << 52;
        QTest::newRow("DFS allowed, radar on 52-64") << true << true << 100;
    }

    void regulatory()
    {
        QFETCH(bool, allowDfs);
        QFETCH(bool, radarSeen);
        QFETCH(int, expected);
        Client::Radio r = radio();
        for (int i = 4; radarSeen && i < 8; ++i) {
            r.bands[1].channels[i].dfsState = u"unavailable"_s; // 52..64
        }
        QList<Client::Bss> bsses;
        for (int number : {36, 40, 44, 48, 149, 153, 157, 161}) {
            bsses.append(bss(b5, number, number == 44 ? -80 : -45));
        }
        ChannelRecommender::Options options;
        options.allowDfs = allowDfs;
        const ChannelRecommendation recommendation = R(options).update(r, b5, bsses);
        QCOMPARE(recommendation.best->channel, expected);
        QCOMPARE(recommendation.best->dfs, allowDfs);
        const ChannelCandidate *c52 = find(recommendation, 52);
        QVERIFY(c52->dfs && c52->allowed == (allowDfs && !radarSeen));
        QCOMPARE(mentions(c52, u"left out unless DFS channels are allowed"_s), !allowDfs);
        QCOMPARE(mentions(c52, u"radar was detected"_s), radarSeen);
        QCOMPARE(mentions(c52, u"radar detection may move the AP"_s), allowDfs && !radarSeen);
        QCOMPARE(mentions(find(recommendation, 100), u"listens for radar for 60 second"_s), allowDfs);
        QCOMPARE(recommendation.summary.contains(u"radar"_s), allowDfs);
        if (!allowDfs) {
            QVERIFY(recommendation.summary.contains(u"1 weak network overlaps it (-80 dBm)"_s));
        }
        // No-IR: never a candidate for an AP, however empty; not allowed ranks last.
        const ChannelCandidate *c165 = find(recommendation, 165);
        QVERIFY(!c165->allowed && c165->cost == 0 && !recommendation.candidates.last().allowed);
        QVERIFY(mentions(c165, u"No-IR: the regulatory domain forbids starting an AP here"_s));
        checkSummary(recommendation);
    }

    void blocks_data()
    {
        QTest::addColumn<QString>("band");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("labels"); // by frequency, all allowed with DFS; 14 and 144 disabled
        QTest::newRow("2.4 GHz 20") << b24 << 20 << u"1 2 3 4 5 6 7 8 9 10 11 12 13"_s;
        QTest::newRow("2.4 GHz 40") << b24 << 40 << u"1–5 2–6 3–7 4–8 5–9 6–10 7–11 8–12 9–13"_s;
        QTest::newRow("2.4 GHz 80") << b24 << 80 << QString();
        QTest::newRow("5 GHz 20") << b5 << 20
                                  << u"36 40 44 48 52 56 60 64 100 104 108 112 116 120 124 128 132 136 140 "
                                     u"149 153 157 161 165"_s;
        // 140–144 and 132–144 lose their disabled 144; 165 has no partner.
        QTest::newRow("5 GHz 40") << b5 << 40
                                  << u"36–40 44–48 52–56 60–64 100–104 108–112 116–120 124–128 132–136 "
                                     u"149–153 157–161"_s;
        QTest::newRow("5 GHz 80") << b5 << 80 << u"36–48 52–64 100–112 116–128 149–161"_s;
        QTest::newRow("5 GHz 160") << b5 << 160 << u"36–64 100–128"_s;
    }

    // An empty band: every block a candidate at no cost, the lowest recommended.
    void blocks()
    {
        QFETCH(QString, band);
        QFETCH(int, width);
        QFETCH(QString, labels);
        ChannelRecommender::Options options;
        options.widthMhz = width;
        options.allowDfs = true;
        // A BSS of the other band does not count.
        const QList<Client::Bss> other = {band == b5 ? bss(b24, 1, -30) : bss(b5, 36, -30)};
        const ChannelRecommendation recommendation = R(options).update(radio(), band, other);
        QCOMPARE(recommendation.networks, 0);
        QMap<int, QString> found; // by centre frequency
        for (const ChannelCandidate &candidate : recommendation.candidates) {
            QVERIFY(candidate.allowed != (candidate.channel == 165) && candidate.cost == 0); // 165: No-IR
            QCOMPARE(candidate.channels.size(), width / 20);
            found.insert(candidate.centerFrequency, R::label(candidate));
        }
        QCOMPARE(found.values().join(u' '), labels);
        if (labels.isEmpty()) {
            QVERIFY(!recommendation.best && recommendation.summary.contains(u"80 MHz wide"_s));
        } else {
            // Without DFS first, then the lowest.
            QCOMPARE(R::label(*recommendation.best), labels.section(u' ', 0, 0));
            QVERIFY2(recommendation.summary.contains(u"no networks"_s), qPrintable(recommendation.summary));
            checkSummary(recommendation);
        }
    }

    // The no-ht40-*, no-80mhz and no-160mhz flags of any subchannel rule a width out.
    void widthRules()
    {
        Client::Radio r = radio();
        r.bands[0].channels[0].flags = r.bands[0].channels[1].flags = {u"no-ht40-plus"_s}; // 1, 2
        r.bands[0].channels[5].flags = {u"no-ht40-minus"_s};                               // 6
        r.bands[1].channels[10].flags.append(u"no-80mhz"_s);                               // 108
        r.bands[1].channels[6].flags.append(u"no-160mhz"_s);                               // 60
        ChannelRecommender::Options options;
        options.allowDfs = true;
        auto update = [&](int width, const QString &band) {
            options.widthMhz = width;
            return R(options).update(r, band, {});
        };
        const ChannelRecommendation forty = update(40, b24);
        QVERIFY(find(forty, 1)->allowed && find(forty, 1)->channel == 5); // HT40− on 5 instead
        QVERIFY(!find(forty, 2)->allowed && mentions(find(forty, 2), u"forbids 40 MHz"_s)); // no 2+, no 6−
        QCOMPARE(find(forty, 3)->channel, 3);
        const ChannelRecommendation eighty = update(80, b5);
        QVERIFY(!find(eighty, 100)->allowed && mentions(find(eighty, 100), u"forbids 80 MHz"_s));
        QVERIFY(find(eighty, 52)->allowed);
        const ChannelRecommendation wide = update(160, b5);
        QVERIFY(!find(wide, 36)->allowed && !find(wide, 100)->allowed && !wide.best);
        QVERIFY(wide.summary.startsWith(u"No 5 GHz channel allows starting an AP at 160 MHz"_s));
    }

    void partialOverlap80()
    {
        // 80 MHz around 50 (5210–5290) covers half of 36–48 and half of 52–64; 20 MHz on 149 a
        // quarter of 149–161; 80 MHz on 100–112 all of it.
        const QList<Client::Bss> bsses = {bss(b5, 44, -60, 80, 50), bss(b5, 149, -70),
                                          bss(b5, 100, -60, 80, 106)};
        ChannelRecommender::Options options;
        options.widthMhz = 80;
        const ChannelRecommendation recommendation = R(options).update(radio(), b5, bsses);
        const double w60 = R::signalWeight(-60);
        // Half covered by a misaligned 80 MHz network: partly overlapping, four times its share.
        const double partly = R::partialOverlapFactor;
        QCOMPARE(find(recommendation, 36)->cost, w60 / 2 * partly); // fuzzy, as QCOMPARE compares doubles
        QCOMPARE(find(recommendation, 52)->cost, w60 / 2 * partly);
        QCOMPARE(find(recommendation, 100)->cost, w60);
        QCOMPARE(find(recommendation, 116)->cost, 0.0);
        QCOMPARE(find(recommendation, 149)->cost, R::signalWeight(-70) / 4);
        QCOMPARE(find(recommendation, 36)->centerFrequency, mhz(b5, 42));
        // Without DFS the choice is 36–48 or 149–161: the quarter-covered, weaker one wins.
        QCOMPARE(R::label(*recommendation.best), u"149–161"_s);
        checkSummary(recommendation);
    }

    void survey()
    {
        // The first hall of hall24: 6 wins on overlap...
        const QList<Client::Bss> bsses = hall({1, 11, 13}, {3, 3, 3, 9, 9});
        QCOMPARE(R().update(radio(), b24, bsses).best->channel, 6);
        // ...but the survey finds it busy 90% of the time (a hidden network, a microwave oven).
        QHash<int, double> busy;
        for (int number = 1; number <= 13; ++number) {
            busy.insert(mhz(b24, number), number == 6 ? 0.9 : 0.2);
        }
        const ChannelRecommendation recommendation = R().update(radio(), b24, bsses, busy);
        QVERIFY(recommendation.best->channel != 6);
        QCOMPARE(find(recommendation, 6)->busyFraction, std::optional<double>(0.9));
        QVERIFY(mentions(find(recommendation, 6), u"Busy 90% of the time"_s));
        QVERIFY(recommendation.summary.contains(u"busy 20% of the time"_s));
        checkSummary(recommendation);
    }

    void hysteresis()
    {
        // Strong networks on the other channels without DFS leave 36 and 44 to compete.
        auto scene = [](std::optional<double> on36, std::optional<double> on44) {
            QList<Client::Bss> bsses;
            for (int number : {40, 48, 149, 153, 157, 161}) {
                bsses.append(bss(b5, number, -40));
            }
            for (const auto &[number, dbm] : {std::pair(36, on36), std::pair(44, on44)}) {
                if (dbm) {
                    bsses.append(bss(b5, number, *dbm));
                }
            }
            return bsses;
        };
        const Client::Radio r = radio();
        // 44 becomes slightly better (6.3 against 7.1, less than 15%): 36 stays however long.
        ChannelRecommender slight;
        QCOMPARE(slight.update(r, b5, scene(-80, -62)).best->channel, 36);
        ChannelRecommendation recommendation;
        for (int i = 0; i < 30; ++i) {
            recommendation = slight.update(r, b5, scene(-78, -79));
            QCOMPARE(recommendation.best->channel, 36);
        }
        QVERIFY(recommendation.held);
        QCOMPARE(recommendation.candidates.first().channel, 44);
        QVERIFY(recommendation.summary.contains(u"only slightly better"_s));
        checkSummary(recommendation);
        slight.reset(); // without history the better one wins at once
        QCOMPARE(slight.update(r, b5, scene(-78, -79)).best->channel, 44);

        // 44 empties: clearly better, but its average falls from 44.7 by 30% a scan and must get
        // below 5.6 − 1 (36's cost, less the margin): that takes 7 scans (44.7 × 0.7⁷ = 3.7).
        ChannelRecommender clear;
        QCOMPARE(clear.update(r, b5, scene(-80, -62)).best->channel, 36);
        int flippedAt = 0;
        for (int i = 1; i <= 10 && !flippedAt; ++i) {
            recommendation = clear.update(r, b5, scene(-80, std::nullopt));
            QCOMPARE(find(recommendation, 44)->cost, 0.0);
            flippedAt = recommendation.best->channel == 44 ? i : 0;
        }
        QCOMPARE(flippedAt, 7);
        QVERIFY(!recommendation.held);
        checkSummary(recommendation);
    }
};

QTEST_GUILESS_MAIN(TestChannelRecommender)
#include "tst_channelrecommender.moc"
