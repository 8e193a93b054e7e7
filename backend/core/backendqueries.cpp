// SPDX-License-Identifier: GPL-3.0-or-later
// The backend's one-off queries: dumps whose answers are not kept in the model.
#include "backend.h"

#include "nl/socket.h"
#include "nl80211/requests.h"
#include "nl80211/stationdecoder.h"
#include "nl80211/surveydecoder.h"
#include "scan/ouiregistry.h"

namespace Airpane {

template<typename T, typename Decode>
static void collectDump(Netlink::Socket *socket, const Netlink::MessageBuilder &request, Decode decode,
                        std::function<void(const QList<T> &, const QString &)> callback)
{
    auto collected = std::make_shared<QList<T>>();
    auto problems = std::make_shared<QString>();
    Netlink::Socket::Handlers handlers;
    handlers.reply = [collected, problems, decode](const Netlink::Message &message) {
        const auto generic = Netlink::genericMessage(message);
        if (!generic) {
            return;
        }
        const auto decoded = decode(generic->attributes);
        if (const auto *value = std::get_if<T>(&decoded)) {
            collected->append(*value);
        } else if (problems->isEmpty()) {
            *problems = std::get<QString>(decoded);
        }
    };
    handlers.restarted = [collected] { collected->clear(); };
    handlers.done = [collected, problems, callback](const Netlink::Error &error) {
        callback(*collected, error.isError() ? error.text() : *problems);
    };
    socket->request(request, std::move(handlers));
}

void Backend::requestStations(std::uint32_t ifindex, StationsCallback callback)
{
    // The kernel names the interface by index only; people know it by name, and a client by its
    // maker.
    auto named = [this, ifindex, callback = std::move(callback)](QList<Station> stations,
                                                                 const QString &error) {
        const auto interface = interfaceByIndex(ifindex);
        for (Station &station : stations) {
            station.interfaceName = interface ? interface->name : QString();
            station.vendor = Scan::OuiRegistry::instance().vendor(station.mac);
        }
        callback(stations, error);
    };
    collectDump<Station>(m_command, m_requests->getStations(ifindex), &Nl80211::decodeStation,
                         std::function<void(const QList<Station> &, const QString &)>(std::move(named)));
}

void Backend::requestSurvey(std::uint32_t ifindex, SurveyCallback callback)
{
    collectDump<SurveyEntry>(m_command, m_requests->getSurvey(ifindex), &Nl80211::decodeSurvey,
                             std::move(callback));
}

} // namespace Airpane
