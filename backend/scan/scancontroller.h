// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bsstable.h"

#include "model/interface.h"
#include "nl80211/scanrequests.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace Airpane {

class Backend;
struct Event;

namespace Scan {

// Scans and their results. Triggers scans with nl80211's options, and refreshes the BSS table after
// every scan that finishes on a radio — ours, and those others trigger (NetworkManager,
// wpa_supplicant), which cost us nothing. The event socket joined the scan group before anything
// was triggered, so no scan's end is missed.
class ScanController : public QObject
{
    Q_OBJECT
public:
    explicit ScanController(Backend *backend, QObject *parent = nullptr);

    // DONE hears whether the kernel accepted the scan (errno 0) or why not: the errno and words.
    using Done = std::function<void(int error, const QString &message)>;
    void trigger(const Interface &interface, const Nl80211::ScanOptions &options, Done done);
    void abort(const Interface &interface);
    // Reads the radio's BSS list now, without scanning.
    void refresh(const Interface &interface);

    const BssTable &table() const { return m_table; }
    bool isScanning(std::uint64_t wdev) const { return m_scanning.contains(wdev); }

Q_SIGNALS:
    void scanStarted(std::uint64_t wdev, bool ours);
    void scanFinished(std::uint64_t wdev, bool aborted);
    void bssesChanged(const Airpane::Scan::BssTable::Delta &delta);
    void refreshed(std::uint32_t radio, int bssCount, qint64 milliseconds);
    void problem(const QString &message);

private:
    void onEvent(const Event &event);
    static Nl80211::ScanTarget targetOf(const Interface &interface);
    static QString explain(int error, const Interface &interface, const QString &kernelText);

    Backend *m_backend;
    BssTable m_table;
    QSet<std::uint64_t> m_scanning;
    QSet<std::uint32_t> m_refreshing;   // radios with a dump under way
    QSet<std::uint32_t> m_refreshAgain; // ... and a scan that finished meanwhile
};

} // namespace Scan
} // namespace Airpane
