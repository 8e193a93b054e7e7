// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bss.h"

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

Q_SIGNALS:
    // After the change; keys of the BSSes added, changed and removed.
    void bssesChanged(const QStringList &added, const QStringList &changed, const QStringList &removed);
    void scanStateChanged(const QString &interface);

private:
    QMap<QString, Client::Bss> m_bsses; // by key: a stable order for the models
    QSet<QString> m_scanning;
    QSet<QString> m_foreign;
};

} // namespace Airpane
