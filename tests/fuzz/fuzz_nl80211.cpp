// SPDX-License-Identifier: GPL-3.0-or-later
// Every nl80211 decoder of the backend core, and the netlink layer under them. The first byte
// chooses the decoder; the rest is the message's attribute stream (or whole messages).
#include "fuzzseed.h"

#include "nl/message.h"
#include "nl80211/eventdecoder.h"
#include "nl80211/interfacedecoder.h"
#include "nl80211/regulatorydecoder.h"
#include "nl80211/stationdecoder.h"
#include "nl80211/surveydecoder.h"
#include "nl80211/wiphydecoder.h"

#include <cstddef>
#include <cstdint>

namespace {

namespace Kind {
enum : char { Wiphy, Interface, Regulatory, Station, Survey, Event, Messages, Count };
}

QList<QByteArray> seeds(const QString &dataDir)
{
    QList<QByteArray> result;
    for (const Airpane::Fuzz::Recorded &message : Airpane::Fuzz::recordedMessages(dataDir)) {
        char kind = Kind::Event;
        if (message.file == QLatin1String("wiphy")) {
            kind = Kind::Wiphy;
        } else if (message.file == QLatin1String("interfaces")) {
            kind = Kind::Interface;
        } else if (message.file == QLatin1String("reg")) {
            kind = Kind::Regulatory;
        } else if (message.file.startsWith(QLatin1String("station-"))) {
            kind = Kind::Station;
        } else if (message.file.startsWith(QLatin1String("survey-"))) {
            kind = Kind::Survey;
        }
        result.append(kind + message.attributes);
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
    using namespace Airpane;
    if (size < 1) {
        return 0;
    }
    const Netlink::Bytes attributes(data + 1, size - 1);
    switch (data[0] % Kind::Count) {
    case Kind::Wiphy: {
        QMap<std::uint32_t, Radio> radios;
        (void)Nl80211::mergeWiphy(attributes, radios);
        (void)Nl80211::wiphyIndex(attributes);
        break;
    }
    case Kind::Interface:
        (void)Nl80211::decodeInterface(attributes);
        break;
    case Kind::Regulatory:
        (void)Nl80211::decodeRegulatoryDomain(attributes);
        break;
    case Kind::Station:
        (void)Nl80211::decodeStation(attributes);
        break;
    case Kind::Survey:
        (void)Nl80211::decodeSurvey(attributes);
        break;
    case Kind::Event: {
        Netlink::GenericMessage message;
        message.command = std::uint8_t(size > 1 ? data[1] : 0);
        message.attributes = attributes;
        (void)Nl80211::decodeEvent(message);
        break;
    }
    case Kind::Messages: {
        QString error;
        for (const Netlink::Message &message : Netlink::splitMessages(attributes, &error)) {
            (void)Netlink::genericMessage(message);
            (void)Netlink::parseError(message);
        }
        break;
    }
    default:
        break;
    }
    return 0;
}
