// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2pjson.h"

#include "jsonvalues.h"
#include "p2p/p2pattributes.h"

#include <QDateTime>
#include <QJsonArray>

namespace Airpane::Json {
namespace {

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject peer(const Peer &peer, qint64 expiryMs)
{
    return {
        {QStringLiteral("address"), peer.address},
        {QStringLiteral("name"), peer.name},
        {QStringLiteral("primaryType"),
         peer.primaryType.isEmpty() ? QJsonValue() : QJsonValue(peer.primaryType)},
        {QStringLiteral("category"), peer.category.isEmpty() ? QJsonValue() : QJsonValue(peer.category)},
        {QStringLiteral("secondaryTypes"), QJsonArray::fromStringList(peer.secondaryTypes)},
        {QStringLiteral("configMethods"), int(peer.configMethods)},
        {QStringLiteral("configMethodNames"), P2p::configMethodNames(peer.configMethods)},
        {QStringLiteral("deviceCapability"), optional(peer.deviceCapability)},
        {QStringLiteral("groupCapability"), optional(peer.groupCapability)},
        {QStringLiteral("listenChannel"), optional(peer.listenChannel)},
        {QStringLiteral("operatingChannel"), optional(peer.operatingChannel)},
        {QStringLiteral("manufacturer"),
         peer.manufacturer.isEmpty() ? QJsonValue() : QJsonValue(peer.manufacturer)},
        {QStringLiteral("modelName"), peer.modelName.isEmpty() ? QJsonValue() : QJsonValue(peer.modelName)},
        {QStringLiteral("wfd"), nullableHex(peer.wfdSubelements)},
        {QStringLiteral("groupClients"), QJsonArray::fromStringList(peer.groupClients)},
        {QStringLiteral("signalDbm"), optional(peer.signalDbm)},
        {QStringLiteral("frequency"), peer.frequency},
        {QStringLiteral("firstSeen"), isoTime(peer.firstSeenMs)},
        {QStringLiteral("lastSeen"), isoTime(peer.lastSeenMs)},
        {QStringLiteral("expires"), isoTime(peer.lastSeenMs + expiryMs)},
        {QStringLiteral("probeRequestOnly"), peer.probeRequestOnly},
    };
}

QJsonObject diagnosis(const P2p::Diagnosis &diagnosis)
{
    QJsonArray problems;
    for (const P2p::Problem &problem : diagnosis.problems) {
        QJsonObject object{{QStringLiteral("key"), problem.key},
                           {QStringLiteral("message"), problem.message},
                           {QStringLiteral("remedy"), problem.remedy}};
        if (problem.owner) {
            object.insert(QStringLiteral("owner"),
                          QJsonObject{{QStringLiteral("program"), problem.owner->program},
                                      {QStringLiteral("pid"), qint64(problem.owner->pid)},
                                      {QStringLiteral("unit"), problem.owner->unit},
                                      {QStringLiteral("interface"), problem.owner->interface},
                                      {QStringLiteral("networkManager"), problem.owner->networkManager}});
        }
        problems.append(object);
    }
    return {
        {QStringLiteral("radio"), qint64(diagnosis.radio)},
        {QStringLiteral("name"), diagnosis.radioName},
        {QStringLiteral("available"), diagnosis.available},
        {QStringLiteral("problems"), problems},
    };
}

QJsonObject sentFrame(const P2p::SentFrame &frame)
{
    return {
        {QStringLiteral("id"), qint64(frame.id)},
        {QStringLiteral("cookie"),
         frame.cookie ? QJsonValue(QStringLiteral("0x%1").arg(*frame.cookie, 0, 16)) : QJsonValue()},
        {QStringLiteral("description"), frame.description},
        {QStringLiteral("destination"), frame.destination},
        {QStringLiteral("frequency"), frame.frequency},
        {QStringLiteral("sent"), isoTime(frame.sentMs)},
        {QStringLiteral("status"), P2p::sentFrameStateKey(frame.state)},
        {QStringLiteral("statusAfterMs"),
         frame.statusMs ? QJsonValue(frame.statusMs - frame.sentMs) : QJsonValue()},
        {QStringLiteral("error"), frame.error.isEmpty() ? QJsonValue() : QJsonValue(frame.error)},
    };
}

} // namespace Airpane::Json
