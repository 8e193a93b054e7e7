// SPDX-License-Identifier: GPL-3.0-or-later
#include "concurrency.h"

#include "combinationcheck.h"
#include "requestcheck.h"
#include "wording.h"

namespace Airpane::Interfaces {
namespace {

QList<Candidate> candidatesOf(const InterfaceTypes &types)
{
    QList<Candidate> result;
    for (const InterfaceType type : types) {
        Candidate candidate;
        candidate.type = type;
        result.append(candidate);
    }
    return result;
}

// TYPES minus one interface of each type per running interface of it: what a set needs beyond
// what runs.
InterfaceTypes missing(const InterfaceTypes &types, const QList<ActiveInterface> &running)
{
    QList<InterfaceType> available;
    for (const ActiveInterface &interface : running) {
        available.append(interface.type);
    }
    InterfaceTypes result;
    for (const InterfaceType type : types) {
        if (!available.removeOne(type)) {
            result.append(type);
        }
    }
    return result;
}

ConcurrencyReport::Scenario evaluate(const RadioSituation &situation, const QString &key,
                                     const InterfaceTypes &types)
{
    ConcurrencyReport::Scenario scenario;
    scenario.key = key;
    scenario.types = types;
    const Radio &radio = situation.radio;
    for (const InterfaceType type : types) {
        if (!radio.supportsInterfaceType(type)) {
            scenario.reason = QStringLiteral("%1 does not support %2").arg(radio.name, Wording::noun(type));
            return scenario;
        }
    }
    RadioSituation empty;
    empty.radio = radio;
    empty.dfsRegion = situation.dfsRegion;
    const InterfaceVerdict alone = CombinationCheck::check(empty, candidatesOf(types));
    scenario.supported = alone.allowed;
    if (!alone.allowed) {
        scenario.reason = alone.problems.value(0);
        return scenario;
    }
    if (alone.combination) {
        scenario.oneChannel = true;
        for (int i = 0; i < radio.combinations.size(); ++i) {
            RadioSituation single = empty;
            single.radio.combinations = {radio.combinations.at(i)};
            if (CombinationCheck::check(single, candidatesOf(types)).allowed) {
                scenario.combinations.append(i);
                scenario.oneChannel = scenario.oneChannel && radio.combinations.at(i).channels <= 1;
            }
        }
    }
    scenario.toAdd = missing(types, situation.running());
    if (scenario.toAdd.isEmpty()) {
        scenario.roomNow = true;
        return scenario;
    }
    const InterfaceVerdict now = CombinationCheck::check(situation, candidatesOf(scenario.toAdd));
    scenario.roomNow = now.allowed;
    scenario.reason = now.problems.value(0);
    return scenario;
}

} // namespace

QList<std::pair<QString, InterfaceTypes>> Concurrency::scenarios()
{
    using T = InterfaceType;
    return {
        {QStringLiteral("station+ap"), {T::Station, T::AccessPoint}},
        {QStringLiteral("station+p2p"), {T::Station, T::P2pDevice, T::P2pClient}},
        {QStringLiteral("station+p2p-go"), {T::Station, T::P2pDevice, T::P2pGo}},
        {QStringLiteral("ap+monitor"), {T::AccessPoint, T::Monitor}},
        {QStringLiteral("station+monitor"), {T::Station, T::Monitor}},
        {QStringLiteral("ap+ap"), {T::AccessPoint, T::AccessPoint}},
        {QStringLiteral("station+station"), {T::Station, T::Station}},
        {QStringLiteral("mesh+ap"), {T::MeshPoint, T::AccessPoint}},
        {QStringLiteral("station+mesh"), {T::Station, T::MeshPoint}},
        {QStringLiteral("station+ibss"), {T::Station, T::Adhoc}},
    };
}

InterfaceTypes Concurrency::reportedTypes()
{
    using T = InterfaceType;
    return {T::Station, T::AccessPoint, T::Monitor, T::MeshPoint, T::P2pClient,
            T::P2pGo,   T::P2pDevice,   T::Adhoc,   T::Ocb,       T::Nan};
}

ConcurrencyReport Concurrency::report(const RadioSituation &situation)
{
    const Radio &radio = situation.radio;
    ConcurrencyReport report;
    report.radio = radio.index;
    report.radioName = radio.name;
    report.softwareTypes = radio.softwareInterfaceTypes;
    for (const ActiveInterface &interface : situation.running()) {
        report.running.append({interface.label, interface.type, interface.assumed});
    }
    for (const auto &[key, types] : scenarios()) {
        report.scenarios.append(evaluate(situation, key, types));
    }
    for (int i = 0; i < radio.combinations.size(); ++i) {
        ConcurrencyReport::Combination combination;
        combination.index = i;
        combination.combination = radio.combinations.at(i);
        combination.summary = CombinationCheck::summary(combination.combination);
        for (const ConcurrencyReport::Scenario &scenario : std::as_const(report.scenarios)) {
            if (scenario.combinations.contains(i)) {
                combination.allows.append(scenario.key);
            }
        }
        report.combinations.append(combination);
    }
    for (const InterfaceType type : reportedTypes()) {
        ConcurrencyReport::TypeRoom room;
        room.type = type;
        room.supported = radio.supportsInterfaceType(type);
        room.software = CombinationCheck::isSoftware(radio, type);
        Candidate candidate;
        candidate.type = type;
        const InterfaceVerdict verdict = RequestCheck::typeRoom(situation, candidate);
        room.roomNow = verdict.allowed;
        room.reason = verdict.problems.value(0);
        report.types.append(room);
    }
    return report;
}

} // namespace Airpane::Interfaces
