// SPDX-License-Identifier: GPL-3.0-or-later
// The Channels page on a real X server with the lab's crowded hall (tests/data/json/hall): every
// BSS on its band's graph at its real width, labels thinned out to stay readable, the radio's DFS
// channels known, a click selecting the strongest mask under it. Saved as a screenshot.
#include "recordedstate.h"

#include "client/bssconversion.h"
#include "client/clientstate.h"
#include "client/helperclient.h"
#include "pages/channelspage.h"
#include "screenshot.h"
#include "translators.h"
#include "widgets/channelgraph.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace Airpane;
using namespace Qt::StringLiterals;

class TestChannelsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslators(qApp);
        Test::feed(m_client.state(), Test::load(u"hall"_s));
        m_bsses = Test::readBsses(u"hall"_s);
        m_client.state()->scans()->resetBsses(m_bsses);
    }

    // A new session's snapshots come in any order: BSSes before the radios must still end with a
    // recommendation per band (it said "No radio of this machine can use this band" until the next
    // scan, and `airpane --screenshot --page channels` captured that).
    void recommendsWhenTheRadiosComeAfterTheBsses()
    {
        HelperClient client;
        client.state()->scans()->resetBsses(m_bsses);
        ChannelsPage page(&client);
        const QString none = u"No radio of this machine can use this band."_s;
        QCOMPARE(page.recommendations()[0]->text(), none);
        Test::feed(client.state(), Test::load(u"hall"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page.recommendations()[0]->text() != none, 30000); // hang guard
        QVERIFY(page.recommendations()[1]->text() != none);
        QVERIFY2(page.recommendation(u"2.4GHz"_s).best, qPrintable(page.recommendations()[0]->text()));
        QCOMPARE(page.graphs()[0]->bssCount() + page.graphs()[1]->bssCount() + page.graphs()[2]->bssCount() >
                     0,
                 true);
    }

    void graphsShowEveryBss()
    {
        ChannelsPage page(&m_client);
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        int total = 0;
        for (ChannelGraph *graph : page.graphs()) {
            total += graph->bssCount();
        }
        int known = 0;
        for (const Client::Bss &bss : std::as_const(m_bsses)) {
            known += bss.band == QLatin1String("2.4GHz") || bss.band == QLatin1String("5GHz") ||
                     bss.band == QLatin1String("6GHz");
        }
        QCOMPARE(total, known);
        QVERIFY(total >= 200);

        // A mask spans the BSS's real width: 80 MHz is four times as wide as 20 MHz on one graph.
        ChannelGraph *five = page.graphs()[1];
        Client::Bss narrow;
        narrow.band = u"5GHz"_s;
        narrow.frequency = narrow.centerFrequency = 5180;
        narrow.widthMhz = 20;
        narrow.signalDbm = -50;
        Client::Bss wide = narrow;
        wide.centerFrequency = 5210;
        wide.widthMhz = 80;
        const QPolygonF a = five->mask(narrow);
        const QPolygonF b = five->mask(wide);
        QVERIFY(qAbs((b[3].x() - b[0].x()) / (a[3].x() - a[0].x()) - 4.0) < 0.05);
        // Centred on the centre frequency, not the primary channel.
        QVERIFY(b[1].x() < a[1].x() + 1);

        // The strongest BSS is selected by a click at the top of its mask.
        const Client::Bss *strongest = nullptr;
        for (const Client::Bss &bss : std::as_const(m_bsses)) {
            if (bss.band == QLatin1String("5GHz") && (!strongest || bss.signalDbm > strongest->signalDbm)) {
                strongest = &bss;
            }
        }
        QVERIFY(strongest);
        const QPolygonF mask = five->mask(*strongest);
        const QPointF top((mask[1].x() + mask[2].x()) / 2, mask[1].y() + 3);
        QTest::mouseClick(five, Qt::LeftButton, {}, top.toPoint());
        // Of equally strong BSSes on one channel, the one drawn on top.
        const Client::Bss *selected = m_client.state()->scans()->bss(page.selected());
        QVERIFY(selected);
        QCOMPARE(selected->signalDbm, strongest->signalDbm);
        QCOMPARE(selected->centerFrequency, strongest->centerFrequency);
        QVERIFY(page.description()->text().contains(selected->bssid));
        QTest::qWait(50);
        // Crowded: labels are thinned out, but some remain.
        ChannelGraph *two = page.graphs()[0];
        QVERIFY(two->labelCount() > 0);
        QVERIFY(two->bssCount() < 20 || two->labelCount() < two->bssCount());
        const QString error = saveScreenshot(&page, QStringLiteral(AIRPANE_ARTIFACTS_DIR "/channels.png"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private:
    HelperClient m_client;
    QList<Client::Bss> m_bsses;
};

QTEST_MAIN(TestChannelsPage)
#include "tst_channelspage.moc"
