// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/bss.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>

namespace Airpane {

class ScanState;
class StationState;

// The front end's one store of live statistics, on the GUI thread: each BSS's signal over time, each
// band's channel occupancy over time, and each watched station's link (signal and rates) over time,
// all bounded to the last hour. Fed by ScanState and StationState; the Signal page's chart and
// waterfall, the link chart and the benchmarks read it.
class SignalHistory : public QObject
{
    Q_OBJECT
public:
    struct Sample
    {
        qint64 timeMs = 0; // when the BSS was heard, ms since the epoch
        float dbm = 0;
    };
    // One line of the waterfall: how busy each channel of a band was at one time, 0..1.
    struct OccupancyRow
    {
        qint64 timeMs = 0;
        QList<float> busy;    // per channelFrequencies(band)
        QList<bool> measured; // from a survey (true) or estimated from the BSSes heard (false)
    };
    // A station's link at one time; NaN where the driver said nothing.
    struct LinkSample
    {
        qint64 timeMs = 0; // when the client received it
        float signalDbm = 0;
        float txMbps = 0;
        float rxMbps = 0;
    };

    explicit SignalHistory(ScanState *scans, QObject *parent = nullptr);

    static constexpr qint64 windowMs = 3600 * 1000;
    // A scan every two seconds for an hour; older samples go first.
    static constexpr int maxSamplesPerBss = 1800;
    static constexpr int maxOccupancyRows = 1800;
    // An hour at ten updates a second.
    static constexpr int maxLinkSamples = 36000;
    static const QStringList bands;

    QStringList keys() const { return m_samples.keys(); }
    // Oldest first; null for a BSS never heard with a signal.
    const std::deque<Sample> *samples(const QString &key) const;
    qsizetype sampleCount() const;
    qint64 newestMs() const { return m_newestMs; }

    // The 20 MHz channels of BAND, by centre frequency.
    static QList<int> channelFrequencies(const QString &band);
    const std::deque<OccupancyRow> &occupancy(const QString &band) const;
    // Takes one occupancy line of every band now (the timer does it after changes; tests call it).
    void sampleOccupancy(qint64 timeMs);

    // Follows STATIONS: each update of a station is a sample of its link.
    void followStations(StationState *stations);
    // A station's link, oldest first, by its key ("INTERFACE/MAC"); null for one never seen.
    const std::deque<LinkSample> *linkSamples(const QString &key) const;

Q_SIGNALS:
    // New samples arrived for KEYS.
    void samplesAdded(const QStringList &keys);
    void occupancyAdded();
    void linkSamplesAdded(const QStringList &keys);

private:
    void record(const QStringList &keys);
    void prune();
    void recordLinks(const QStringList &keys);
    OccupancyRow occupancyOf(const QString &band, qint64 timeMs, const QList<Client::Bss> &bsses) const;

    ScanState *m_scans;
    QHash<QString, std::deque<Sample>> m_samples;
    QHash<QString, std::deque<OccupancyRow>> m_occupancy;
    StationState *m_stations = nullptr;
    QHash<QString, std::deque<LinkSample>> m_links;
    qint64 m_newestMs = 0;
    QTimer m_occupancyTimer;
};

} // namespace Airpane
