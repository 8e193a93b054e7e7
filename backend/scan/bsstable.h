// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/bss.h"

#include <QMap>
#include <QStringList>

namespace Airpane::Scan {

// Every BSS the radios have heard, keyed "RADIO/BSSID", with first and last sighting and a bounded
// history of signal samples; and which BSSes belong to one physical access point.
class BssTable
{
public:
    // One hour of samples at the live scan's default interval.
    static constexpr int historyCapacity = 720;

    struct Delta
    {
        QStringList added;
        QStringList changed;
        QStringList removed;
        bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    };

    // A dump of RADIO's BSS list as the kernel keeps it. Whatever the dump no longer has, the
    // kernel expired: it leaves the table too.
    Delta update(std::uint32_t radio, const QList<Bss> &dump, qint64 nowMs);
    // RADIO is gone: its BSSes leave.
    Delta removeRadio(std::uint32_t radio);

    QList<Bss> bsses() const { return m_bsses.values(); }
    const Bss *find(const QString &key) const;
    int size() const { return int(m_bsses.size()); }

    static QString keyOf(const Bss &bss) { return QStringLiteral("%1/%2").arg(bss.radio).arg(bss.bssid); }

private:
    void regroup(std::uint32_t radio);

    QMap<QString, Bss> m_bsses;
};

} // namespace Airpane::Scan
