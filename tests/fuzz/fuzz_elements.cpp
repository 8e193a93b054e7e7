// SPDX-License-Identifier: GPL-3.0-or-later
// A frame body's elements, as a beacon or probe response from anyone in range would feed them. The
// first byte chooses the decoder: the summary and everything derived from it, or the inspector
// (with its JSON), whose offsets a hex view trusts and which are checked here too.
#include "fuzzseed.h"

#include "elements/channelplacement.h"
#include "elements/elementsummary.h"
#include "elements/inspector/inspect.h"
#include "elements/security.h"
#include "elements/standard.h"
#include "scan/bssrecord.h"
#include "json/json.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

namespace {

enum class Kind : char { Summary, Inspector, Count };

// The elements of the recorded GET_SCAN messages and of tests/data/elements (the lab's scenarios,
// 6 GHz and the hall among them), each once per kind.
QList<QByteArray> seeds(const QString &dataDir)
{
    QList<QByteArray> elements;
    for (const Airpane::Fuzz::Recorded &message : Airpane::Fuzz::recordedMessages(dataDir)) {
        Airpane::Scan::BssRecord record;
        if (message.file.startsWith(QLatin1String("scan-")) &&
            !Airpane::Scan::decodeBssRecord(Airpane::Fuzz::bytes(message.attributes), record)) {
            elements.append(
                QByteArray(reinterpret_cast<const char *>(record.ies.data()), qsizetype(record.ies.size())));
        }
    }
    const QDir recorded(dataDir + QStringLiteral("/elements"));
    for (const QString &name : recorded.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(recorded.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        // BSSID, frequency, elements, beacon elements ("-" when none), tab-separated.
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (!line.startsWith('#') && parts.size() == 4) {
                elements.append(QByteArray::fromHex(parts[2]));
                if (parts[3] != "-") {
                    elements.append(QByteArray::fromHex(parts[3]));
                }
            }
        }
    }
    QList<QByteArray> result;
    for (const QByteArray &body : std::as_const(elements)) {
        result.append(char(Kind::Summary) + body);
        result.append(char(Kind::Inspector) + body);
    }
    return result;
}

void runSummary(Airpane::Elements::Bytes body)
{
    using namespace Airpane::Elements;
    ElementSummary summary;
    Airpane::Elements::summarize(body, summary);
    for (const int frequency : {2437, 5180, 5975, 902}) {
        (void)placeChannel(frequency, summary);
    }
    (void)classifySecurity(0x0010, summary);
    (void)akmNames(summary);
    (void)pairwiseCipherNames(summary);
    (void)classifyStandard(Airpane::BandId::Band6GHz, summary);
}

// Whether FIELDS (and their children) lie inside [BEGIN, END) of the body.
bool fieldsInside(const QList<Airpane::Elements::Field> &fields, int begin, int end)
{
    for (const Airpane::Elements::Field &field : fields) {
        if (field.length < 0 || field.offset < begin || field.offset + field.length > end ||
            !fieldsInside(field.children, begin, end)) {
            return false;
        }
    }
    return true;
}

void runInspector(Airpane::Elements::Bytes body)
{
    const QList<Airpane::Elements::DecodedElement> decoded = Airpane::Elements::inspect(body);
    // The elements lie end to end over the whole body, each field inside its element: what the
    // inspector promises a hex view. A broken promise is a crash for libFuzzer to keep.
    int expected = 0;
    for (const Airpane::Elements::DecodedElement &element : decoded) {
        if (element.offset != expected || element.length < 1 || element.raw.size() != element.length ||
            !fieldsInside(element.fields, element.offset, element.offset + element.length)) {
            __builtin_trap();
        }
        expected += element.length;
    }
    if (expected != int(body.size())) {
        __builtin_trap();
    }
    (void)Airpane::Json::elements(decoded);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Airpane::Fuzz::seedCorpus(*argc, *argv, seeds);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1) {
        return 0;
    }
    const Airpane::Elements::Bytes body(data + 1, size - 1);
    switch (static_cast<Kind>(data[0] % static_cast<int>(Kind::Count))) {
    case Kind::Summary:
        runSummary(body);
        break;
    case Kind::Inspector:
        runInspector(body);
        break;
    case Kind::Count:
        break;
    }
    return 0;
}
