// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelrecommender.h"

#include "decode/wifinames.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace Airpane {

namespace {

const QString band24 = QStringLiteral("2.4GHz");

// Below this, people call a network weak; it also barely raises the cost (weight < 6).
constexpr double weakDbm = -75;

QString dbmText(double dbm)
{
    return QLocale().toString(qRound(dbm));
}

} // namespace

ChannelRecommender::ChannelRecommender(const Options &options)
    : m_options(options)
{}

double ChannelRecommender::signalWeight(std::optional<double> dbm)
{
    return std::pow(10.0, (std::clamp(dbm.value_or(-85.0), -100.0, -20.0) + 95.0) / 20.0);
}

double ChannelRecommender::loadWeight(const Client::Bss &bss)
{
    const double utilization =
        bss.utilizationPercent ? 0.25 + 1.75 * std::clamp(*bss.utilizationPercent, 0, 100) / 100.0 : 1;
    return utilization * (bss.stations ? 0.75 + 0.05 * std::clamp(*bss.stations, 0, 15) : 1);
}

QList<ChannelRecommender::Span> ChannelRecommender::spectrum(const Client::Bss &bss)
{
    const double center = bss.centerFrequency ? bss.centerFrequency : bss.frequency;
    if (bss.band == band24 && bss.widthMhz == 20) {
        return {{center - 11, center + 11}};
    }
    QList<Span> segments = {{center - bss.widthMhz / 2.0, center + bss.widthMhz / 2.0}};
    if (bss.center2Frequency && bss.widthMhz >= 160) {
        const double half = bss.widthMhz / 4.0;
        segments = {{center - half, center + half},
                    {*bss.center2Frequency - half, *bss.center2Frequency + half}};
    }
    if (!bss.puncturedSubchannels) {
        return segments;
    }
    // A punctured subchannel stays silent: only the others count.
    QList<Span> open;
    int bit = 0;
    for (const Span &segment : std::as_const(segments)) {
        for (double low = segment.low; low + 20 <= segment.high; low += 20, ++bit) {
            if (!(bss.puncturedSubchannels & (1 << bit))) {
                open.append({low, low + 20});
            }
        }
    }
    return open;
}

double ChannelRecommender::overlapMhz(const QList<Span> &a, const QList<Span> &b)
{
    double total = 0;
    for (const Span &x : a) {
        for (const Span &y : b) {
            total += std::max(0.0, std::min(x.high, y.high) - std::max(x.low, y.low));
        }
    }
    return total;
}

QString ChannelRecommender::label(const ChannelCandidate &candidate)
{
    return candidate.channels.size() < 2
               ? QString::number(candidate.channel)
               : QStringLiteral("%1–%2").arg(candidate.channels.first()).arg(candidate.channels.last());
}

QList<ChannelRecommender::Block> ChannelRecommender::blocks(const Client::Band &band, int widthMhz)
{
    QHash<int, const Client::Channel *> byNumber;
    for (const Client::Channel &channel : band.channels) {
        if (channel.number && !channel.disabled) {
            byNumber.insert(*channel.number, &channel);
        }
    }
    const int count = widthMhz / 20;
    if (count < 1 || count > 8 || widthMhz % 20 || (band.key == band24 && count > 2)) {
        return {};
    }
    // The grid a block starting at FIRST belongs to, first and last channel: 2.4 GHz pairs any
    // channel with the one four above (14 is DSSS only); 5 and 6 GHz bond aligned blocks.
    auto grid = [&](int first) -> std::pair<int, int> {
        if (band.key == band24) {
            return {first, 13};
        }
        if (band.key == QLatin1String("6GHz")) {
            return {1, 233};
        }
        return first < 149 ? std::pair(36, 144) : std::pair(149, 177);
    };
    QList<Block> result;
    for (const Client::Channel &channel : band.channels) {
        const int first = channel.number.value_or(0);
        const auto [base, end] = grid(first);
        if (count > 1 && ((first - base) % (4 * count) || first + 4 * (count - 1) > end)) {
            continue;
        }
        Block block;
        for (int i = 0; i < count && byNumber.contains(first + 4 * i); ++i) {
            block.channels.append(byNumber.value(first + 4 * i));
        }
        if (block.channels.size() != count) {
            continue;
        }
        block.centerFrequency = (block.channels.first()->frequency + block.channels.last()->frequency) / 2;
        auto flagged = [&](const char *flag) {
            return std::any_of(block.channels.cbegin(), block.channels.cend(), [&](const Client::Channel *c) {
                return c->flags.contains(QLatin1String(flag));
            });
        };
        if (count == 2) {
            // The lower channel as primary (HT40+) unless forbidden, else the upper one (HT40−).
            const bool plus = !block.channels[0]->flags.contains(QLatin1String("no-ht40-plus"));
            const bool minus = !block.channels[1]->flags.contains(QLatin1String("no-ht40-minus"));
            block.primary = plus || !minus ? 0 : 1;
            block.widthForbidden = !plus && !minus;
        } else if (count > 2) {
            // Only wide blocks: a 20 MHz channel carries no-80mhz when it cannot be part of one.
            block.widthForbidden = flagged("no-80mhz") || (count > 4 && flagged("no-160mhz"));
        }
        result.append(block);
    }
    return result;
}

ChannelRecommender::Heard ChannelRecommender::sortOut(const QList<Client::Bss> &bsses, const QString &band,
                                                      const Options &options)
{
    QSet<QString> ownBssids;
    for (const QString &bssid : options.ownBssids) {
        ownBssids.insert(bssid.toLower());
    }
    QSet<QString> ownGroups = options.ownGroups;
    // Several radios hear the same BSS: it counts once, as loud as its loudest report.
    QHash<QString, const Client::Bss *> loudest;
    QStringList order;
    for (const Client::Bss &bss : bsses) {
        if (!bss.groupKey.isEmpty() && ownBssids.contains(bss.bssid.toLower())) {
            ownGroups.insert(bss.groupKey);
        }
        if (bss.band != band) {
            continue;
        }
        const QString id = bss.bssid.isEmpty() ? bss.key : bss.bssid.toLower();
        const Client::Bss *&slot = loudest[id];
        if (!slot) {
            order.append(id);
        }
        if (!slot || bss.signalDbm.value_or(-200) > slot->signalDbm.value_or(-200)) {
            slot = &bss;
        }
    }
    Heard heard;
    for (const QString &id : std::as_const(order)) {
        const Client::Bss *bss = loudest.value(id);
        const bool mine = ownBssids.contains(bss->bssid.toLower()) ||
                          (!bss->groupKey.isEmpty() && ownGroups.contains(bss->groupKey));
        (mine ? heard.own : heard.foreign)
            .append({bss, spectrum(*bss), signalWeight(bss->signalDbm) * loadWeight(*bss)});
    }
    return heard;
}

ChannelCandidate ChannelRecommender::judge(const Block &block, const QString &band, const Options &options)
{
    const Client::Channel *primary = block.channels[block.primary];
    ChannelCandidate candidate;
    candidate.band = band;
    candidate.channel = primary->number.value_or(0);
    candidate.frequency = primary->frequency;
    candidate.centerFrequency = block.centerFrequency;
    candidate.widthMhz = options.widthMhz;
    QStringList blocking;
    QStringList notes;
    for (const Client::Channel *channel : block.channels) {
        candidate.channels.append(channel->number.value_or(0));
        if (channel->flags.contains(QLatin1String("no-ir"))) {
            blocking.append(tr("No-IR: the regulatory domain forbids starting an AP here"));
        }
        if (channel->flags.contains(QLatin1String("indoor-only"))) {
            notes.append(tr("Indoor only"));
        }
        if (!channel->flags.contains(QLatin1String("radar"))) {
            continue;
        }
        candidate.dfs = true;
        if (channel->dfsState == QLatin1String("unavailable")) {
            blocking.append(tr("DFS: radar was detected here; unavailable for now"));
        } else if (!options.allowDfs) {
            blocking.append(tr("DFS: left out unless DFS channels are allowed"));
        } else {
            notes.append(tr("DFS: radar detection may move the AP"));
            if (channel->dfsState != QLatin1String("available") && channel->dfsCacTimeMs) {
                notes.append(tr("DFS: the AP listens for radar for %n second(s) before it starts", nullptr,
                                int(*channel->dfsCacTimeMs / 1000)));
            }
        }
    }
    if (block.widthForbidden) {
        blocking.append(tr("The regulatory domain forbids %1 MHz here").arg(options.widthMhz));
    }
    candidate.allowed = blocking.isEmpty();
    candidate.reasons = blocking + notes;
    candidate.reasons.removeDuplicates();
    return candidate;
}

void ChannelRecommender::score(ChannelCandidate &candidate, const Block &block, const Heard &heard,
                               const QHash<int, double> &busyByFrequency)
{
    // Measured like a BSS on it would be, so that two networks on one channel overlap fully. A BSS
    // adds the share of the candidate's spectrum it covers, not of its own: a wide neighbour over
    // all of a narrow candidate counts fully, a narrow one inside a wide candidate partly.
    const double half = candidate.band == band24 && candidate.widthMhz == 20 ? 11 : candidate.widthMhz / 2.0;
    const QList<Span> spans = {{candidate.centerFrequency - half, candidate.centerFrequency + half}};
    const Client::Bss *strongest = nullptr;
    int partial = 0;
    for (const Heard::Source &source : heard.foreign) {
        const double overlap = overlapMhz(spans, source.spectrum);
        if (overlap > 0) {
            // A network that only partly overlaps is worse than one sharing the channel: the AP
            // cannot decode its frames and defer to them, so they arrive as noise. Hence 1, 6 and 11.
            double sourceWidth = 0;
            for (const Span &span : source.spectrum) {
                sourceWidth += span.high - span.low;
            }
            const bool partly = overlap < std::min(2 * half, sourceWidth) - 1;
            partial += partly;
            candidate.cost += overlap / (2 * half) * source.weight * (partly ? partialOverlapFactor : 1.0);
            ++candidate.overlapping;
            if (source.bss->signalDbm && (!strongest || *source.bss->signalDbm > *strongest->signalDbm)) {
                strongest = source.bss;
            }
        }
    }
    // A wide channel is only as free as its busiest part.
    for (const Client::Channel *channel : block.channels) {
        if (const auto it = busyByFrequency.constFind(channel->frequency); it != busyByFrequency.cend()) {
            candidate.busyFraction =
                std::max(candidate.busyFraction.value_or(0.0), std::clamp(*it, 0.0, 1.0));
        }
    }
    candidate.cost += busyCost * candidate.busyFraction.value_or(0.0);

    const int count = candidate.overlapping;
    candidate.reasons.append(count ? tr("%n overlapping network(s)", nullptr, count)
                                   : tr("No overlapping network"));
    if (partial > 0) {
        candidate.reasons.append(
            tr("%n of them only partly, which interferes more than sharing the channel", nullptr, partial));
    }
    if (strongest) {
        candidate.strongestDbm = strongest->signalDbm;
        candidate.reasons.append(
            tr("Strongest: %1 dBm, %2").arg(dbmText(*strongest->signalDbm), strongest->displaySsid()));
    }
    if (candidate.busyFraction) {
        candidate.reasons.append(tr("Busy %1% of the time").arg(qRound(*candidate.busyFraction * 100)));
    }
    for (const Heard::Source &source : heard.own) {
        if (overlapMhz(spans, source.spectrum) > 0) {
            candidate.reasons.append(tr("Left out: your own AP %1").arg(source.bss->displaySsid()));
        }
    }
    candidate.reasons.removeDuplicates();
}

ChannelRecommendation ChannelRecommender::update(const Client::Radio &radio, const QString &band,
                                                 const QList<Client::Bss> &bsses,
                                                 const QHash<int, double> &busyByFrequency)
{
    ChannelRecommendation result;
    result.band = band;
    result.widthMhz = m_options.widthMhz;
    const Heard heard = sortOut(bsses, band, m_options);
    result.networks = int(heard.foreign.size());
    result.leftOut = int(heard.own.size());

    const Client::Band *radioBand = radio.band(band);
    const QString prefix = QStringLiteral("%1/%2/%3/").arg(radio.index).arg(band).arg(result.widthMhz);
    const double alpha = std::clamp(m_options.smoothing, 0.0, 1.0);
    for (const Block &block : radioBand ? blocks(*radioBand, m_options.widthMhz) : QList<Block>()) {
        ChannelCandidate candidate = judge(block, band, m_options);
        score(candidate, block, heard, busyByFrequency);
        const QString key = prefix + QString::number(block.centerFrequency);
        const auto previous = m_smoothed.constFind(key);
        candidate.smoothedCost =
            previous == m_smoothed.cend() ? candidate.cost : alpha * candidate.cost + (1 - alpha) * *previous;
        m_smoothed.insert(key, candidate.smoothedCost);
        result.candidates.append(candidate);
    }
    // Costs a millionth apart are equal, so that ties break alike everywhere: no DFS first, then the lowest.
    auto rank = [](const ChannelCandidate &c) {
        return std::tuple(!c.allowed, qRound64(c.smoothedCost * 1e6), c.dfs, c.centerFrequency);
    };
    std::stable_sort(result.candidates.begin(), result.candidates.end(),
                     [&](const ChannelCandidate &a, const ChannelCandidate &b) { return rank(a) < rank(b); });

    const ChannelCandidate *first = !result.candidates.isEmpty() && result.candidates.first().allowed
                                        ? &result.candidates.first()
                                        : nullptr;
    if (!first) {
        m_current.remove(prefix);
    } else {
        const ChannelCandidate *pick = first;
        const int current = m_current.value(prefix);
        for (const ChannelCandidate &candidate : std::as_const(result.candidates)) {
            if (candidate.allowed && candidate.centerFrequency == current && &candidate != first) {
                // The other must be clearly better: a small gain is not worth moving every client.
                const double margin =
                    std::max(m_options.hysteresis * candidate.smoothedCost, m_options.hysteresisFloor);
                if (first->smoothedCost > candidate.smoothedCost - margin) {
                    pick = &candidate;
                    result.held = true;
                }
            }
        }
        m_current.insert(prefix, pick->centerFrequency);
        result.best = *pick;
    }
    result.summary = summarize(result, first);
    return result;
}

// FIRST: the candidate that ranks first, for when the recommendation holds on to another.
QString ChannelRecommender::summarize(const ChannelRecommendation &recommendation,
                                      const ChannelCandidate *first)
{
    const QString band = WifiNames::band(recommendation.band);
    const QString width = QString::number(recommendation.widthMhz);
    // "Channel 36–48": the width is the one asked for.
    auto name = [](const ChannelCandidate &candidate, bool start) {
        return (start ? tr("Channel %1") : tr("channel %1")).arg(label(candidate));
    };
    if (recommendation.candidates.isEmpty()) {
        return tr("The radio has no %1 channel that can be %2 MHz wide.").arg(band, width);
    }
    if (!recommendation.best) {
        return tr("No %1 channel allows starting an AP at %2 MHz; the list says why.").arg(band, width);
    }
    const ChannelCandidate &best = *recommendation.best;
    const QString channel = name(best, true);
    const int count = best.overlapping;
    const QString strongest = best.strongestDbm ? dbmText(*best.strongestDbm) : QString();
    const bool weak = best.strongestDbm < weakDbm;
    QStringList clauses;
    if (recommendation.networks == 0) {
        clauses.append((recommendation.leftOut ? tr("%1: no networks heard in this band besides your own")
                                               : tr("%1: no networks heard in this band"))
                           .arg(channel));
    } else if (count == 0) {
        clauses.append(tr("%1: no network overlaps it").arg(channel));
    } else if (!best.strongestDbm) {
        clauses.append(tr("%1: %n network(s) overlap it", nullptr, count).arg(channel));
    } else if (count == 1) {
        clauses.append(
            (weak ? tr("%1: 1 weak network overlaps it (%2 dBm)") : tr("%1: 1 network overlaps it (%2 dBm)"))
                .arg(channel, strongest));
    } else {
        clauses.append((weak ? tr("%1: %n network(s) overlap it, all weak (%2 dBm at most)", nullptr, count)
                             : tr("%1: %n network(s) overlap it, the strongest at %2 dBm", nullptr, count))
                           .arg(channel, strongest));
    }
    if (best.busyFraction) {
        clauses.append(tr("busy %1% of the time").arg(qRound(*best.busyFraction * 100)));
    }
    if (best.dfs) {
        clauses.append(tr("radar detection may move the AP"));
    }
    if (recommendation.held && first) {
        clauses.append(tr("it stays, as %1 is only slightly better").arg(name(*first, false)));
    } else if (recommendation.networks > 0) {
        for (const ChannelCandidate &other : recommendation.candidates) {
            if (other.allowed && other.centerFrequency != best.centerFrequency) {
                clauses.append(
                    other.overlapping
                        ? tr("the next best, %1, has %n", nullptr, other.overlapping).arg(name(other, false))
                        : tr("the next best is %1").arg(name(other, false)));
                break;
            }
        }
    }
    QString sentence = clauses.takeFirst();
    for (const QString &clause : std::as_const(clauses)) {
        sentence = tr("%1; %2", "joins the clauses of a summary").arg(sentence, clause);
    }
    return tr("%1.", "ends a summary").arg(sentence);
}

} // namespace Airpane
