// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Airpane::Client {

// A BSS the radios heard (JSON.md, "scan dump"): what the table and the channel graph show.
struct Bss
{
    QString key; // "RADIO/BSSID": the stable key
    QString bssid;
    uint radio = 0;
    QString ssid; // empty when hidden
    bool hidden = false;
    int frequency = 0; // MHz, primary channel
    QString band;      // 2.4GHz, 5GHz, 6GHz, ...
    std::optional<int> channel;
    int widthMhz = 20;
    int centerFrequency = 0; // of the whole (first segment of the) channel
    std::optional<int> center2Frequency;
    int puncturedSubchannels = 0;
    std::optional<double> signalDbm;
    QString securityKind; // open, wep, wpa2-personal, ...
    QString securityName;
    QString standard; // b, g, n, ac, ax, be
    std::optional<int> stations;
    std::optional<int> utilizationPercent;
    QString vendor;
    QString groupKey; // BSSes of one physical AP share it
    QDateTime firstSeen;
    QDateTime lastSeen;
    QByteArray elements;     // the newest elements, as on the wire
    bool associated = false; // a station interface of its radio is connected to it

    bool operator==(const Bss &) const = default;

    // The SSID for people: the name, or a placeholder for a hidden network.
    QString displaySsid() const;
};

// One channel of a radio's survey (JSON.md, "survey"): the counters since the driver started.
struct SurveyChannel
{
    int frequency = 0;
    std::optional<int> noiseDbm;
    std::optional<qint64> activeMs;
    std::optional<qint64> busyMs;
    bool inUse = false;
};

// One decoded field of an element (JSON.md, "scan dump --elements"); offsets are into Bss::elements.
struct ElementField
{
    QString key;
    QString label;
    QString value;
    QString explanation;
    int offset = 0;
    int length = 0;
    QList<ElementField> children;
};

// One element of a BSS as the helper's inspector decoded it; fields are its children.
struct DecodedElement
{
    int id = 0;
    std::optional<int> extId;
    QString key;
    QString name;
    int offset = 0;
    int length = 0;
    QString error;
    QList<ElementField> fields;
};

// A BSS with what GetBssDetails adds: its decoded elements.
struct BssDetails
{
    Bss bss;
    QList<DecodedElement> elements;
    QString error; // the question failed: for people
};

} // namespace Airpane::Client
