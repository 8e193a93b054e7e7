// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI for tst_guihall, run inside the lab VM in the crowded hall as an unprivileged user under
// its own Xvfb: the real main window on the real helper, scanning live. Once the hall is in the
// table it keeps scanning for SECONDS (the signal history fills), then prints what the Scan,
// Channels and Signal pages show as one JSON line and saves a screenshot of each in OUTDIR.
//
//   guihallclient OUTDIR SECONDS
#include "client/helperclient.h"
#include "mainwindow.h"
#include "pages/channelspage.h"
#include "pages/pageid.h"
#include "pages/scanpage.h"
#include "pages/signalpage.h"
#include "screenshot.h"
#include "translators.h"
#include "widgets/channelgraph.h"
#include "widgets/signalchart.h"
#include "widgets/waterfall.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Airpane;

namespace {

void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

QJsonObject showHall(MainWindow &window, const QString &outDir)
{
    QJsonObject facts;
    auto shoot = [&](PageId page) {
        window.setCurrentPage(page);
        settle(400);
        const QString error =
            saveScreenshot(&window, outDir + QStringLiteral("/hall-%1.png").arg(pageKey(page)));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "guihallclient: %s\n", qPrintable(error));
        }
    };
    auto *scan = window.page<ScanPage>(PageId::Scan);
    facts.insert(QStringLiteral("bssRows"), scan->table()->model()->rowCount());
    shoot(PageId::Scan);

    auto *channels = window.page<ChannelsPage>(PageId::Channels);
    channels->refresh();
    facts.insert(QStringLiteral("bssInState"), window.client()->state()->scans()->count());
    int drawn = 0;
    for (ChannelGraph *graph : channels->graphs()) {
        drawn += graph->bssCount();
    }
    facts.insert(QStringLiteral("graphBsses"), drawn);
    QJsonArray recommendations;
    for (QLabel *label : channels->recommendations()) {
        recommendations.append(label->text());
    }
    facts.insert(QStringLiteral("recommendations"), recommendations);
    shoot(PageId::Channels);

    auto *signal = window.page<SignalPage>(PageId::Signal);
    signal->setBand(QStringLiteral("2.4GHz"));
    signal->refresh();
    facts.insert(QStringLiteral("series"), signal->chart()->seriesCount());
    facts.insert(QStringLiteral("points"), signal->chart()->pointCount());
    facts.insert(QStringLiteral("waterfallRows"), signal->waterfall()->rowCount());
    shoot(PageId::Signal);
    return facts;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("airpane"));
    QApplication::setApplicationDisplayName(QStringLiteral("Airpane"));
    installTranslators(&app);
    if (argc != 3) {
        std::fprintf(stderr, "usage: guihallclient OUTDIR SECONDS\n");
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    const int seconds = std::clamp(QByteArray(argv[2]).toInt(), 1, 600);
    HelperClient helper;
    MainWindow window(&helper);
    window.resize(1600, 1000);
    window.show();
    window.setCurrentPage(PageId::Scan);
    helper.start();

    QElapsedTimer clock;
    clock.start();
    // The hall is 256 BSSes; one scan under emulation may miss some.
    while (helper.state()->scans()->count() < 200 && clock.elapsed() < 240000) {
        settle(200);
    }
    const int firstFull = int(clock.elapsed());
    settle(seconds * 1000);
    QJsonObject facts = showHall(window, outDir);
    facts.insert(QStringLiteral("hallHeardAfterMs"), firstFull);
    facts.insert(QStringLiteral("bssKnown"), helper.state()->scans()->count());
    std::fputs(QJsonDocument(facts).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return 0;
}
