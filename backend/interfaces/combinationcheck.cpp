// SPDX-License-Identifier: GPL-3.0-or-later
#include "combinationcheck.h"

#include "combinationload.h"
#include "combinationproblems.h"
#include "wording.h"

#include "nl80211/names.h"

#include <linux/nl80211.h>

namespace Airpane::Interfaces {
namespace {

bool identicalAddressAllowed(InterfaceType a, InterfaceType b)
{
    const auto either = [a, b](InterfaceType type) { return a == type || b == type; };
    return either(InterfaceType::Monitor) || either(InterfaceType::P2pDevice) ||
           (a == InterfaceType::AccessPoint && b == InterfaceType::ApVlan) ||
           (a == InterfaceType::ApVlan && (b == InterfaceType::AccessPoint || b == InterfaceType::ApVlan));
}

// mac80211's rules beside the combinations (ieee80211_check_concurrent_iface()).
void applyMac80211Rules(const QList<ActiveInterface> &running, const Candidate &candidate,
                        bool refusedAlready, InterfaceVerdict &verdict)
{
    for (const ActiveInterface &other : running) {
        const QString who = QStringLiteral("%1 (%2)").arg(other.label, Wording::noun(other.type));
        if (!refusedAlready && candidate.type == InterfaceType::Ocb && other.type != InterfaceType::Monitor) {
            verdict.refuse(
                QStringLiteral("an OCB interface runs alone on a radio, monitors aside, and %1 is up")
                    .arg(who));
        }
        if (!refusedAlready && other.type == InterfaceType::Ocb && candidate.type != InterfaceType::Monitor) {
            verdict.refuse(
                QStringLiteral("%1 is up, and an OCB interface runs alone on a radio, monitors aside")
                    .arg(who));
        }
        if (!refusedAlready && candidate.type == InterfaceType::Adhoc && other.type == InterfaceType::Adhoc) {
            verdict.refuse(QStringLiteral("only one IBSS can be up on a radio, and %1 is").arg(other.label));
        }
        if (!candidate.mac.isEmpty() && other.mac.compare(candidate.mac, Qt::CaseInsensitive) == 0 &&
            !identicalAddressAllowed(candidate.type, other.type)) {
            verdict.refuse(
                QStringLiteral("%1 is up with the same address %2, which a %3 cannot share: choose "
                               "another address")
                    .arg(who, other.mac, Wording::noun(candidate.type)));
        }
    }
}

} // namespace

bool CombinationCheck::channelsCompatible(const OperatingChannel &a, const OperatingChannel &b)
{
    if (a.frequency != b.frequency || a.frequencyOffsetKhz != b.frequencyOffsetKhz) {
        return false;
    }
    const int widthA = Nl80211::channelWidthMhz(a.width);
    const int widthB = Nl80211::channelWidthMhz(b.width);
    if (widthA < 20 || widthB < 20) {
        return widthA == widthB; // 5 and 10 MHz channels share nothing but themselves
    }
    const int centerA = a.center1 ? a.center1 : a.frequency;
    const int centerB = b.center1 ? b.center1 : b.frequency;
    if (widthA == widthB) {
        return centerA == centerB && a.center2 == b.center2;
    }
    const bool aWider = widthA > widthB;
    const int wideCenter = aWider ? centerA : centerB;
    const int narrowCenter = aWider ? centerB : centerA;
    const int wide = std::max(widthA, widthB);
    const int narrow = std::min(widthA, widthB);
    return narrowCenter - narrow / 2 >= wideCenter - wide / 2 &&
           narrowCenter + narrow / 2 <= wideCenter + wide / 2;
}

std::uint32_t CombinationCheck::radarWidth(const Radio &radio, InterfaceType type,
                                           const OperatingChannel &channel)
{
    if (!isBeaconing(type)) {
        return 0;
    }
    const int width = std::max(20, Nl80211::channelWidthMhz(channel.width));
    const int center = channel.center1 ? channel.center1 : channel.frequency;
    QList<int> parts;
    for (int f = center - width / 2 + 10; f < center + width / 2; f += 20) {
        parts.append(f);
    }
    if (channel.width == NL80211_CHAN_WIDTH_80P80 && channel.center2) {
        for (int f = channel.center2 - 30; f < channel.center2 + 40; f += 20) {
            parts.append(f);
        }
    }
    for (const Band &band : radio.bands) {
        for (const Channel &known : band.channels) {
            if (parts.contains(known.frequency) && known.hasFlag(QStringLiteral("radar"))) {
                return 1u << channel.width;
            }
        }
    }
    return 0;
}

QString CombinationCheck::summary(const InterfaceCombination &combination)
{
    QStringList limits;
    for (const auto &limit : combination.limits) {
        limits.append(QStringLiteral("%1 ≤ %2").arg(Wording::group(limit.types)).arg(limit.max));
    }
    QString text =
        QStringLiteral("%1; total ≤ %2; %3")
            .arg(limits.join(QStringLiteral(", ")))
            .arg(combination.maxInterfaces)
            .arg(combination.channels == 1 ? QStringLiteral("1 channel")
                                           : QStringLiteral("%1 channels").arg(combination.channels));
    if (combination.radarDetectWidths) {
        text += QStringLiteral("; radar detection at %1")
                    .arg(Nl80211::channelWidthKeys(combination.radarDetectWidths).join(QStringLiteral(", ")));
    }
    if (combination.staApBeaconIntervalMustMatch) {
        text += QStringLiteral("; AP beacon interval = station's");
    }
    if (combination.beaconIntervalMinGcd) {
        text += QStringLiteral("; beacon intervals with a common divisor ≥ %1 TU")
                    .arg(combination.beaconIntervalMinGcd);
    }
    return text;
}

InterfaceVerdict CombinationCheck::check(const RadioSituation &situation, const QList<Candidate> &candidates)
{
    InterfaceVerdict verdict;
    const Radio &radio = situation.radio;
    std::optional<std::uint64_t> replacing;
    for (const Candidate &candidate : candidates) {
        if (candidate.replacing) {
            replacing = candidate.replacing;
        }
    }
    const QList<ActiveInterface> running = situation.running(replacing);

    const CombinationLoad load = CombinationLoad::build(situation, running, candidates);

    // A software type is always allowed (the others fit already); a lone interface without radar
    // detection needs no combination (ieee80211_check_combinations()).
    if (load.firstCandidate() && (load.members.size() > 1 || load.radar)) {
        QStringList relevant;
        QStringList other;
        for (int i = 0; i < radio.combinations.size(); ++i) {
            const InterfaceCombination &combination = radio.combinations.at(i);
            const QString why = CombinationProblems::problem(radio, combination, load);
            if (why.isEmpty()) {
                verdict.combination = i;
                CombinationProblems::noteChannel(radio, combination, load, verdict);
                CombinationProblems::noteBeaconIntervals(combination, load, verdict);
                break;
            }
            bool coversAll = true;
            for (const LoadMember &member : load.members) {
                bool found = false;
                for (const auto &limit : combination.limits) {
                    found = found || limit.types.contains(member.type);
                }
                coversAll = coversAll && found;
            }
            (coversAll ? relevant : other).append(why);
        }
        if (!verdict.combination) {
            if (radio.combinations.isEmpty()) {
                verdict.refuse(
                    QStringLiteral("%1 publishes no interface combinations, so it runs one interface at "
                                   "a time, monitors aside: %2 %3 up")
                        .arg(radio.name, CombinationProblems::describedList(load.existing()),
                             load.existing().size() == 1 ? QStringLiteral("is") : QStringLiteral("are")));
            }
            for (const QString &why : relevant.isEmpty() ? other : relevant) {
                verdict.refuse(why);
            }
        }
    }
    const bool refusedAlready = !verdict.allowed;
    for (const Candidate &candidate : candidates) {
        applyMac80211Rules(running, candidate, refusedAlready, verdict);
    }
    if (!verdict.allowed) {
        verdict.combination.reset();
        verdict.notes.clear();
    }
    return verdict;
}

} // namespace Airpane::Interfaces
