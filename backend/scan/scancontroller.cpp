// SPDX-License-Identifier: GPL-3.0-or-later
#include "scancontroller.h"

#include "bssfactory.h"
#include "bssrecord.h"
#include "scanplanner.h"

#include "core/backend.h"
#include "model/event.h"
#include "nl/socket.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <linux/nl80211.h>

#include <cerrno>
#include <ctime>

namespace Airpane::Scan {
namespace {

std::uint64_t boottimeNs()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return std::uint64_t(now.tv_sec) * 1000000000ull + std::uint64_t(now.tv_nsec);
}

} // namespace

ScanController::ScanController(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    connect(m_backend, &Backend::eventReceived, this, &ScanController::onEvent);
    connect(m_backend, &Backend::radioRemoved, this, [this](std::uint32_t radio) {
        const BssTable::Delta delta = m_table.removeRadio(radio);
        if (!delta.isEmpty()) {
            Q_EMIT bssesChanged(delta);
        }
    });
}

Nl80211::ScanTarget ScanController::targetOf(const Interface &interface)
{
    Nl80211::ScanTarget target;
    if (interface.ifindex) {
        target.ifindex = interface.ifindex;
    } else {
        target.wdev = interface.wdev;
    }
    return target;
}

QString ScanController::explain(int error, const Interface &interface, const QString &kernelText)
{
    const QString name = interface.name.isEmpty() ? QStringLiteral("the P2P device") : interface.name;
    switch (error) {
    case EBUSY:
        return QStringLiteral(
                   "A scan is already running on %1, perhaps NetworkManager's or wpa_supplicant's; its "
                   "results will appear when it ends.")
            .arg(name);
    case ENETDOWN:
        return QStringLiteral("%1 is down: bring it up to scan.").arg(name);
    case EOPNOTSUPP:
        return QStringLiteral("%1 cannot scan in its mode (%2); an access point needs the AP-force option.")
            .arg(name, interfaceTypeDisplayName(interface.type));
    default:
        return kernelText;
    }
}

void ScanController::trigger(const Interface &interface, const Nl80211::ScanOptions &options, Done done)
{
    if (const auto radio = m_backend->radio(interface.radio)) {
        const QString problem = checkScanFrequencies(*radio, options.frequencies);
        if (!problem.isEmpty()) {
            // Answered later, as the kernel's answer would be: callers start waiting after this call.
            if (done) {
                QTimer::singleShot(0, this, [done, problem] { done(EINVAL, problem); });
            }
            return;
        }
    }
    Netlink::Socket::Handlers handlers;
    handlers.done = [this, interface, done](const Netlink::Error &error) {
        if (!error.isError()) {
            m_scanning.insert(interface.wdev);
        }
        if (done) {
            done(error.code, error.isError() ? explain(error.code, interface, error.text()) : QString());
        }
    };
    m_backend->commandSocket()->request(
        Nl80211::triggerScan(m_backend->family().id, targetOf(interface), options), std::move(handlers));
}

void ScanController::abort(const Interface &interface)
{
    m_backend->commandSocket()->request(Nl80211::abortScan(m_backend->family().id, targetOf(interface)), {});
}

void ScanController::refresh(const Interface &interface)
{
    const std::uint32_t radio = interface.radio;
    if (m_refreshing.contains(radio)) {
        m_refreshAgain.insert(radio);
        return;
    }
    m_refreshing.insert(radio);
    auto dump = std::make_shared<QList<Bss>>();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    Netlink::Socket::Handlers handlers;
    handlers.reply = [this, dump, radio](const Netlink::Message &message) {
        const auto generic = Netlink::genericMessage(message);
        if (!generic) {
            return;
        }
        BssRecord record;
        if (const char *error = decodeBssRecord(generic->attributes, record)) {
            Q_EMIT problem(QStringLiteral("scan result: %1").arg(QLatin1String(error)));
            return;
        }
        Bss bss = makeBss(record, radio);
        if (bss.lastSeenBoottimeNs) {
            // The age from CLOCK_BOOTTIME, which the kernel stamped the sighting with.
            const std::uint64_t now = boottimeNs();
            bss.seenMsAgo =
                now > *bss.lastSeenBoottimeNs ? std::uint32_t((now - *bss.lastSeenBoottimeNs) / 1000000) : 0;
        }
        dump->append(bss);
    };
    handlers.restarted = [dump] { dump->clear(); };
    handlers.done = [this, dump, radio, interface, timer](const Netlink::Error &error) {
        m_refreshing.remove(radio);
        if (error.isError()) {
            Q_EMIT problem(QStringLiteral("Cannot read the scan results: %1").arg(error.text()));
        } else {
            const BssTable::Delta delta = m_table.update(radio, *dump, QDateTime::currentMSecsSinceEpoch());
            Q_EMIT refreshed(radio, int(dump->size()), timer->elapsed());
            if (!delta.isEmpty()) {
                Q_EMIT bssesChanged(delta);
            }
        }
        if (m_refreshAgain.remove(radio)) {
            refresh(interface);
        }
    };
    m_backend->commandSocket()->request(Nl80211::getScan(m_backend->family().id, targetOf(interface)),
                                        std::move(handlers));
}

void ScanController::onEvent(const Event &event)
{
    const bool started = event.command == NL80211_CMD_TRIGGER_SCAN;
    const bool finished = event.command == NL80211_CMD_NEW_SCAN_RESULTS;
    const bool aborted = event.command == NL80211_CMD_SCAN_ABORTED;
    if (!started && !finished && !aborted) {
        return;
    }
    std::optional<Interface> interface;
    if (event.wdev) {
        interface = m_backend->interfaceByWdev(*event.wdev);
    }
    if (!interface && event.ifindex) {
        interface = m_backend->interfaceByIndex(*event.ifindex);
    }
    if (!interface) {
        return;
    }
    if (started) {
        const bool ours = m_scanning.contains(interface->wdev);
        m_scanning.insert(interface->wdev);
        Q_EMIT scanStarted(interface->wdev, ours);
        return;
    }
    m_scanning.remove(interface->wdev);
    Q_EMIT scanFinished(interface->wdev, aborted);
    // Whoever scanned, the radio's BSS list is fresh (an aborted scan may have found some too).
    refresh(*interface);
}

} // namespace Airpane::Scan
