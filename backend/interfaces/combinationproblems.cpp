// SPDX-License-Identifier: GPL-3.0-or-later
#include "combinationproblems.h"

#include "wording.h"

#include <QSet>

#include <numeric>

namespace Airpane::Interfaces {
namespace {

QString described(const LoadMember &member)
{
    return QStringLiteral("%1 (%2)").arg(member.label, Wording::noun(member.type));
}

QString membersText(const QList<const LoadMember *> &members)
{
    QStringList items;
    for (const LoadMember *member : members) {
        items.append(described(*member));
    }
    return Wording::joined(items);
}

QStringList labels(const QList<const LoadMember *> &members)
{
    QStringList result;
    for (const LoadMember *member : members) {
        result.append(member->label);
    }
    return result;
}

QString channelProblem(const Radio &radio, const InterfaceCombination &combination,
                       const CombinationLoad &load)
{
    QList<const LoadChannel *> used; // the channels of interfaces that run already
    for (const LoadChannel &group : load.channels) {
        for (const LoadMember *user : group.users) {
            if (!user->candidate) {
                used.append(&group);
                break;
            }
        }
    }
    const LoadMember *candidate = load.firstCandidate();
    if (combination.channels == 1 && used.size() == 1 && candidate) {
        const LoadMember *user = used.first()->users.first();
        const QString where =
            QStringLiteral("the %1 is on %2")
                .arg(Wording::noun(user->type), Wording::channel(radio, used.first()->channel));
        if (candidate->exclusive) {
            return QStringLiteral("an %1 without a fixed frequency needs a channel of its own, and this "
                                  "radio uses one channel at a time: %2")
                .arg(Wording::noun(candidate->type), where);
        }
        return QStringLiteral("%1 and %2 must share one channel on this radio: %3")
            .arg(Wording::noun(candidate->type), Wording::noun(user->type), where);
    }
    QStringList channels;
    for (const LoadChannel *group : std::as_const(used)) {
        channels.append(QStringLiteral("%1 (%2)").arg(Wording::channel(radio, group->channel),
                                                      labels(group->users).join(QStringLiteral(", "))));
    }
    return QStringLiteral("this radio uses at most %1 at once and would need %2; in use: %3")
        .arg(combination.channels == 1 ? QStringLiteral("one channel")
                                       : QStringLiteral("%1 channels").arg(combination.channels))
        .arg(load.channels.size())
        .arg(channels.isEmpty() ? QStringLiteral("none") : Wording::joined(channels));
}

QString limitProblem(const InterfaceCombination::Limit &limit, const QList<const LoadMember *> &inLimit)
{
    QList<const LoadMember *> existing;
    for (const LoadMember *member : inLimit) {
        if (!member->candidate) {
            existing.append(member);
        }
    }
    const QString allowed =
        limit.types.size() == 1
            ? Wording::counted(limit.types.first(), limit.max)
            : QStringLiteral("%1 of %2 at once").arg(limit.max).arg(Wording::group(limit.types));
    if (existing.size() >= qsizetype(limit.max)) {
        QString text = QStringLiteral("this radio allows %1 and already has %2")
                           .arg(allowed, Wording::number(existing.size()));
        if (!existing.isEmpty()) {
            text += QStringLiteral(" (%1)").arg(labels(existing).join(QStringLiteral(", ")));
        }
        return text;
    }
    return QStringLiteral("this radio allows %1, and this needs %2").arg(allowed).arg(inLimit.size());
}

QString beaconProblem(const InterfaceCombination &combination, const CombinationLoad &load)
{
    QList<const LoadMember *> beaconing;
    for (const LoadMember &member : load.members) {
        if (isBeaconing(member.type) && member.type != InterfaceType::Adhoc && member.beaconIntervalTu) {
            beaconing.append(&member);
        }
    }
    if (combination.staApBeaconIntervalMustMatch) {
        for (const LoadMember &station : load.members) {
            if ((station.type != InterfaceType::Station && station.type != InterfaceType::P2pClient) ||
                !station.channel || !station.beaconIntervalTu) {
                continue;
            }
            for (const LoadMember *ap : std::as_const(beaconing)) {
                if (*ap->beaconIntervalTu != *station.beaconIntervalTu) {
                    return QStringLiteral("an AP beside a connected station must use its network's beacon "
                                          "interval on this radio: %1's is %2 TU")
                        .arg(station.label)
                        .arg(*station.beaconIntervalTu);
                }
            }
        }
    }
    if (beaconing.size() < 2) {
        return {};
    }
    std::uint32_t gcd = 0;
    QSet<std::uint32_t> distinct;
    QStringList values;
    for (const LoadMember *member : std::as_const(beaconing)) {
        gcd = std::gcd(gcd, *member->beaconIntervalTu);
        distinct.insert(*member->beaconIntervalTu);
        values.append(QString::number(*member->beaconIntervalTu));
    }
    if (combination.beaconIntervalMinGcd > 0) {
        if (gcd < combination.beaconIntervalMinGcd) {
            return QStringLiteral(
                       "the beacon intervals here (%1 TU) have a greatest common divisor of %2 TU, "
                       "and this radio needs at least %3 TU")
                .arg(values.join(QStringLiteral(", ")))
                .arg(gcd)
                .arg(combination.beaconIntervalMinGcd);
        }
        return {};
    }
    if (distinct.size() > 1) {
        for (const LoadMember *member : std::as_const(beaconing)) {
            const LoadMember *candidate = load.firstCandidate();
            if (!member->candidate && (!candidate || !candidate->beaconIntervalTu ||
                                       *member->beaconIntervalTu != *candidate->beaconIntervalTu)) {
                return QStringLiteral("all APs and mesh points on this radio must use the same beacon "
                                      "interval: %1 uses %2 TU")
                    .arg(member->label)
                    .arg(*member->beaconIntervalTu);
            }
        }
        return QStringLiteral(
                   "all APs and mesh points on this radio must use the same beacon interval (asked "
                   "for %1 TU)")
            .arg(values.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

QString CombinationProblems::problem(const Radio &radio, const InterfaceCombination &combination,
                                     const CombinationLoad &load)
{
    QSet<InterfaceType> covered;
    for (const auto &limit : combination.limits) {
        for (const InterfaceType type : limit.types) {
            covered.insert(type);
        }
    }
    const QList<const LoadMember *> existing = load.existing();
    for (const LoadMember &member : load.members) {
        if (member.candidate && !covered.contains(member.type)) {
            return QStringLiteral("%1 cannot run beside other interfaces on this radio: %2 %3 up")
                .arg(Wording::noun(member.type), membersText(existing),
                     existing.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
        }
    }
    for (const LoadMember *member : existing) {
        if (!covered.contains(member->type)) {
            const LoadMember *candidate = load.firstCandidate();
            return QStringLiteral("%1 cannot run beside %2 on this radio: %3 is up")
                .arg(Wording::noun(candidate ? candidate->type : member->type), Wording::noun(member->type),
                     member->label);
        }
    }
    for (const auto &limit : combination.limits) {
        QList<const LoadMember *> inLimit;
        for (const LoadMember &member : load.members) {
            if (limit.types.contains(member.type)) {
                inLimit.append(&member);
            }
        }
        if (inLimit.size() > qsizetype(limit.max)) {
            return limitProblem(limit, inLimit);
        }
    }
    if (load.members.size() > qsizetype(combination.maxInterfaces)) {
        return QStringLiteral("this radio runs at most %1 at once (monitors aside) and already runs %2")
            .arg(combination.maxInterfaces == 1
                     ? QStringLiteral("one interface")
                     : QStringLiteral("%1 interfaces").arg(combination.maxInterfaces))
            .arg(existing.size());
    }
    if (load.channels.size() > qsizetype(combination.channels)) {
        return channelProblem(radio, combination, load);
    }
    if ((combination.radarDetectWidths & load.radar) != load.radar) {
        QStringList widths;
        for (std::uint32_t width = 0; width < 32; ++width) {
            if ((load.radar & ~combination.radarDetectWidths) & (1u << width)) {
                widths.append(Wording::width(width));
            }
        }
        return QStringLiteral("this radio cannot detect radar at %1 beside these interfaces, and the "
                              "channel needs it")
            .arg(Wording::joined(widths));
    }
    if (load.radar && combination.radarDetectRegions && load.dfsRegion &&
        !(combination.radarDetectRegions & (1u << *load.dfsRegion))) {
        return QStringLiteral("this radio detects radar beside other interfaces only in the %1 DFS "
                              "region, and this one is %2")
            .arg(Wording::dfsRegions(combination.radarDetectRegions).join(QLatin1Char('/')),
                 Wording::dfsRegion(*load.dfsRegion));
    }
    return beaconProblem(combination, load);
}

void CombinationProblems::noteChannel(const Radio &radio, const InterfaceCombination &combination,
                                      const CombinationLoad &load, InterfaceVerdict &verdict)
{
    const LoadMember *candidate = load.firstCandidate();
    if (!candidate || candidate->channel || candidate->type == InterfaceType::P2pDevice ||
        candidate->type == InterfaceType::Nan || load.channels.size() < qsizetype(combination.channels)) {
        return;
    }
    if (load.channels.size() == 1) {
        const QStringList users = labels(load.channels.first().users);
        verdict.note(
            QStringLiteral("the %1 can only use %2, where %3 %4: this radio uses one channel at a time")
                .arg(Wording::noun(candidate->type), Wording::channel(radio, load.channels.first().channel),
                     Wording::joined(users),
                     users.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")));
        return;
    }
    QStringList where;
    for (const LoadChannel &group : load.channels) {
        where.append(QStringLiteral("%1 (%2)").arg(Wording::channel(radio, group.channel),
                                                   labels(group.users).join(QStringLiteral(", "))));
    }
    verdict.note(
        QStringLiteral("the %1 can only use a channel in use: %2; this radio uses %3 channels at a time")
            .arg(Wording::noun(candidate->type), Wording::joined(where))
            .arg(combination.channels));
}

void CombinationProblems::noteBeaconIntervals(const InterfaceCombination &combination,
                                              const CombinationLoad &load, InterfaceVerdict &verdict)
{
    const LoadMember *candidate = load.firstCandidate();
    if (!candidate || !isBeaconing(candidate->type) || candidate->type == InterfaceType::Adhoc) {
        return;
    }
    for (const LoadMember &member : load.members) {
        if (!member.candidate && isBeaconing(member.type) && member.type != InterfaceType::Adhoc &&
            !member.beaconIntervalTu) {
            verdict.note(
                combination.beaconIntervalMinGcd
                    ? QStringLiteral("%1 beacons too: the beacon intervals must have a common divisor "
                                     "of at least %2 TU")
                          .arg(member.label)
                          .arg(combination.beaconIntervalMinGcd)
                    : QStringLiteral("%1 beacons too: use its beacon interval").arg(member.label));
        }
    }
}

QString CombinationProblems::describedList(const QList<const LoadMember *> &members)
{
    return membersText(members);
}

} // namespace Airpane::Interfaces
