// SPDX-License-Identifier: GPL-3.0-or-later
// In the lab's crowded hall: the CPU time of one refresh of the BSS table (GET_SCAN dump, full
// decode, table update) against `iw dev X scan dump > /dev/null` on the same kernel cache, both
// with the kernel's share (system time) counted. Reported as a ratio, not asserted.
#include "support/iwscan.h"
#include "support/labscenario.h"

#include "core/backend.h"
#include "scan/scancontroller.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Airpane;

namespace {

constexpr int rounds = 20;

double processCpu()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double childrenCpu()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString error;
    const Lab::LabScenario lab = Lab::LabScenario::ensure(QStringLiteral("hall"), &error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "bench_scanrefresh: %s\n", qPrintable(error));
        return 1;
    }
    const QString netdev = lab.freeRadios().first().netdev;
    // Fill the kernel's BSS list: a few scans, as a crowded channel loses some probe responses.
    for (int i = 0; i < 3; ++i) {
        Lab::iwScan(netdev, i == 0 ? QStringList{QStringLiteral("flush")} : QStringList{}, &error);
    }

    Backend backend;
    if (!backend.start(&error) || !backend.waitForReady()) {
        std::fprintf(stderr, "bench_scanrefresh: %s\n", qPrintable(error));
        return 1;
    }
    const auto interface = backend.interfaceByName(netdev);
    Scan::ScanController controller(&backend);
    QList<double> ours;
    int bssCount = 0;
    for (int i = 0; i < rounds + 1; ++i) {
        QEventLoop loop;
        QObject::connect(&controller, &Scan::ScanController::refreshed, &loop, [&](std::uint32_t, int count) {
            bssCount = count;
            loop.quit();
        });
        const double before = processCpu();
        controller.refresh(*interface);
        loop.exec();
        if (i > 0) { // the first one builds the table
            ours.append(processCpu() - before);
        }
    }

    QList<double> iw;
    for (int i = 0; i < rounds; ++i) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        const double before = childrenCpu();
        process.start(QStringLiteral("iw"),
                      {QStringLiteral("dev"), netdev, QStringLiteral("scan"), QStringLiteral("dump")});
        process.waitForFinished();
        iw.append(childrenCpu() - before);
    }

    const double oursMedian = median(ours);
    const double iwMedian = median(iw);
    std::printf("crowded hall: %d BSSes in the kernel's list\n", bssCount);
    std::printf("one refresh (dump, decode, table update): median %.2f ms CPU over %d\n", oursMedian * 1e3,
                rounds);
    std::printf("iw dev %s scan dump > /dev/null: median %.2f ms CPU over %d\n", qPrintable(netdev),
                iwMedian * 1e3, rounds);
    std::printf("ratio (Airpane / iw): %.3f (target <= 0.25)\n", oursMedian / iwMedian);
    return bssCount >= 200 ? 0 : 1;
}
