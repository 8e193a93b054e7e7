// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanstate.h"

#include <algorithm>

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

void ScanState::setSurvey(uint radio, const QList<Client::SurveyChannel> &channels)
{
    QHash<int, Client::SurveyChannel> &last = m_survey[radio];
    bool changed = false;
    for (const Client::SurveyChannel &channel : channels) {
        if (!channel.activeMs || !channel.busyMs || *channel.activeMs <= 0) {
            continue;
        }
        // The counters run since the driver started: the busy share of the time between two
        // readings says how busy the channel is now; a first reading can only give the average.
        qint64 active = *channel.activeMs;
        qint64 busy = *channel.busyMs;
        if (const auto before = last.constFind(channel.frequency); before != last.constEnd()) {
            const qint64 activeDelta = active - before->activeMs.value_or(0);
            const qint64 busyDelta = busy - before->busyMs.value_or(0);
            if (activeDelta <= 0) {
                continue; // not measured again since
            }
            if (busyDelta >= 0) {
                active = activeDelta;
                busy = busyDelta;
            }
        }
        last.insert(channel.frequency, channel);
        const double fraction = std::clamp(double(busy) / double(active), 0.0, 1.0);
        if (m_busy.value(channel.frequency, -1) != fraction) {
            m_busy.insert(channel.frequency, fraction);
            changed = true;
        }
    }
    if (changed) {
        Q_EMIT surveyChanged();
    }
}

std::optional<double> ScanState::busyFraction(int frequency) const
{
    const auto it = m_busy.constFind(frequency);
    return it == m_busy.constEnd() ? std::nullopt : std::optional(*it);
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
