// SPDX-License-Identifier: GPL-3.0-or-later
#include "bsstable.h"

#include "ouiregistry.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace Airpane::Scan {
namespace {

// What a user would see change in a row.
bool differs(const Bss &a, const Bss &b)
{
    return a.signalDbm != b.signalDbm || a.ssid != b.ssid || a.frequency != b.frequency ||
           a.elements != b.elements || a.status != b.status || a.seenMsAgo / 1000 != b.seenMsAgo / 1000;
}

} // namespace

BssTable::Delta BssTable::update(std::uint32_t radio, const QList<Bss> &dump, qint64 nowMs)
{
    // cfg80211 keeps a hidden network's beacon and the probe response that names it as two
    // entries with one BSSID: one row, named.
    QMap<QString, Bss> merged;
    for (const Bss &bss : dump) {
        const QString key = keyOf(bss);
        const auto it = merged.constFind(key);
        if (it == merged.cend() || (it->hidden && !bss.hidden) ||
            (it->hidden == bss.hidden && bss.seenMsAgo < it->seenMsAgo)) {
            merged.insert(key, bss);
        }
    }
    Delta delta;
    QSet<QString> present;
    for (const Bss &fresh : std::as_const(merged)) {
        const QString key = keyOf(fresh);
        present.insert(key);
        auto it = m_bsses.find(key);
        Bss bss = fresh;
        // The kernel says how long ago it last heard the BSS.
        const qint64 heardMs = nowMs - qint64(fresh.seenMsAgo);
        if (it == m_bsses.end()) {
            bss.firstSeenMs = heardMs;
            bss.vendor = OuiRegistry::instance().vendor(bss.bssid);
        } else {
            bss.firstSeenMs = it->firstSeenMs;
            bss.history = it->history;
            bss.vendor = it->vendor;
        }
        bss.lastSeenMs = heardMs;
        const bool newSample = bss.history.isEmpty() || bss.history.last().timeMs < heardMs;
        if (bss.signalDbm && newSample) {
            bss.history.append({heardMs, *bss.signalDbm});
            if (bss.history.size() > historyCapacity) {
                bss.history.removeFirst();
            }
        }
        if (it == m_bsses.end()) {
            delta.added.append(key);
        } else if (differs(*it, bss) || newSample) {
            delta.changed.append(key);
        }
        m_bsses.insert(key, bss);
    }
    const QString prefix = QStringLiteral("%1/").arg(radio);
    for (auto it = m_bsses.begin(); it != m_bsses.end();) {
        if (it.key().startsWith(prefix) && !present.contains(it.key())) {
            delta.removed.append(it.key());
            it = m_bsses.erase(it);
        } else {
            ++it;
        }
    }
    regroup(radio);
    return delta;
}

BssTable::Delta BssTable::removeRadio(std::uint32_t radio)
{
    return update(radio, {}, 0);
}

const Bss *BssTable::find(const QString &key) const
{
    const auto it = m_bsses.constFind(key);
    return it == m_bsses.cend() ? nullptr : &*it;
}

void BssTable::regroup(std::uint32_t radio)
{
    // Which BSSes are one access point: the same MLD (multi-link), the same multiple-BSSID set, or
    // BSSIDs of one radio's prefix a few addresses apart on one channel (several SSIDs of one AP).
    QList<Bss *> members;
    for (Bss &bss : m_bsses) {
        if (bss.radio == radio) {
            members.append(&bss);
        }
    }
    QList<int> parent(members.size());
    QList<int> lastOctet(members.size());
    for (int i = 0; i < members.size(); ++i) {
        parent[i] = i;
        lastOctet[i] = QStringView(members[i]->bssid).right(2).toInt(nullptr, 16);
    }
    auto root = [&](int i) {
        while (parent[i] != i) {
            i = parent[i] = parent[parent[i]];
        }
        return i;
    };
    for (int i = 0; i < members.size(); ++i) {
        for (int j = i + 1; j < members.size(); ++j) {
            const Bss &a = *members[i];
            const Bss &b = *members[j];
            bool same = !a.mldAddress.isEmpty() && a.mldAddress == b.mldAddress;
            if (!same && a.frequency == b.frequency &&
                QStringView(a.bssid).left(14) == QStringView(b.bssid).left(14)) {
                const int last = lastOctet[i] - lastOctet[j];
                // The MaxBSSID Indicator is 1 to 8 in 802.11 but a raw byte from the air: a shift
                // by 32 or more is undefined, so it is held to the standard's range.
                const int span = a.summary.hasMultipleBssid
                                     ? (1 << std::clamp<int>(a.summary.maxBssidIndicator, 1, 8))
                                     : 32;
                same = std::abs(last) < span;
            }
            if (same) {
                parent[root(i)] = root(j);
            }
        }
    }
    for (int i = 0; i < members.size(); ++i) {
        members[i]->groupKey = QStringLiteral("%1/%2").arg(radio).arg(members[root(i)]->bssid);
    }
}

} // namespace Airpane::Scan
