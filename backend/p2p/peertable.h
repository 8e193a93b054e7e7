// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/peer.h"
#include "p2pattributes.h"

#include <QMap>

namespace Airpane::P2p {

// The peers discovery found, by device address. A peer unheard for the expiry time leaves.
class PeerTable
{
public:
    static constexpr qint64 defaultExpiryMs = 60000;

    enum class Source { ProbeResponse, Beacon, ProbeRequest };
    enum class Change { None, Added, Changed };

    // What INFO says, heard from SOURCE at NOWMS; INFO without a device address is ignored.
    Change update(const PeerInfo &info, const QString &transmitter, Source source, int frequency,
                  std::optional<double> signalDbm, qint64 nowMs);
    // Removes peers unheard since NOWMS - expiry; returns their addresses.
    QStringList expire(qint64 nowMs);

    // What changed between two sightings of one peer that a person would want told, as field keys:
    // "name", "type", "config-methods", "listening" (heard from its own Device Info, no longer only
    // its searches), "group" (its clients), "channel" (listen or operating), "signal" (moved by
    // signalStepDb or more). Being heard again, or a signal that wobbles, is not a change.
    static constexpr double signalStepDb = 6;
    static QStringList differences(const Peer &before, const Peer &after);

    QList<Peer> peers() const { return m_peers.values(); }
    const Peer *find(const QString &address) const;
    void clear() { m_peers.clear(); }
    void setExpiryMs(qint64 ms) { m_expiryMs = ms; }
    qint64 expiryMs() const { return m_expiryMs; }

private:
    QMap<QString, Peer> m_peers;
    qint64 m_expiryMs = defaultExpiryMs;
};

} // namespace Airpane::P2p
