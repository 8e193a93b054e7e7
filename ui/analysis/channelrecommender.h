// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/bss.h"
#include "client/radio.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Airpane {

// One place an AP could go: a 20 MHz channel or a bonded block of them.
struct ChannelCandidate
{
    QString band;
    int channel = 0;         // the primary channel's number
    int frequency = 0;       // MHz, of the primary channel
    int centerFrequency = 0; // MHz, of the whole channel
    int widthMhz = 20;
    QList<int> channels; // the 20 MHz channels it spans, lowest first
    double cost = 0;     // from this update's scan alone
    double smoothedCost = 0;
    bool allowed = true; // an AP may start here with the current options
    bool dfs = false;
    int overlapping = 0; // foreign BSSes whose spectrum overlaps this one's
    std::optional<double> strongestDbm;
    std::optional<double> busyFraction; // from the survey, 0..1
    QStringList reasons;                // for people, the blocking ones first
};

struct ChannelRecommendation
{
    QString band;
    int widthMhz = 20;
    std::optional<ChannelCandidate> best;
    bool held = false;                  // best stays by hysteresis though another candidate ranks first
    QList<ChannelCandidate> candidates; // allowed first, then by smoothed cost
    QString summary;                    // one sentence
    int networks = 0;                   // foreign BSSes heard in the band
    int leftOut = 0;                    // own BSSes not counted
};

// Which channel of a band an AP should use and why, from what the radios heard. Keeps an
// exponential moving average of every candidate's cost so that the answer follows the air, not one
// scan, and changes only when another channel is better by a margin.
//
// Cost of a candidate = Σ over foreign BSSes of overlap × signalWeight × loadWeight (× 4 when the
// BSS only partly overlaps: adjacent-channel interference), where overlap is the share of the
// candidate's spectrum the BSS covers, plus busyCost × the survey's busy share.
class ChannelRecommender
{
    Q_DECLARE_TR_FUNCTIONS(ChannelRecommender)
public:
    struct Options
    {
        int widthMhz = 20;            // 20, 40, 80, 160 (2.4 GHz: 20, 40)
        bool allowDfs = false;        // DFS channels are candidates (never while radar made them unavailable)
        double smoothing = 0.3;       // weight of the newest cost in the moving average
        double hysteresis = 0.15;     // another candidate must be this share cheaper...
        double hysteresisFloor = 1.0; // ...and at least this much, to take the place of the current one
        QSet<QString> ownBssids;      // the user's own APs, left out with every BSS of their groups
        QSet<QString> ownGroups;
    };
    // A busy band costs as much as a −55 dBm network of average load on every channel all the time.
    static constexpr double busyCost = 100;
    // A partly overlapping network counts this many times its overlap (see score()): enough that
    // sharing a channel with one network beats sitting between two of the usual 1, 6 and 11.
    static constexpr double partialOverlapFactor = 4;

    ChannelRecommender() = default;
    explicit ChannelRecommender(const Options &options);

    // Folds what RADIO's scan heard into the averages and answers for BAND ("2.4GHz", "5GHz",
    // "6GHz"). BUSYBYFREQUENCY: the survey's busy share (0..1) by channel frequency in MHz.
    ChannelRecommendation update(const Client::Radio &radio, const QString &band,
                                 const QList<Client::Bss> &bsses,
                                 const QHash<int, double> &busyByFrequency = {});

    Options options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }
    // Forgets the averages and the current recommendations.
    void reset()
    {
        m_smoothed.clear();
        m_current.clear();
    }

    // 10^((dBm + 95) / 20), the amplitude over a −95 dBm noise floor: 1 at −95, 10 at −75, 100 at
    // −55; dBm clamped to −100..−20, an unknown signal taken as −85.
    static double signalWeight(std::optional<double> dbm);
    // How busy a BSS keeps the air, 1 when unknown: channel utilisation 0..100% as 0.25..2, times
    // 0.75..1.5 for 0..15+ associated stations.
    static double loadWeight(const Client::Bss &bss);

    struct Span
    {
        double low = 0; // MHz
        double high = 0;
    };
    // The spectrum a BSS occupies: 22 MHz for 2.4 GHz 20 MHz channels (the DSSS/OFDM mask the
    // Channels page draws), both segments of 80+80, without punctured subchannels.
    static QList<Span> spectrum(const Client::Bss &bss);
    static double overlapMhz(const QList<Span> &a, const QList<Span> &b);
    // "6", or "36–48" for a bonded candidate.
    static QString label(const ChannelCandidate &candidate);

private:
    // A candidate's channels, before judging and scoring.
    struct Block
    {
        QList<const Client::Channel *> channels; // lowest first
        int primary = 0;                         // index into channels
        int centerFrequency = 0;
        bool widthForbidden = false; // a no-ht40-*/no-80mhz/no-160mhz flag rules the width out
    };
    // The band's BSSes, each once, foreign and own.
    struct Heard
    {
        struct Source
        {
            const Client::Bss *bss = nullptr;
            QList<Span> spectrum;
            double weight = 0;
        };
        QList<Source> foreign;
        QList<Source> own;
    };
    static QList<Block> blocks(const Client::Band &band, int widthMhz);
    static Heard sortOut(const QList<Client::Bss> &bsses, const QString &band, const Options &options);
    static ChannelCandidate judge(const Block &block, const QString &band, const Options &options);
    static void score(ChannelCandidate &candidate, const Block &block, const Heard &heard,
                      const QHash<int, double> &busyByFrequency);
    static QString summarize(const ChannelRecommendation &recommendation, const ChannelCandidate *first);

    Options m_options;
    QHash<QString, double> m_smoothed; // by candidate key: radio, band, width, centre
    QHash<QString, int> m_current;     // centre frequency of the recommendation by radio, band, width
};

} // namespace Airpane
