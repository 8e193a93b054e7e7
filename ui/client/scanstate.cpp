// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanstate.h"

namespace Airpane {

ScanState::ScanState(QObject *parent)
    : QObject(parent)
{}

const Client::Bss *ScanState::bss(const QString &key) const
{
    const auto it = m_bsses.constFind(key);
    return it == m_bsses.constEnd() ? nullptr : &it.value();
}

void ScanState::resetBsses(const QList<Client::Bss> &bsses)
{
    QSet<QString> present;
    for (const Client::Bss &bss : bsses) {
        present.insert(bss.key);
    }
    QStringList gone;
    for (auto it = m_bsses.cbegin(); it != m_bsses.cend(); ++it) {
        if (!present.contains(it.key())) {
            gone.append(it.key());
        }
    }
    updateBsses(bsses, gone);
}

void ScanState::updateBsses(const QList<Client::Bss> &changed, const QStringList &removed)
{
    QStringList added;
    QStringList modified;
    QStringList gone;
    for (const QString &key : removed) {
        if (m_bsses.remove(key)) {
            gone.append(key);
        }
    }
    for (const Client::Bss &bss : changed) {
        const auto it = m_bsses.find(bss.key);
        if (it == m_bsses.end()) {
            m_bsses.insert(bss.key, bss);
            added.append(bss.key);
        } else if (!(it.value() == bss)) {
            it.value() = bss;
            modified.append(bss.key);
        }
    }
    if (!added.isEmpty() || !modified.isEmpty() || !gone.isEmpty()) {
        Q_EMIT bssesChanged(added, modified, gone);
    }
}

void ScanState::setScanState(const QString &interface, const QString &state, bool ours)
{
    if (state == QLatin1String("started")) {
        m_scanning.insert(interface);
    } else {
        m_scanning.remove(interface);
        if (ours) {
            m_foreign.remove(interface);
        } else {
            m_foreign.insert(interface);
        }
    }
    Q_EMIT scanStateChanged(interface);
}

} // namespace Airpane
