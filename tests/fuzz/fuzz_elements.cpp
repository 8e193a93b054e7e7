// SPDX-License-Identifier: GPL-3.0-or-later
// A frame body's elements: the summary and everything derived from it, as a beacon or probe
// response from anyone in range would feed them.
#include "fuzzseed.h"

#include "elements/channelplacement.h"
#include "elements/elementsummary.h"
#include "elements/security.h"
#include "elements/standard.h"
#include "scan/bssrecord.h"

#include <cstddef>
#include <cstdint>

namespace {

QList<QByteArray> seeds(const QString &dataDir)
{
    QList<QByteArray> result;
    for (const Airpane::Fuzz::Recorded &message : Airpane::Fuzz::recordedMessages(dataDir)) {
        Airpane::Scan::BssRecord record;
        if (message.file.startsWith(QLatin1String("scan-")) &&
            !Airpane::Scan::decodeBssRecord(Airpane::Fuzz::bytes(message.attributes), record)) {
            result.append(
                QByteArray(reinterpret_cast<const char *>(record.ies.data()), qsizetype(record.ies.size())));
        }
    }
    return result;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Airpane::Fuzz::seedCorpus(*argc, *argv, seeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Airpane::Elements;
    ElementSummary summary;
    summarize({data, size}, summary);
    for (const int frequency : {2437, 5180, 5975, 902}) {
        (void)placeChannel(frequency, summary);
    }
    (void)classifySecurity(0x0010, summary);
    (void)akmNames(summary);
    (void)pairwiseCipherNames(summary);
    (void)classifyStandard(Airpane::BandId::Band6GHz, summary);
    return 0;
}
