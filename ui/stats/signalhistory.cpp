// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalhistory.h"

#include "analysis/channelrecommender.h"
#include "client/scanstate.h"
#include "client/stationstate.h"

#include <QDateTime>
#include <QSet>

#include <limits>

namespace Airpane {
namespace {

// How much of the air an estimated BSS keeps busy where it overlaps a channel: its BSS Load
// channel utilisation when it says, else what its beacons alone take (about 3 % at the usual
// 100 TU interval and 1 Mb/s).
double airtime(const Client::Bss &bss)
{
    if (bss.utilizationPercent) {
        return std::clamp(*bss.utilizationPercent / 100.0, 0.0, 1.0);
    }
    return 0.03;
}

// Every series here keeps at most CAPACITY samples and none older than OLDESTMS.
template<typename Sample>
void bound(std::deque<Sample> &samples, qint64 oldestMs, std::size_t capacity)
{
    while (samples.size() > capacity || (!samples.empty() && samples.front().timeMs < oldestMs)) {
        samples.pop_front();
    }
}

float orNan(const std::optional<double> &value)
{
    return value ? float(*value) : std::numeric_limits<float>::quiet_NaN();
}

} // namespace

const QStringList SignalHistory::bands = {QStringLiteral("2.4GHz"), QStringLiteral("5GHz"),
                                          QStringLiteral("6GHz")};

SignalHistory::SignalHistory(ScanState *scans, QObject *parent)
    : QObject(parent)
    , m_scans(scans)
{
    connect(scans, &ScanState::bssesChanged, this,
            [this](const QStringList &added, const QStringList &changed, const QStringList &) {
                record(added + changed);
                if (!m_occupancyTimer.isActive()) {
                    m_occupancyTimer.start();
                }
            });
    connect(scans, &ScanState::surveyChanged, this, [this] {
        if (!m_occupancyTimer.isActive()) {
            m_occupancyTimer.start();
        }
    });
    // A scan's results come in several batches: one waterfall line for all of them.
    m_occupancyTimer.setSingleShot(true);
    m_occupancyTimer.setInterval(1000);
    // A line belongs to the newest hearing it shows, so that it lines up with the signal chart.
    connect(&m_occupancyTimer, &QTimer::timeout, this,
            [this] { sampleOccupancy(m_newestMs > 0 ? m_newestMs : QDateTime::currentMSecsSinceEpoch()); });
    QStringList known;
    for (const Client::Bss &bss : m_scans->bsses()) {
        known.append(bss.key);
    }
    record(known);
}

const std::deque<SignalHistory::Sample> *SignalHistory::samples(const QString &key) const
{
    const auto it = m_samples.constFind(key);
    return it == m_samples.constEnd() ? nullptr : &it.value();
}

qsizetype SignalHistory::sampleCount() const
{
    qsizetype count = 0;
    for (const auto &samples : m_samples) {
        count += qsizetype(samples.size());
    }
    return count;
}

void SignalHistory::record(const QStringList &keys)
{
    QStringList recorded;
    for (const QString &key : keys) {
        const Client::Bss *bss = m_scans->bss(key);
        if (!bss || !bss->signalDbm || !bss->lastSeen.isValid()) {
            continue;
        }
        // A BSS changes for other reasons than being heard again (its elements, its load): only a
        // newer lastSeen is a new sample.
        const qint64 time = bss->lastSeen.toMSecsSinceEpoch();
        std::deque<Sample> &samples = m_samples[key];
        if (!samples.empty() && samples.back().timeMs >= time) {
            continue;
        }
        samples.push_back({time, float(*bss->signalDbm)});
        bound(samples, std::numeric_limits<qint64>::min(), maxSamplesPerBss);
        m_newestMs = std::max(m_newestMs, time);
        recorded.append(key);
    }
    if (!recorded.isEmpty()) {
        prune();
        Q_EMIT samplesAdded(recorded);
    }
}

void SignalHistory::prune()
{
    // The window follows the newest sample, not the clock: a paused or replayed history stays whole.
    const qint64 oldest = m_newestMs - windowMs;
    for (auto it = m_samples.begin(); it != m_samples.end();) {
        std::deque<Sample> &samples = it.value();
        bound(samples, oldest, maxSamplesPerBss);
        it = samples.empty() ? m_samples.erase(it) : std::next(it);
    }
}

QList<int> SignalHistory::channelFrequencies(const QString &band)
{
    QList<int> frequencies;
    if (band == QLatin1String("2.4GHz")) {
        for (int frequency = 2412; frequency <= 2472; frequency += 5) {
            frequencies.append(frequency);
        }
        frequencies.append(2484);
    } else if (band == QLatin1String("5GHz")) {
        for (int frequency = 5180; frequency <= 5885; frequency += 20) {
            frequencies.append(frequency);
        }
    } else if (band == QLatin1String("6GHz")) {
        for (int frequency = 5955; frequency <= 7115; frequency += 20) {
            frequencies.append(frequency);
        }
    }
    return frequencies;
}

const std::deque<SignalHistory::OccupancyRow> &SignalHistory::occupancy(const QString &band) const
{
    static const std::deque<OccupancyRow> none;
    const auto it = m_occupancy.constFind(band);
    return it == m_occupancy.constEnd() ? none : it.value();
}

SignalHistory::OccupancyRow SignalHistory::occupancyOf(const QString &band, qint64 timeMs,
                                                       const QList<Client::Bss> &bsses) const
{
    OccupancyRow row;
    row.timeMs = timeMs;
    const QList<int> frequencies = channelFrequencies(band);
    // The chance that the air is free is the product of each BSS leaving it free.
    QList<double> free(frequencies.size(), 1.0);
    for (const Client::Bss &bss : bsses) {
        if (bss.band != band) {
            continue;
        }
        const QList<ChannelRecommender::Span> spectrum = ChannelRecommender::spectrum(bss);
        for (qsizetype i = 0; i < frequencies.size(); ++i) {
            const QList<ChannelRecommender::Span> channel = {{frequencies[i] - 10.0, frequencies[i] + 10.0}};
            const double overlap = ChannelRecommender::overlapMhz(spectrum, channel) / 20.0;
            if (overlap > 0) {
                free[i] *= 1.0 - std::min(1.0, overlap) * airtime(bss);
            }
        }
    }
    for (qsizetype i = 0; i < frequencies.size(); ++i) {
        const std::optional<double> measured = m_scans->busyFraction(frequencies[i]);
        row.busy.append(float(measured.value_or(1.0 - free[i])));
        row.measured.append(measured.has_value());
    }
    return row;
}

void SignalHistory::sampleOccupancy(qint64 timeMs)
{
    const QHash<int, double> survey = m_scans->busyFractions();
    const QList<Client::Bss> bsses = m_scans->bsses();
    QSet<QString> bandsHeard;
    for (const Client::Bss &bss : bsses) {
        bandsHeard.insert(bss.band);
    }
    for (const QString &band : bands) {
        const QList<int> frequencies = channelFrequencies(band);
        const bool heard = bandsHeard.contains(band) ||
                           std::any_of(frequencies.begin(), frequencies.end(),
                                       [&survey](int frequency) { return survey.contains(frequency); });
        if (!heard) {
            continue; // a band nobody uses stays without lines rather than a wall of zeros
        }
        std::deque<OccupancyRow> &rows = m_occupancy[band];
        if (!rows.empty() && rows.back().timeMs >= timeMs) {
            rows.back() = occupancyOf(band, rows.back().timeMs, bsses); // the same moment, seen again
        } else {
            rows.push_back(occupancyOf(band, timeMs, bsses));
        }
        bound(rows, timeMs - windowMs, maxOccupancyRows);
    }
    Q_EMIT occupancyAdded();
}

void SignalHistory::followStations(StationState *stations)
{
    m_stations = stations;
    connect(stations, &StationState::stationsChanged, this,
            [this](const QStringList &added, const QStringList &changed, const QStringList &) {
                recordLinks(added + changed);
            });
}

const std::deque<SignalHistory::LinkSample> *SignalHistory::linkSamples(const QString &key) const
{
    const auto it = m_links.constFind(key);
    return it == m_links.constEnd() ? nullptr : &it.value();
}

void SignalHistory::recordLinks(const QStringList &keys)
{
    QStringList recorded;
    for (const QString &key : keys) {
        const Client::Station *station = m_stations->station(key);
        if (!station || !station->received.isValid()) {
            continue;
        }
        const qint64 time = station->received.toMSecsSinceEpoch();
        std::deque<LinkSample> &samples = m_links[key];
        if (!samples.empty() && samples.back().timeMs >= time) {
            continue;
        }
        const auto signal = station->signalDbm ? station->signalDbm : station->signalAverageDbm;
        samples.push_back({time, orNan(signal ? std::optional<double>(*signal) : std::nullopt),
                           orNan(station->txRate ? station->txRate->mbps : std::nullopt),
                           orNan(station->rxRate ? station->rxRate->mbps : std::nullopt)});
        // A link's window follows its own newest sample, as a BSS's follows the newest hearing.
        bound(samples, time - windowMs, maxLinkSamples);
        recorded.append(key);
    }
    if (!recorded.isEmpty()) {
        Q_EMIT linkSamplesAdded(recorded);
    }
}

} // namespace Airpane
