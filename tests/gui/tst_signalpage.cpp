// SPDX-License-Identifier: GPL-3.0-or-later
// The Signal page on a real X server with the lab's crowded hall (tests/data/json/hall) heard again
// and again: the history's bounds, the chart following the strongest or the selected BSSes within
// its time window, pause, hover values, and the occupancy waterfall with survey-measured and
// estimated channels. Saved as a screenshot.
#include "recordedstate.h"

#include "client/bssconversion.h"
#include "client/clientstate.h"
#include "client/helperclient.h"
#include "models/bssmodel.h"
#include "pages/signalpage.h"
#include "screenshot.h"
#include "stats/signalhistory.h"
#include "translators.h"
#include "widgets/signalchart.h"
#include "widgets/waterfall.h"

#include <QAction>
#include <QComboBox>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace Airpane;
using namespace Qt::StringLiterals;

namespace {

const QDateTime start(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC);

// The hall heard again at START + STEP: every signal wanders by a few dB.
QList<Client::Bss> heardAgain(QList<Client::Bss> bsses, int step, int seconds = 10)
{
    for (qsizetype i = 0; i < bsses.size(); ++i) {
        Client::Bss &bss = bsses[i];
        bss.lastSeen = start.addSecs(qint64(step) * seconds);
        bss.signalDbm = std::round(bss.signalDbm.value_or(-60) - 10 + 6 * std::sin(double(step + i) / 3.0));
    }
    return bsses;
}

} // namespace

class TestSignalPage : public QObject
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
        QVERIFY(m_bsses.size() >= 200);
        // The hall's station: connected to the tenth BSS.
        m_bsses[9].associated = true;
    }

    // One hour and maxSamplesPerBss samples at most, per BSS; a change that is not a new
    // hearing adds nothing.
    void historyIsBounded()
    {
        ScanState scans;
        SignalHistory history(&scans);
        Client::Bss bss = m_bsses.first();
        for (int i = 0; i < SignalHistory::maxSamplesPerBss + 50; ++i) {
            bss.lastSeen = start.addSecs(i);
            bss.signalDbm = -50 - i % 7;
            scans.updateBsses({bss}, {});
        }
        QCOMPARE(history.samples(bss.key)->size(), size_t(SignalHistory::maxSamplesPerBss));
        QCOMPARE(history.samples(bss.key)->front().timeMs, start.addSecs(50).toMSecsSinceEpoch());
        bss.stations = 3; // the same hearing, new load
        scans.updateBsses({bss}, {});
        QCOMPARE(history.sampleCount(), qsizetype(SignalHistory::maxSamplesPerBss));
        // Two hours later: everything before the last hour is gone, also of BSSes not heard since.
        Client::Bss other = m_bsses.at(1);
        other.lastSeen = bss.lastSeen.addSecs(2 * 3600);
        scans.updateBsses({other}, {});
        QVERIFY(!history.samples(bss.key));
        QCOMPARE(history.sampleCount(), 1);
    }

    void chartAndWaterfall()
    {
        SignalHistory history(m_client.state()->scans());
        SignalPage page(&m_client, &history);
        page.resize(1600, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ScanState *scans = m_client.state()->scans();
        // A survey of the 2.4 GHz radio after the first scan: channel 6 measured, 30 % busy.
        const uint radio = m_bsses.first().radio;
        for (int step = 0; step < 10; ++step) {
            scans->resetBsses(heardAgain(m_bsses, step));
            scans->setSurvey(radio,
                             {Client::SurveyChannel{2437, -92, 1000 * (step + 1), 300 * (step + 1), true}});
            history.sampleOccupancy(start.addSecs(qint64(step) * 10).toMSecsSinceEpoch());
        }
        page.refresh();

        // Without a selection: the connected BSS and the strongest, SignalPage::automaticCount of them.
        QCOMPARE(page.followed().size(), SignalPage::automaticCount);
        QCOMPARE(page.followed().first(), m_bsses[9].key);
        QCOMPARE(page.chart()->seriesCount(), SignalPage::automaticCount);
        QCOMPARE(page.chart()->pointCount(), SignalPage::automaticCount * 10);

        // The last minute of 90 seconds of samples, ten seconds apart: seven of each.
        page.windowChooser()->setCurrentIndex(0);
        QCOMPARE(page.chart()->pointCount(), SignalPage::automaticCount * 7);
        page.windowChooser()->setCurrentIndex(1);

        // Three selected rows: those three are followed, whatever their signal.
        page.networks()->selectionModel()->clear();
        QItemSelection selection;
        for (int row : {20, 40, 60}) {
            const QModelIndex index = page.networks()->model()->index(row, 0);
            selection.select(index, index);
        }
        page.networks()->selectionModel()->select(selection,
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(page.followed().size(), 3);
        QCOMPARE(page.chart()->pointCount(), 30);

        // Hover: the sample nearest the pointer, for people.
        const QString key = page.followed().first();
        const auto &samples = *history.samples(key);
        page.chart()->showHover(key, QPointF(double(samples[4].timeMs + 1200), -70));
        const Client::Bss *bss = scans->bss(key);
        QVERIFY(page.chart()->hoverText().contains(bss->displaySsid()));
        QVERIFY2(page.chart()->hoverText().contains(u"%1 dBm"_s.arg(double(samples[4].dbm), 0, 'f', 0)),
                 qPrintable(page.chart()->hoverText()));

        // Paused: new hearings fill the history but not the chart, until resumed.
        page.pauseAction()->trigger();
        scans->resetBsses(heardAgain(m_bsses, 10));
        QTest::qWait(700);
        QCOMPARE(page.chart()->pointCount(), 30);
        QCOMPARE(history.samples(key)->size(), size_t(11));
        page.pauseAction()->trigger();
        QCOMPARE(page.chart()->pointCount(), 33);

        // The waterfall: a line per moment (the timer's line for the last hearing and this one are
        // one); channel 6 measured (30 %), others estimated.
        history.sampleOccupancy(start.addSecs(100).toMSecsSinceEpoch());
        page.setBand(u"2.4GHz"_s);
        page.refresh();
        QCOMPARE(page.waterfall()->rowCount(), 11);
        const SignalHistory::OccupancyRow &last = history.occupancy(u"2.4GHz"_s).back();
        const qsizetype six = SignalHistory::channelFrequencies(u"2.4GHz"_s).indexOf(2437);
        QVERIFY(last.measured[six]);
        QCOMPARE(last.busy[six], 0.3f);
        QVERIFY(!last.measured[0]);
        QVERIFY(last.busy[0] > 0); // the hall has BSSes on channel 1
        QVERIFY(Waterfall::colorOf(1.0) != Waterfall::colorOf(0.0));

        page.networks()->selectionModel()->clear();
        page.refresh();
        QTest::qWait(50);
        const QString error = saveScreenshot(&page, QStringLiteral(AIRPANE_ARTIFACTS_DIR "/signal.png"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private:
    HelperClient m_client;
    QList<Client::Bss> m_bsses;
};

QTEST_MAIN(TestSignalPage)
#include "tst_signalpage.moc"
