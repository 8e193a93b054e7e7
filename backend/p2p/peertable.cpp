// SPDX-License-Identifier: GPL-3.0-or-later
#include "peertable.h"

#include <cmath>

namespace Airpane::P2p {

PeerTable::Change PeerTable::update(const PeerInfo &info, const QString &transmitter, Source source,
                                    int frequency, std::optional<double> signalDbm, qint64 nowMs)
{
    // A probe request names its sender only in its header; a listening device names itself.
    const QString address = info.deviceAddress ? macText(*info.deviceAddress) : transmitter;
    if (address.isEmpty() || (!info.hasP2p && source != Source::ProbeRequest)) {
        return Change::None;
    }
    auto it = m_peers.find(address);
    const bool isNew = it == m_peers.end();
    Peer peer = isNew ? Peer{} : *it;
    const Peer before = peer;
    peer.address = address;
    if (isNew) {
        peer.firstSeenMs = nowMs;
    }
    peer.lastSeenMs = nowMs;
    peer.frequency = frequency;
    if (signalDbm) {
        peer.signalDbm = signalDbm;
    }
    // A device's own Device Info (probe response, beacon) outranks what its probe requests say.
    const bool authoritative = source != Source::ProbeRequest;
    if (authoritative) {
        peer.probeRequestOnly = false;
    }
    if (authoritative || peer.probeRequestOnly) {
        if (!info.name.isEmpty()) {
            peer.name = info.name;
        }
        if (info.primaryType) {
            peer.primaryType = info.primaryType->text();
            peer.category = deviceCategoryName(info.primaryType->category);
        }
        if (!info.secondaryTypes.isEmpty()) {
            peer.secondaryTypes.clear();
            for (const DeviceType &type : info.secondaryTypes) {
                peer.secondaryTypes.append(type.text());
            }
        }
        if (info.configMethods) {
            peer.configMethods = info.configMethods;
        }
        if (info.deviceCapability) {
            peer.deviceCapability = info.deviceCapability;
            peer.groupCapability = info.groupCapability;
        }
        if (!info.manufacturer.isEmpty()) {
            peer.manufacturer = info.manufacturer;
        }
        if (!info.modelName.isEmpty()) {
            peer.modelName = info.modelName;
        }
        if (!info.wfdSubelements.isEmpty()) {
            peer.wfdSubelements = info.wfdSubelements;
        }
    }
    if (info.listenChannel) {
        peer.listenChannel = info.listenChannel->second;
    }
    if (info.operatingChannel) {
        peer.operatingChannel = info.operatingChannel->second;
    }
    if (!info.groupClients.isEmpty()) {
        peer.groupClients.clear();
        for (const MacAddress &client : info.groupClients) {
            peer.groupClients.append(macText(client));
        }
    }
    m_peers.insert(address, peer);
    if (isNew) {
        return Change::Added;
    }
    const bool changed = before.name != peer.name || before.primaryType != peer.primaryType ||
                         before.configMethods != peer.configMethods ||
                         before.probeRequestOnly != peer.probeRequestOnly ||
                         before.signalDbm != peer.signalDbm || before.groupClients != peer.groupClients ||
                         before.lastSeenMs / 1000 != peer.lastSeenMs / 1000;
    return changed ? Change::Changed : Change::None;
}

QStringList PeerTable::expire(qint64 nowMs)
{
    QStringList gone;
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (nowMs - it->lastSeenMs > m_expiryMs) {
            gone.append(it.key());
            it = m_peers.erase(it);
        } else {
            ++it;
        }
    }
    return gone;
}

QStringList PeerTable::differences(const Peer &before, const Peer &after)
{
    QStringList changed;
    auto note = [&changed](bool differs, const char *key) {
        if (differs) {
            changed.append(QLatin1String(key));
        }
    };
    note(before.name != after.name, "name");
    note(before.primaryType != after.primaryType || before.secondaryTypes != after.secondaryTypes, "type");
    note(before.configMethods != after.configMethods, "config-methods");
    note(before.probeRequestOnly != after.probeRequestOnly, "listening");
    note(before.groupClients != after.groupClients || before.groupCapability != after.groupCapability,
         "group");
    note(before.listenChannel != after.listenChannel || before.operatingChannel != after.operatingChannel,
         "channel");
    note(before.signalDbm.has_value() != after.signalDbm.has_value() ||
             (before.signalDbm && after.signalDbm &&
              std::abs(*after.signalDbm - *before.signalDbm) >= signalStepDb),
         "signal");
    return changed;
}

const Peer *PeerTable::find(const QString &address) const
{
    const auto it = m_peers.constFind(address);
    return it == m_peers.cend() ? nullptr : &*it;
}

} // namespace Airpane::P2p
