// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestcheck.h"

#include "combinationcheck.h"
#include "wording.h"

#include "support/interfacename.h"
#include "support/macaddress.h"

#include <linux/nl80211.h>

namespace Airpane::Interfaces {
namespace {

bool hasNetdev(InterfaceType type)
{
    return type != InterfaceType::P2pDevice && type != InterfaceType::Nan;
}

// The type itself: known, supported by the radio, and one Airpane creates.
void checkType(const Radio &radio, InterfaceType type, InterfaceVerdict &verdict)
{
    if (type == InterfaceType::Unspecified) {
        verdict.refuse(QStringLiteral("choose an interface type"));
    } else if (!radio.supportsInterfaceType(type)) {
        verdict.refuse(QStringLiteral("%1 does not support %2").arg(radio.name, Wording::noun(type)));
    } else if (type == InterfaceType::ApVlan) {
        verdict.refuse(QStringLiteral("Airpane does not create AP-VLAN interfaces: hostapd adds them to a "
                                      "running AP, one per group of stations"));
    } else if (type == InterfaceType::Wds) {
        verdict.refuse(QStringLiteral("Airpane does not create WDS interfaces: use a station or AP in "
                                      "4-address mode"));
    }
}

void checkFlags(const Radio &radio, InterfaceType type, const MonitorFlags &flags, InterfaceVerdict &verdict)
{
    if (flags.isEmpty()) {
        return;
    }
    if (type != InterfaceType::Monitor) {
        verdict.refuse(QStringLiteral("monitor flags apply to monitor interfaces only"));
    } else if (flags.contains(MonitorFlag::Cook) && flags.size() > 1) {
        // cfg80211 refuses the mix with EOPNOTSUPP and no further word.
        verdict.refuse(
            QStringLiteral("cooked monitor mode (cook) cannot be combined with other monitor flags"));
    } else if (flags.contains(MonitorFlag::Active) &&
               !(radio.featureFlags & NL80211_FEATURE_ACTIVE_MONITOR)) {
        verdict.refuse(QStringLiteral("%1 does not support active monitor mode").arg(radio.name));
    }
}

} // namespace

bool RequestCheck::isCreatable(InterfaceType type)
{
    return type != InterfaceType::Unspecified && type != InterfaceType::ApVlan && type != InterfaceType::Wds;
}

InterfaceVerdict RequestCheck::validateCreate(const RadioSituation &situation,
                                              const CreateInterfaceRequest &request,
                                              const QStringList &takenNames)
{
    const Radio &radio = situation.radio;
    InterfaceVerdict verdict;
    if (!InterfaceName::isValid(request.name)) {
        verdict.refuse(QStringLiteral("%1 is not a valid interface name: use %2")
                           .arg(InterfaceName::quoted(request.name), InterfaceName::rule()));
    } else if (hasNetdev(request.type) && takenNames.contains(request.name)) {
        verdict.refuse(QStringLiteral("an interface named %1 exists already").arg(request.name));
    }
    checkType(radio, request.type, verdict);
    if (!radio.supportsCommand(NL80211_CMD_NEW_INTERFACE)) {
        verdict.refuse(
            QStringLiteral("%1 cannot create interfaces (its driver has no NEW_INTERFACE)").arg(radio.name));
    }
    if (request.up && request.type == InterfaceType::P2pDevice &&
        !radio.supportsCommand(NL80211_CMD_START_P2P_DEVICE)) {
        verdict.refuse(QStringLiteral("%1 cannot start a P2P-device").arg(radio.name));
    }
    if (request.up && request.type == InterfaceType::Nan && !radio.supportsCommand(NL80211_CMD_START_NAN)) {
        verdict.refuse(QStringLiteral("%1 cannot start NAN").arg(radio.name));
    }
    if (!request.mac.isEmpty()) {
        const auto octets = MacAddress::parse(request.mac);
        if (!octets) {
            verdict.refuse(
                QStringLiteral("%1 is not a MAC address: write six hex octets like 02:11:22:33:44:55")
                    .arg(InterfaceName::quoted(request.mac)));
        } else if (MacAddress::isGroup(*octets) || MacAddress::isZero(*octets)) {
            verdict.refuse(QStringLiteral("%1 is a group or zero address: an interface needs a unicast one "
                                          "(first octet even, e.g. 02:...)")
                               .arg(MacAddress::format(*octets)));
        } else if (!(radio.featureFlags & NL80211_FEATURE_MAC_ON_CREATE)) {
            verdict.refuse(
                QStringLiteral("%1 cannot take an address when creating an interface").arg(radio.name));
        }
    }
    checkFlags(radio, request.type, request.monitorFlags, verdict);
    return verdict;
}

InterfaceVerdict RequestCheck::create(const RadioSituation &situation, const CreateInterfaceRequest &request,
                                      const QStringList &takenNames)
{
    InterfaceVerdict verdict = validateCreate(situation, request, takenNames);
    if (!verdict.allowed) {
        return verdict;
    }
    Candidate candidate;
    candidate.type = request.type;
    if (const auto octets = MacAddress::parse(request.mac)) {
        candidate.mac = MacAddress::format(*octets);
    }
    const InterfaceVerdict combined = CombinationCheck::check(situation, candidate);
    for (const QString &problem : combined.problems) {
        verdict.refuse(problem);
    }
    verdict.notes = combined.notes;
    verdict.combination = combined.combination;
    if (verdict.allowed && !request.up) {
        verdict.note(QStringLiteral("it stays down until brought up"));
    }
    return verdict;
}

InterfaceVerdict RequestCheck::validateChangeType(const RadioSituation &situation, const Interface &interface,
                                                  const ChangeTypeRequest &request)
{
    const Radio &radio = situation.radio;
    InterfaceVerdict verdict;
    const QString label = interfaceLabel(interface);
    if (!interface.hasNetdev()) {
        verdict.refuse(
            QStringLiteral("%1 is a %2, which cannot change its type: delete it and create another "
                           "interface")
                .arg(label, Wording::noun(interface.type)));
        return verdict;
    }
    if (!hasNetdev(request.type) && request.type != InterfaceType::Unspecified) {
        verdict.refuse(
            QStringLiteral("an interface with a network device cannot become a %1: create one instead")
                .arg(Wording::noun(request.type)));
    }
    checkType(radio, request.type, verdict);
    if (!radio.supportsCommand(NL80211_CMD_SET_INTERFACE)) {
        verdict.refuse(QStringLiteral("%1 cannot change interface types").arg(radio.name));
    }
    checkFlags(radio, request.type, request.monitorFlags, verdict);
    return verdict;
}

InterfaceVerdict RequestCheck::changeType(const RadioSituation &situation, const Interface &interface,
                                          const ChangeTypeRequest &request)
{
    InterfaceVerdict verdict = validateChangeType(situation, interface, request);
    if (!verdict.allowed) {
        return verdict;
    }
    const QString label = interfaceLabel(interface);
    // Drivers that change the type of a running interface at all (mac80211's change_interface)
    // restart what runs on it; Airpane changes down interfaces only.
    if (interface.up.value_or(false)) {
        verdict.refuse(QStringLiteral("%1 is up: bring it down first (ip link set %1 down)").arg(label));
        return verdict;
    }
    if (request.type == interface.type && request.monitorFlags.isEmpty()) {
        verdict.note(QStringLiteral("%1 is a %2 already").arg(label, Wording::noun(interface.type)));
    }
    Candidate candidate;
    candidate.type = request.type;
    candidate.mac = interface.mac;
    candidate.replacing = interface.wdev;
    const InterfaceVerdict combined = CombinationCheck::check(situation, candidate);
    for (const QString &problem : combined.problems) {
        verdict.refuse(problem);
    }
    verdict.notes += combined.notes;
    verdict.combination = combined.combination;
    return verdict;
}

InterfaceVerdict RequestCheck::remove(const Interface &interface)
{
    InterfaceVerdict verdict;
    if (interface.up.value_or(false)) {
        verdict.note(QStringLiteral("%1 is up: whatever runs on it stops").arg(interfaceLabel(interface)));
    }
    return verdict;
}

InterfaceVerdict RequestCheck::typeRoom(const RadioSituation &situation, const Candidate &candidate)
{
    InterfaceVerdict verdict;
    checkType(situation.radio, candidate.type, verdict);
    if (!verdict.allowed) {
        return verdict;
    }
    return CombinationCheck::check(situation, candidate);
}

} // namespace Airpane::Interfaces
