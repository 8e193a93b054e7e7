// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacejson.h"

#include "json.h"
#include "jsonvalues.h"
#include "nl80211/names.h"

#include <QJsonArray>

namespace Airpane::Json {
namespace {

QJsonArray typeKeys(const InterfaceTypes &types)
{
    QJsonArray array;
    for (const InterfaceType type : types) {
        array.append(interfaceTypeKey(type));
    }
    return array;
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject combination(const ConcurrencyReport::Combination &entry)
{
    const InterfaceCombination &c = entry.combination;
    QJsonArray limits;
    for (const InterfaceCombination::Limit &limit : c.limits) {
        limits.append(QJsonObject{{QStringLiteral("max"), qint64(limit.max)},
                                  {QStringLiteral("types"), typeKeys(limit.types)}});
    }
    return {
        {QStringLiteral("index"), entry.index},
        {QStringLiteral("limits"), limits},
        {QStringLiteral("maxInterfaces"), qint64(c.maxInterfaces)},
        {QStringLiteral("channels"), qint64(c.channels)},
        {QStringLiteral("staApBeaconIntervalMustMatch"), c.staApBeaconIntervalMustMatch},
        {QStringLiteral("radarDetectWidths"),
         QJsonArray::fromStringList(Nl80211::channelWidthKeys(c.radarDetectWidths))},
        {QStringLiteral("radarDetectRegions"), qint64(c.radarDetectRegions)},
        {QStringLiteral("beaconIntervalMinGcd"), qint64(c.beaconIntervalMinGcd)},
        {QStringLiteral("summary"), entry.summary},
        {QStringLiteral("allows"), QJsonArray::fromStringList(entry.allows)},
    };
}

} // namespace

QJsonObject verdict(const InterfaceVerdict &verdict)
{
    return {
        {QStringLiteral("allowed"), verdict.allowed},
        {QStringLiteral("problems"), QJsonArray::fromStringList(verdict.problems)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(verdict.notes)},
        {QStringLiteral("combination"), optional(verdict.combination)},
    };
}

QJsonObject operationResult(const InterfaceOperationResult &result)
{
    return {
        {QStringLiteral("ok"), result.ok},
        {QStringLiteral("stage"), InterfaceOperationResult::stageKey(result.stage)},
        {QStringLiteral("error"), text(result.error)},
        {QStringLiteral("errno"), result.errorCode ? QJsonValue(result.errorCode) : QJsonValue()},
        {QStringLiteral("verdict"), verdict(result.verdict)},
        {QStringLiteral("interface"),
         result.interface ? QJsonValue(interface(*result.interface)) : QJsonValue()},
        {QStringLiteral("owned"), result.owned},
        {QStringLiteral("rolledBack"), result.rolledBack},
        {QStringLiteral("rollbackError"), text(result.rollbackError)},
    };
}

QJsonObject concurrency(const ConcurrencyReport &report)
{
    QJsonArray running;
    for (const ConcurrencyReport::Running &entry : report.running) {
        running.append(QJsonObject{{QStringLiteral("interface"), entry.label},
                                   {QStringLiteral("type"), interfaceTypeKey(entry.type)},
                                   {QStringLiteral("assumedRunning"), entry.assumed}});
    }
    QJsonArray combinations;
    for (const ConcurrencyReport::Combination &entry : report.combinations) {
        combinations.append(combination(entry));
    }
    QJsonArray scenarios;
    for (const ConcurrencyReport::Scenario &scenario : report.scenarios) {
        QJsonArray indexes;
        for (const int index : scenario.combinations) {
            indexes.append(index);
        }
        scenarios.append(QJsonObject{
            {QStringLiteral("key"), scenario.key},
            {QStringLiteral("types"), typeKeys(scenario.types)},
            {QStringLiteral("supported"), scenario.supported},
            {QStringLiteral("combinations"), indexes},
            {QStringLiteral("oneChannel"), scenario.oneChannel},
            {QStringLiteral("roomNow"), scenario.roomNow},
            {QStringLiteral("toAdd"), typeKeys(scenario.toAdd)},
            {QStringLiteral("reason"), text(scenario.reason)},
        });
    }
    QJsonArray types;
    for (const ConcurrencyReport::TypeRoom &room : report.types) {
        types.append(QJsonObject{
            {QStringLiteral("type"), interfaceTypeKey(room.type)},
            {QStringLiteral("supported"), room.supported},
            {QStringLiteral("software"), room.software},
            {QStringLiteral("roomNow"), room.roomNow},
            {QStringLiteral("reason"), text(room.reason)},
        });
    }
    return {
        {QStringLiteral("radio"), qint64(report.radio)},
        {QStringLiteral("name"), report.radioName},
        {QStringLiteral("softwareInterfaceTypes"), typeKeys(report.softwareTypes)},
        {QStringLiteral("running"), running},
        {QStringLiteral("combinations"), combinations},
        {QStringLiteral("scenarios"), scenarios},
        {QStringLiteral("types"), types},
    };
}

} // namespace Airpane::Json
