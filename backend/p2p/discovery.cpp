// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery.h"

#include "offchannelport.h"
#include "p2pframes.h"

#include "core/backend.h"
#include "scan/scancontroller.h"

#include <QDateTime>

#include <cerrno>

namespace Airpane::P2p {
namespace {

const QList<int> socialChannels = {2412, 2437, 2462};
constexpr double timeUnitMs = 1.024;

} // namespace

Discovery::Discovery(Backend *backend, Scan::ScanController *scans, OffChannelPort *port,
                     const LocalDevice &device, std::uint32_t maxRemainOnChannelMs, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_scans(scans)
    , m_port(port)
    , m_device(device)
    , m_maxRemainMs(maxRemainOnChannelMs ? maxRemainOnChannelMs : 1000)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Discovery::stop);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &Discovery::search);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        for (const QString &address : m_peers.expire(QDateTime::currentMSecsSinceEpoch())) {
            Q_EMIT peerLost(address);
        }
    });
    m_expiry.start(5000);
    connect(m_port, &OffChannelPort::frameReceived, this, &Discovery::onFrame);
    connect(m_port, &OffChannelPort::remainEnded, this, &Discovery::onRemainEnded);
    connect(m_port, &OffChannelPort::remainStarted, this, [this] { setState(State::Listen); });
    connect(m_port, &OffChannelPort::remainFailed, this, [this](const QString &error) {
        Q_EMIT problem(QStringLiteral("Cannot stay on the listen channel: %1").arg(error));
        if (m_finding) {
            m_retry.start(100);
        }
    });
    connect(m_scans, &Scan::ScanController::scanFinished, this, [this](std::uint64_t wdev, bool) {
        if (wdev != m_port->wdev() || !m_finding || m_state != State::Search) {
            return;
        }
        if (++m_searchChannel < socialChannels.size()) {
            search();
        } else {
            startListen();
        }
    });
    connect(m_scans, &Scan::ScanController::bssesChanged, this,
            [this](const Scan::BssTable::Delta &delta) { onBsses(delta.added + delta.changed); });
}

std::optional<Interface> Discovery::self() const
{
    return m_backend->interfaceByWdev(m_port->wdev());
}

void Discovery::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void Discovery::find(int timeoutMs)
{
    stop();
    m_finding = true;
    m_searchChannel = 0;
    // The first search forgets what the radio heard before: a find reports what answers now.
    m_flushNext = true;
    if (timeoutMs > 0) {
        m_timeout.start(timeoutMs);
    }
    search();
}

void Discovery::listen(int timeoutMs)
{
    stop();
    m_listening = true;
    if (timeoutMs > 0) {
        m_timeout.start(timeoutMs);
    }
    m_port->remainOnChannel(listenFrequency(), m_maxRemainMs);
}

void Discovery::stop()
{
    const bool wasActive = m_finding || m_listening;
    m_finding = false;
    m_listening = false;
    m_timeout.stop();
    m_retry.stop();
    if (m_port->isOnChannel()) {
        m_port->cancelRemainOnChannel();
    }
    setState(State::Idle);
    if (wasActive) {
        Q_EMIT finished();
    }
}

void Discovery::search()
{
    const auto interface = self();
    if (!m_finding || !interface) {
        return;
    }
    // One social channel per scan: a peer is reported as soon as its channel has been searched,
    // not after all three (the kernel reports results only when a whole scan ends).
    Nl80211::ScanOptions options;
    options.frequencies = {socialChannels.at(m_searchChannel)};
    options.ssids = {QByteArray(wildcardSsid)};
    options.elements = searchElements(m_device);
    options.noCckRates = true;
    options.flush = std::exchange(m_flushNext, false);
    // Rates in 500 kb/s without the basic-rate bit: 6 to 54 Mb/s.
    QByteArray rates = ofdmRates();
    for (char &rate : rates) {
        rate = char(rate & 0x7f);
    }
    options.supportedRates.insert(BandId::Band2GHz, rates);
    setState(State::Search);
    m_scans->trigger(*interface, options, [this](int error, const QString &message) {
        if (error == EBUSY) {
            m_retry.start(50); // the radio is busy with a scan of its own: soon again
        } else if (error != 0) {
            Q_EMIT problem(message);
            startListen();
        }
    });
}

void Discovery::startListen()
{
    if (!m_finding) {
        return;
    }
    m_searchChannel = 0;
    // A random 1, 2 or 3 times 100 TU, so that two finding devices fall into each other's Listen.
    const int units = 100 * (1 + int(m_random.bounded(3)));
    m_port->remainOnChannel(listenFrequency(), std::uint32_t(units * timeUnitMs));
}

void Discovery::onRemainEnded()
{
    if (m_finding) {
        search();
    } else if (m_listening) {
        m_port->remainOnChannel(listenFrequency(), m_maxRemainMs);
    } else {
        setState(State::Idle);
    }
}

void Discovery::onFrame(const QByteArray &frame, int frequency, std::optional<int> signalDbm)
{
    const Bytes bytes(reinterpret_cast<const std::uint8_t *>(frame.constData()), std::size_t(frame.size()));
    const auto request = parseProbeRequest(bytes);
    if (!request) {
        return;
    }
    if (m_port->isOnChannel() && shouldAnswer(*request, m_device.address)) {
        // A searching peer stays ~30 ms on a channel: answer first, book-keep after.
        m_port->transmit(frequency ? frequency : listenFrequency(),
                         probeResponseFrame(m_device, request->source), QStringLiteral("probe response"));
        ++m_answered;
    }
    if (request->hasP2p) {
        if (request->source == m_device.address) {
            return;
        }
        report(m_peers.update(request->peer, macText(request->source), PeerTable::Source::ProbeRequest,
                              frequency, signalDbm ? std::optional<double>(*signalDbm) : std::nullopt,
                              QDateTime::currentMSecsSinceEpoch()),
               macText(request->source));
    }
}

void Discovery::onBsses(const QStringList &keys)
{
    if (!m_finding && !m_listening) {
        return;
    }
    for (const QString &key : keys) {
        const Bss *bss = m_scans->table().find(key);
        if (!bss || !bss->ssid.startsWith(QLatin1String(wildcardSsid))) {
            continue;
        }
        const PeerInfo info = parsePeer({reinterpret_cast<const std::uint8_t *>(bss->elements.constData()),
                                         std::size_t(bss->elements.size())});
        if (!info.hasP2p || !info.deviceAddress || *info.deviceAddress == m_device.address) {
            continue;
        }
        report(m_peers.update(info, bss->bssid,
                              bss->fromProbeResponse ? PeerTable::Source::ProbeResponse
                                                     : PeerTable::Source::Beacon,
                              bss->frequency, bss->signalDbm,
                              bss->lastSeenMs ? bss->lastSeenMs : QDateTime::currentMSecsSinceEpoch()),
               macText(*info.deviceAddress));
    }
}

void Discovery::report(PeerTable::Change change, const QString &address)
{
    if (address == macText(m_device.address)) {
        return; // ourselves, heard back through the radio's BSS list
    }
    if (change == PeerTable::Change::Added) {
        Q_EMIT peerFound(address);
    } else if (change == PeerTable::Change::Changed) {
        Q_EMIT peerChanged(address);
    }
}

} // namespace Airpane::P2p
