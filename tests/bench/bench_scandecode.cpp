// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding speed of scan results on the lab's recorded crowded hall (tests/data/nl80211/hall): the
// GET_SCAN attribute walk, the element summary and the derived placement, security and standard,
// as a refresh does them. Reported, not asserted: CPU time of one core.
#include "recording.h"

#include "scan/bssfactory.h"
#include "scan/bssrecord.h"

#include <cstdio>
#include <ctime>

using namespace Airpane;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

int main()
{
    const Recording recording(QStringLiteral("hall"), QStringLiteral("scan-phy16"));
    const QList<Netlink::GenericMessage> messages = recording.genericMessages();
    if (messages.isEmpty()) {
        std::fprintf(stderr, "bench_scandecode: no recording: %s\n", qPrintable(recording.error()));
        return 1;
    }
    Scan::BssRecord record;
    long elements = 0;
    for (const Netlink::GenericMessage &message : messages) {
        if (Scan::decodeBssRecord(message.attributes, record)) {
            std::fprintf(stderr, "bench_scandecode: a recorded message does not decode\n");
            return 1;
        }
        elements += record.summary.elementCount;
    }

    // The decode alone, as a refresh's hot path runs it: no allocation.
    long decoded = 0;
    long checksum = 0;
    const double start = cpuSeconds();
    double elapsed = 0;
    do {
        for (const Netlink::GenericMessage &message : messages) {
            Scan::decodeBssRecord(message.attributes, record);
            checksum += record.placement.widthMhz;
        }
        decoded += messages.size();
        elapsed = cpuSeconds() - start;
    } while (elapsed < 2.0);
    const double rounds = double(decoded) / double(messages.size());

    // And with the owning Bss the table keeps (copies of the elements, the SSID decoded).
    long built = 0;
    const double startBuild = cpuSeconds();
    double elapsedBuild = 0;
    do {
        for (const Netlink::GenericMessage &message : messages) {
            Scan::decodeBssRecord(message.attributes, record);
            checksum += Scan::makeBss(record, 0).ssid.size();
        }
        built += messages.size();
        elapsedBuild = cpuSeconds() - startBuild;
    } while (elapsedBuild < 2.0);

    std::printf("recorded hall: %lld BSSes, %ld elements (%.1f per BSS)\n", qlonglong(messages.size()),
                elements, double(elements) / double(messages.size()));
    std::printf(
        "decode (record, summary, placement, security, standard): %.2f M BSS/s per core, %.0f ns per BSS, "
        "%.1f ns per element\n",
        double(decoded) / elapsed / 1e6, elapsed / double(decoded) * 1e9,
        elapsed / (rounds * double(elements)) * 1e9);
    std::printf("decode and build the owning Bss: %.2f M BSS/s per core, %.0f ns per BSS\n",
                double(built) / elapsedBuild / 1e6, elapsedBuild / double(built) * 1e9);
    std::printf("(checksum %ld)\n", checksum);
    return 0;
}
