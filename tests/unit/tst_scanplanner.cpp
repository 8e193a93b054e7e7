// SPDX-License-Identifier: GPL-3.0-or-later
// The live scan's plan: every band when unconnected; connected, the link's own channel only, and
// when a sweep is due one band per sweep in turn at low priority; never faster than every 10 s.
#include "recording.h"

#include "nl80211/wiphydecoder.h"
#include "scan/scanplanner.h"

#include <QTest>

using namespace Airpane;
using namespace Airpane::Scan;

class TestScanPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const Recording recording(QStringLiteral("demo"), QStringLiteral("wiphy"));
        QMap<std::uint32_t, Radio> radios;
        for (const Netlink::GenericMessage &message : recording.genericMessages()) {
            QVERIFY(Nl80211::mergeWiphy(message.attributes, radios).isEmpty());
        }
        QVERIFY(!radios.isEmpty());
        m_radio = radios.first();
    }

    void unconnectedCoversEveryBand()
    {
        const ScanPlan plan = planScan({&m_radio, {}, false, false, 0, 0, true});
        QCOMPARE(plan.bands, (QList<BandId>{BandId::Band2GHz, BandId::Band5GHz, BandId::Band6GHz}));
        QVERIFY(!plan.options.lowPriority);
        QVERIFY(plan.options.frequencies.contains(2412));
        QVERIFY(plan.options.frequencies.contains(5180));
        QVERIFY(plan.options.frequencies.contains(5955));
        QVERIFY(!plan.options.frequencies.contains(2484)); // disabled under US
        QCOMPARE(plan.offChannelCount, int(plan.options.frequencies.size()));
    }

    void connectedSweepsRotateOneBandEach()
    {
        QList<BandId> seen;
        int most = 0;
        for (int cycle = 0; cycle < 6; ++cycle) {
            const ScanPlan plan = planScan({&m_radio, {}, true, false, cycle, 2437, true});
            QCOMPARE(plan.bands.size(), 1);
            QVERIFY(plan.options.lowPriority);
            seen.append(plan.bands.first());
            most = std::max(most, plan.offChannelCount);
        }
        QCOMPARE(seen, (QList<BandId>{BandId::Band2GHz, BandId::Band5GHz, BandId::Band6GHz, BandId::Band2GHz,
                                      BandId::Band5GHz, BandId::Band6GHz}));
        // Each connected cycle leaves the channel fewer times than a full scan.
        QVERIFY(most < planScan({&m_radio, {}, false, false, 0, 0, true}).offChannelCount);
    }

    void connectedStaysOnTheLinksChannelBetweenSweeps()
    {
        const ScanPlan plan = planScan({&m_radio, {}, true, false, 0, 5180, false});
        QCOMPARE(plan.options.frequencies, QList<int>{5180});
        QCOMPARE(plan.bands, QList<BandId>{BandId::Band5GHz});
        QCOMPARE(plan.offChannelCount, 0);
        QVERIFY(plan.options.lowPriority);
        // Between sweeps nothing else is scanned: not with the channel unknown, nor outside the
        // bands chosen (an empty plan, which the governor does not trigger).
        const ScanPlan unknown = planScan({&m_radio, {}, true, false, 0, 0, false});
        QVERIFY(unknown.bands.isEmpty());
        QVERIFY(unknown.options.frequencies.isEmpty());
        const ScanPlan otherBand = planScan({&m_radio, {BandId::Band2GHz}, true, false, 0, 5180, false});
        QVERIFY(otherBand.bands.isEmpty());
        QVERIFY(otherBand.options.frequencies.isEmpty());
        QVERIFY(connectedSweepIntervalSeconds() >= 10 * minimumIntervalSeconds(true));
    }

    void chosenBandsOnly()
    {
        const ScanPlan plan = planScan({&m_radio, {BandId::Band5GHz}, false, true, 0, 0, true});
        QCOMPARE(plan.bands, QList<BandId>{BandId::Band5GHz});
        QVERIFY(plan.options.passive);
        for (const int frequency : plan.options.frequencies) {
            QVERIFY(frequency > 5000 && frequency < 5950);
        }
    }

    void noRadioNoPlan()
    {
        QVERIFY(planScan({nullptr, {}, false, false, 0, 0, true}).options.frequencies.isEmpty());
        QCOMPARE(minimumIntervalSeconds(true), 10);
        QCOMPARE(minimumIntervalSeconds(false), 2);
    }

private:
    Radio m_radio;
};

QTEST_GUILESS_MAIN(TestScanPlanner)
#include "tst_scanplanner.moc"
