// SPDX-License-Identifier: GPL-3.0-or-later
// GET_SCAN messages: the attribute walk, the BSS record, its element summary, placement, security,
// standard, and the owning Bss with its SSID decoding.
#include "fuzzseed.h"

#include "scan/bssfactory.h"
#include "scan/bssrecord.h"

#include <cstddef>
#include <cstdint>

namespace {

QList<QByteArray> seeds(const QString &dataDir)
{
    QList<QByteArray> result;
    for (const Airpane::Fuzz::Recorded &message : Airpane::Fuzz::recordedMessages(dataDir)) {
        if (message.file.startsWith(QLatin1String("scan-"))) {
            result.append(message.attributes);
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
    Airpane::Scan::BssRecord record;
    if (!Airpane::Scan::decodeBssRecord({data, size}, record)) {
        const Airpane::Bss bss = Airpane::Scan::makeBss(record, 0);
        (void)bss;
    }
    return 0;
}
