// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bss.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

namespace Airpane {

// The BSSes the radios heard and the scans running, kept current from the helper's "bss" and
// "scan" topics. Changes come in batches, as the helper sends them: a crowded hall changes hundreds
// of BSSes per scan, and the models take them in one go.
class ScanState : public QObject
{
    Q_OBJECT
public:
    explicit ScanState(QObject *parent = nullptr);

    QList<Client::Bss> bsses() const { return m_bsses.values(); }
    const Client::Bss *bss(const QString &key) const;
    int count() const { return int(m_bsses.size()); }

    // A whole snapshot: whatever is not in BSSES is removed.
    void resetBsses(const QList<Client::Bss> &bsses);
    void updateBsses(const QList<Client::Bss> &changed, const QStringList &removed);

    // Interfaces with a scan running now.
    QStringList scanning() const { return QStringList(m_scanning.begin(), m_scanning.end()); }
    bool isScanning(const QString &interface) const { return m_scanning.contains(interface); }
    // Whether the last scan that finished on INTERFACE was another program's (or session's).
    bool lastScanForeign(const QString &interface) const { return m_foreign.contains(interface); }
    // STATE: started, finished, aborted; OURS: this session asked for it.
    void setScanState(const QString &interface, const QString &state, bool ours);

    // A radio's survey, as read after a scan: how busy each channel was since the reading before.
    void setSurvey(uint radio, const QList<Client::SurveyChannel> &channels);
    // The share of time FREQUENCY was busy (0..1) by the newest survey that measured it.
    std::optional<double> busyFraction(int frequency) const;
    QHash<int, double> busyFractions() const { return m_busy; }

Q_SIGNALS:
    // After the change; keys of the BSSes added, changed and removed.
    void bssesChanged(const QStringList &added, const QStringList &changed, const QStringList &removed);
    void scanStateChanged(const QString &interface);
    void surveyChanged();

private:
    QMap<QString, Client::Bss> m_bsses; // by key: a stable order for the models
    QSet<QString> m_scanning;
    QSet<QString> m_foreign;
    QHash<uint, QHash<int, Client::SurveyChannel>> m_survey; // the last reading, per radio
    QHash<int, double> m_busy;                               // by frequency
};

} // namespace Airpane
