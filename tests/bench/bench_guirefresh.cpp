// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI in a crowded venue, each page in a window of its own on a real X server: 1000 BSSes in
// the Scan page's table, the Channels page's graphs, 20 series over an hour of history on the Signal
// page. Per scan (1000 changed BSSes in one batch, as the helper sends them): each page's refresh and
// painting, at once and as the app's timers run them; and the memory. Reported, not asserted.
#include "recordedstate.h"

#include "client/actionhandler.h"
#include "client/bssconversion.h"
#include "client/clientstate.h"
#include "client/helperclient.h"
#include "models/bssfiltermodel.h"
#include "pages/channelspage.h"
#include "pages/scanpage.h"
#include "pages/signalpage.h"
#include "stats/signalhistory.h"
#include "translators.h"
#include "widgets/channelgraph.h"
#include "widgets/signalchart.h"
#include "widgets/waterfall.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Airpane;
using namespace Qt::StringLiterals;

namespace {

constexpr int bssCount = 1000;
constexpr int seriesCount = 20;
constexpr int scanMs = 2000; // the history's own assumption: a scan every two seconds
constexpr int rounds = 30, hourRounds = 10, liveRounds = 10;
const QDateTime origin(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC);

double statusMb(const QByteArray &field)
{
    QFile file(u"/proc/self/status"_s);
    const QByteArray status = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    const qsizetype at = status.indexOf(field) + field.size();
    return status.mid(at, status.indexOf('\n', at) - at).trimmed().split(' ').first().toDouble() / 1024.0;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The recorded hall is simulated radios on eight 20 MHz channels at two signals; a real venue
// spreads its BSSes over every channel, at several widths and many signals.
QList<Client::Bss> synthesize(const QList<Client::Bss> &hall)
{
    const QList<int> five = {36,  40,  44,  48,  52,  56,  60,  64,  100, 104, 108, 112, 116,
                             120, 124, 128, 132, 136, 140, 144, 149, 153, 157, 161, 165};
    QList<Client::Bss> bsses;
    for (int i = 0; i < bssCount; ++i) {
        Client::Bss bss = hall[i % hall.size()];
        bss.bssid = QString::asprintf("02:a1:00:00:%02x:%02x", i >> 8, i & 0xff);
        bss.key = u"%1/%2"_s.arg(bss.radio).arg(bss.bssid);
        bss.groupKey = QString::asprintf("%u/02:a1:00:00:%02x:%02x", bss.radio, (i / 3) >> 8, (i / 3) & 0xff);
        bss.ssid = u"Hall %1-%2"_s.arg(i / 40 + 1).arg(i % 40 + 1, 2, 10, QLatin1Char('0'));
        bss.firstSeen = origin;
        // i * 389 % 1000 runs through 0..999 once: every BSS its own strength.
        bss.signalDbm = -30.0 - double(i * 389 % 1000) * 0.06;
        if (bss.band == "2.4GHz"_L1) {
            bss.channel = 1 + i * 5 % 13;
            bss.frequency = bss.centerFrequency = 2407 + 5 * *bss.channel;
            bss.widthMhz = 20;
        } else {
            const int channel = five[i * 7 % five.size()];
            bss.channel = channel;
            bss.frequency = 5000 + 5 * channel;
            bss.widthMhz = channel == 165 ? 20 : 20 << (i / 3 % 3);
            // A wide channel is a block of PER 20 MHz channels counted from 36 (or 149).
            const int per = bss.widthMhz / 20, base = channel >= 149 ? 149 : 36;
            bss.centerFrequency = 5000 + 5 * (base + (channel - base) / (4 * per) * 4 * per + (per - 1) * 2);
        }
        bsses.append(bss);
    }
    return bsses;
}

// The venue heard again by scan SCAN: every signal wanders by a few dB, so the order changes.
QList<Client::Bss> heard(QList<Client::Bss> bsses, int scan)
{
    const QDateTime when = origin.addMSecs(qint64(scan) * scanMs);
    for (qsizetype i = 0; i < bsses.size(); ++i) {
        bsses[i].lastSeen = when;
        bsses[i].signalDbm = *bsses[i].signalDbm + 3 * std::sin(double(scan) / 4 + double(i));
    }
    return bsses;
}

// A page's window. Qt paints a window's dirty regions when the window gets UpdateRequest (posted
// by update(), sent by repaint()): timing it tells the page's painting from the others'. The
// widgets that show the scans are watched, so that a page that did not redraw is noticed.
class Host : public QWidget
{
public:
    Host(QWidget *page, const QList<QWidget *> &watched)
        : m_watched(int(watched.size()))
    {
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(page);
        resize(1600, 1000);
        for (QWidget *widget : watched) {
            widget->installEventFilter(this);
        }
    }
    // SINCE: record when the first paint of a watched widget after it is done.
    void reset(const QElapsedTimer *since = nullptr)
    {
        paintNs = 0;
        paintedAfterNs = -1;
        m_since = since;
        m_painted.clear();
    }
    bool allPainted() const { return m_painted.size() == m_watched; }

    qint64 paintNs = 0;
    qint64 paintedAfterNs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            m_painted.insert(watched);
        }
        return false;
    }
    bool event(QEvent *event) override
    {
        QElapsedTimer timer;
        timer.start();
        const bool done = QWidget::event(event);
        if (event->type() == QEvent::UpdateRequest) {
            paintNs += timer.nsecsElapsed();
            if (m_since && paintedAfterNs < 0 && !m_painted.isEmpty()) {
                paintedAfterNs = m_since->nsecsElapsed();
            }
        }
        return done;
    }

private:
    int m_watched;
    QSet<QObject *> m_painted;
    const QElapsedTimer *m_since = nullptr;
};

struct Figures
{
    std::vector<double> update, table, graphs, chart, refresh, total, occupancy;
    std::array<std::vector<double>, 3> painted; // the windows' painting alone
};

double quantile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[size_t(std::ceil(q * double(values.size() - 1)))];
}

void print(const char *name, const std::vector<double> &values, const std::vector<double> &painted = {},
           const char *note = "")
{
    std::printf("  %-24s median %7.2f ms  p90 %7.2f ms", name, quantile(values, 0.5), quantile(values, 0.9));
    if (!painted.empty()) {
        std::printf("  (painting %.2f ms)", quantile(painted, 0.5));
    }
    std::printf("%s\n", note);
}

void settle(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(std::max<qint64>(ms, 0), Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_guirefresh: FAILED: %s\n", qPrintable(why));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslators(&app);

    HelperClient client;
    Test::feed(client.state(), Test::load(u"hall"_s));
    QList<Client::Bss> hall;
    for (const QJsonObject &object : Test::readJson(u"hall"_s, u"bss.json"_s)) {
        hall.append(Client::bssFromJson(Test::overDbus(object)));
    }
    const QList<Client::Bss> venue = synthesize(hall);
    ScanState *scans = client.state()->scans();
    SignalHistory history(scans);
    const double rssBefore = statusMb("VmRSS:");

    // An hour of scans before any page exists: the models would sort each of the 1800 batches.
    int scan = 0;
    for (; scan < SignalHistory::maxSamplesPerBss; ++scan) {
        scans->updateBsses(heard(venue, scan), {});
        history.sampleOccupancy(history.newestMs());
    }
    const double rssFilled = statusMb("VmRSS:");
    if (scans->count() != bssCount ||
        history.sampleCount() != qsizetype(bssCount) * SignalHistory::maxSamplesPerBss) {
        return fail(u"%1 BSSes, %2 samples after an hour"_s.arg(scans->count()).arg(history.sampleCount()));
    }

    ActionHandler actions(&client);
    auto *scanPage = new ScanPage(&client, &actions);
    auto *channelsPage = new ChannelsPage(&client);
    auto *signalPage = new SignalPage(&client, &history);
    Host scanHost(scanPage, {scanPage->table()->viewport()});
    Host channelsHost(channelsPage, {channelsPage->graphs()[0], channelsPage->graphs()[1]}); // none on 6 GHz
    Host signalHost(signalPage, {signalPage->chart()->viewport(), signalPage->waterfall()});
    const std::array<Host *, 3> hosts = {&scanHost, &channelsHost, &signalHost};
    // Stacked at full size, as each would fill the main window: one showing at a time would leave
    // the others unpainted. A window mapped before the next one covers it stays exposed.
    for (Host *host : hosts) {
        host->move(0, 0);
        host->show();
        if (!QTest::qWaitForWindowExposed(host)) {
            return fail(u"a page's window is not exposed"_s);
        }
    }

    const QAbstractItemModel *networks = signalPage->networks()->model();
    for (int i = 0; i < seriesCount; ++i) {
        signalPage->networks()->selectionModel()->select(networks->index(i * bssCount / seriesCount, 0),
                                                         QItemSelectionModel::Select |
                                                             QItemSelectionModel::Rows);
    }
    // The pointer may rest over the table, which then holds its rows still: not what is measured.
    scanPage->filter()->setFrozen(false);
    settle(scanMs);
    const double rssShown = statusMb("VmRSS:");

    auto check = [&]() -> QString {
        int graphed = 0;
        for (const ChannelGraph *graph : channelsPage->graphs()) {
            graphed += graph->bssCount();
        }
        const int rows = scanPage->table()->model()->rowCount();
        const SignalChart *chart = signalPage->chart();
        if (rows != bssCount || scanPage->filter()->isFrozen() || graphed != bssCount ||
            signalPage->followed().size() != seriesCount || chart->seriesCount() != seriesCount ||
            chart->pointCount() < seriesCount * 2 || signalPage->waterfall()->rowCount() < 2) {
            return QString::asprintf(
                "table rows %d (frozen %d), BSSes on the channel graphs %d, chart series %d "
                "with %d points, waterfall lines %d",
                rows, int(scanPage->filter()->isFrozen()), graphed, chart->seriesCount(), chart->pointCount(),
                signalPage->waterfall()->rowCount());
        }
        return {};
    };
    QString problem = check();
    if (!problem.isEmpty()) {
        return fail(problem);
    }

    // One scan with each page refreshed at once (as its timer would, without the wait) and the
    // events drained; each window's painting timed by its Host. The waterfall's line comes from
    // its own timer a second later: timed, but outside the totals.
    auto ms = [](qint64 ns) { return double(ns) / 1e6; };
    auto measure = [&](Figures &figures) {
        const QList<Client::Bss> batch = heard(venue, scan++);
        for (Host *host : hosts) {
            host->reset();
        }
        QElapsedTimer timer;
        timer.start();
        scans->updateBsses(batch, {});
        const qint64 updated = timer.nsecsElapsed();
        scanPage->table()->doItemsLayout();
        const qint64 tabled = timer.nsecsElapsed();
        channelsPage->refresh();
        const qint64 graphed = timer.nsecsElapsed();
        signalPage->networks()->doItemsLayout();
        signalPage->refresh();
        const qint64 charted = timer.nsecsElapsed();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1000);
        const qint64 drained = timer.nsecsElapsed();
        history.sampleOccupancy(history.newestMs());
        figures.occupancy.push_back(ms(timer.nsecsElapsed() - drained));

        figures.update.push_back(ms(updated));
        figures.table.push_back(ms(tabled - updated + scanHost.paintNs));
        figures.graphs.push_back(ms(graphed - tabled + channelsHost.paintNs));
        figures.chart.push_back(ms(charted - graphed + signalHost.paintNs));
        figures.refresh.push_back(ms(drained - updated));
        figures.total.push_back(ms(drained));
        for (size_t i = 0; i < hosts.size(); ++i) {
            figures.painted[i].push_back(ms(hosts[i]->paintNs));
            if (!hosts[i]->allPainted() && problem.isEmpty()) {
                problem = u"page %1 of 3 did not repaint after a scan"_s.arg(i + 1);
            }
        }
        if (problem.isEmpty()) {
            problem = check();
        }
        // The rest of the two seconds: the history's and the pages' own timers fire meanwhile.
        settle(scanMs - timer.elapsed());
    };

    Figures figures;
    for (int round = 0; round < rounds; ++round) {
        measure(figures);
    }
    const int points = signalPage->chart()->pointCount();
    signalPage->windowChooser()->setCurrentIndex(signalPage->windowChooser()->count() - 1);
    Figures hour;
    for (int round = 0; round < hourRounds; ++round) {
        measure(hour);
    }
    const int hourPoints = signalPage->chart()->pointCount();
    signalPage->windowChooser()->setCurrentIndex(1);
    if (!problem.isEmpty()) {
        return fail(problem);
    }

    // As the app runs: only the batch is handed over, the pages' timers decide when they redraw.
    std::array<std::vector<double>, 3> after;
    std::vector<double> busy;
    for (int round = 0; round < liveRounds; ++round) {
        const QList<Client::Bss> batch = heard(venue, scan++);
        QElapsedTimer timer;
        for (Host *host : hosts) {
            host->reset(&timer);
        }
        const double cpu = threadCpuMs();
        timer.start();
        scans->updateBsses(batch, {});
        settle(scanMs - timer.elapsed());
        busy.push_back(threadCpuMs() - cpu);
        for (size_t i = 0; i < hosts.size(); ++i) {
            if (hosts[i]->paintedAfterNs < 0) {
                return fail(u"page %1 of 3 did not repaint within %2 ms of a scan"_s.arg(i + 1).arg(scanMs));
            }
            after[i].push_back(ms(hosts[i]->paintedAfterNs));
            hosts[i]->reset();
        }
    }

    std::printf("bench_guirefresh: %d BSSes, %d series, 1 h history (%lld samples)\n", bssCount, seriesCount,
                qlonglong(history.sampleCount()));
    std::printf("  each page refreshed at once and painted (%d scans; chart window 5 min, %d points):\n",
                rounds, points);
    print("update state+models", figures.update);
    print("scan table repaint", figures.table, figures.painted[0]);
    print("channel graphs", figures.graphs, figures.painted[1]);
    print("signal chart+waterfall", figures.chart, figures.painted[2]);
    print("refresh total", figures.refresh, {}, "  (target <= 8 ms)");
    print("scan-done to updated", figures.total, {}, "  (target <= 50 ms)");
    print("waterfall line (1 s on)", figures.occupancy);
    std::printf("  chart window 1 h (%d scans, %d points):\n", hourRounds, hourPoints);
    print("signal chart+waterfall", hour.chart, hour.painted[2]);
    print("scan-done to updated", hour.total);
    std::printf("  as the app runs, with its timers (%d scans; chart window 5 min): painted after\n",
                liveRounds);
    print("scan table", after[0]);
    print("channel graphs", after[1]);
    print("signal chart+waterfall", after[2]);
    print("main-thread CPU per scan", busy, {}, "  (of 2000 ms between scans)");
    std::printf("  memory: RSS before %.1f MB, with %d BSSes + 1 h history %.1f MB (target <= 150 MB);\n",
                rssBefore, bssCount, rssFilled);
    std::printf("          with the pages shown %.1f MB, after the scans %.1f MB, peak %.1f MB\n", rssShown,
                statusMb("VmRSS:"), statusMb("VmHWM:"));
    return 0;
}
