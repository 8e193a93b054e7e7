// SPDX-License-Identifier: GPL-3.0-or-later
#include "combinationload.h"

#include "combinationcheck.h"

namespace Airpane::Interfaces {
namespace {

void placeChannels(CombinationLoad &load)
{
    for (const LoadMember &member : load.members) {
        if (!member.channel) {
            continue;
        }
        LoadChannel *shared = nullptr;
        if (!member.exclusive) {
            for (LoadChannel &group : load.channels) {
                if (!group.exclusive &&
                    CombinationCheck::channelsCompatible(group.channel, *member.channel)) {
                    shared = &group;
                    break;
                }
            }
        }
        if (shared) {
            shared->users.append(&member);
        } else {
            load.channels.append(LoadChannel{*member.channel, {&member}, member.exclusive});
        }
    }
}

} // namespace

bool isBeaconing(InterfaceType type)
{
    return type == InterfaceType::AccessPoint || type == InterfaceType::P2pGo ||
           type == InterfaceType::MeshPoint || type == InterfaceType::Adhoc;
}

CombinationLoad CombinationLoad::build(const RadioSituation &situation, const QList<ActiveInterface> &running,
                                       const QList<Candidate> &candidates)
{
    const Radio &radio = situation.radio;
    CombinationLoad load;
    load.dfsRegion = situation.dfsRegion;
    for (const ActiveInterface &interface : running) {
        if (!CombinationCheck::isSoftware(radio, interface.type)) {
            load.members.append(LoadMember{interface.label, interface.type, interface.channel, false,
                                           interface.beaconIntervalTu, false});
        }
    }
    for (const Candidate &candidate : candidates) {
        if (!CombinationCheck::isSoftware(radio, candidate.type)) {
            load.members.append(LoadMember{QString(), candidate.type, candidate.channel,
                                           candidate.exclusiveChannel, candidate.beaconIntervalTu, true});
        }
    }
    placeChannels(load);
    for (const LoadMember &member : load.members) {
        if (member.channel) {
            load.radar |= CombinationCheck::radarWidth(radio, member.type, *member.channel);
        }
    }
    return load;
}

} // namespace Airpane::Interfaces
