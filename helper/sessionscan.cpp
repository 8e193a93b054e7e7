// SPDX-License-Identifier: GPL-3.0-or-later
// The scanning part of org.airpane.Helper1.Session.
#include "session.h"

#include "authorizedcall.h"
#include "ratelimiter.h"
#include "validation.h"

#include "core/backend.h"
#include "elements/inspector/inspect.h"
#include "scan/scancontroller.h"
#include "scan/scangovernor.h"
#include "json/json.h"

#include <QPointer>

#include <cerrno>

namespace Airpane {

void Session::connectScans()
{
    Scan::ScanController *scans = m_context.scans;
    connect(scans, &Scan::ScanController::bssesChanged, this, [this](const Scan::BssTable::Delta &delta) {
        onBssesChanged(delta.added + delta.changed, delta.removed);
    });
    connect(scans, &Scan::ScanController::scanStarted, this, [this](std::uint64_t wdev, bool) {
        onScanState(wdev, QStringLiteral("started"), m_ownScans.contains(wdev));
    });
    connect(scans, &Scan::ScanController::scanFinished, this, [this](std::uint64_t wdev, bool aborted) {
        onScanState(wdev, aborted ? QStringLiteral("aborted") : QStringLiteral("finished"),
                    m_ownScans.remove(wdev));
    });
}

void Session::onBssesChanged(const QStringList &changed, const QStringList &removed)
{
    if (!m_topics.contains(Contract::Topic::bss)) {
        return;
    }
    for (const QString &key : changed) {
        m_removedBss.remove(key);
        m_changedBss.insert(key);
    }
    for (const QString &key : removed) {
        m_changedBss.remove(key);
        m_removedBss.insert(key);
    }
    scheduleFlush();
}

void Session::onScanState(std::uint64_t wdev, const QString &state, bool ours)
{
    if (!m_topics.contains(Contract::Topic::scan)) {
        return;
    }
    const auto interface = m_context.backend->interfaceByWdev(wdev);
    m_scanStates.append({{QStringLiteral("interface"), interface ? interface->name : QString()},
                         {QStringLiteral("state"), state},
                         {QStringLiteral("ours"), ours}});
    scheduleFlush();
}

std::optional<Interface> Session::interfaceFor(const QDBusMessage &call, const QString &name)
{
    if (!Validation::isInterfaceName(name)) {
        replyError(m_context, call, Contract::Error::invalidArgument,
                   QStringLiteral("\"%1\" is not an interface name (1 to 15 of A-Z a-z 0-9 _ . -).")
                       .arg(name.left(64)));
        return std::nullopt;
    }
    const auto interface = m_context.backend->interfaceByName(name);
    if (!interface) {
        replyError(m_context, call, Contract::Error::notFound,
                   QStringLiteral("There is no interface %1.").arg(name));
    }
    return interface;
}

void Session::TriggerScan(const QString &interface, const QVariantMap &options)
{
    if (!admit()) {
        return;
    }
    authorized(Contract::Action::scan, [this, interface, options](const QDBusMessage &call) {
        Nl80211::ScanOptions scanOptions;
        QString error;
        if (!Validation::scanOptions(options, scanOptions, &error)) {
            replyError(m_context, call, Contract::Error::invalidArgument, error);
            return;
        }
        const auto found = interfaceFor(call, interface);
        if (!found) {
            return;
        }
        if (!m_context.scanLimiter->allow(m_owner)) {
            replyError(m_context, call, Contract::Error::limitExceeded,
                       QStringLiteral("At most one scan per second."));
            return;
        }
        QPointer<Session> self(this);
        m_context.scans->trigger(
            *found, scanOptions, [self, call, wdev = found->wdev](int code, const QString &message) {
                if (!self) {
                    return;
                }
                if (code != 0) {
                    // EINVAL: the radio cannot scan what was asked (a frequency it
                    // does not have, say), which the message names.
                    replyError(self->m_context, call,
                               code == EINVAL ? Contract::Error::invalidArgument : Contract::Error::failed,
                               message);
                    return;
                }
                self->m_ownScans.insert(wdev);
                self->m_context.connection.send(call.createReply());
            });
    });
}

void Session::SetLiveScan(const QString &interface, const QVariantMap &settings)
{
    if (!admit()) {
        return;
    }
    authorized(Contract::Action::scan, [this, interface, settings](const QDBusMessage &call) {
        Validation::LiveScanSettings live;
        QString error;
        if (!Validation::liveScanSettings(settings, live, &error)) {
            replyError(m_context, call, Contract::Error::invalidArgument, error);
            return;
        }
        const auto found = interfaceFor(call, interface);
        if (!found) {
            return;
        }
        Scan::ScanGovernor *governor = m_governors.value(found->wdev);
        if (!governor) {
            governor = new Scan::ScanGovernor(m_context.backend, m_context.scans, found->wdev, this);
            m_governors.insert(found->wdev, governor);
            // The live scan's scans are this session's own, as TriggerScan's are.
            connect(governor, &Scan::ScanGovernor::scanTriggered, this,
                    [this, wdev = found->wdev] { m_ownScans.insert(wdev); });
        }
        governor->setInterval(live.intervalSeconds);
        governor->setBands(live.bands);
        governor->setPassiveProbing(live.passive);
        governor->setMode(live.mode == QLatin1String("live")      ? Scan::ScanGovernor::Mode::Live
                          : live.mode == QLatin1String("passive") ? Scan::ScanGovernor::Mode::Passive
                                                                  : Scan::ScanGovernor::Mode::Off);
        m_context.connection.send(call.createReply());
    });
}

QVariantMapList Session::GetBss()
{
    if (admit()) {
        authorized(Contract::Action::monitor, [this](const QDBusMessage &call) {
            QVariantMapList list;
            for (const Bss &bss : m_context.scans->table().bsses()) {
                list.append(Contract::variantFromJson(Json::bss(bss)));
            }
            replyList(call, list);
        });
    }
    return {};
}

QVariantMap Session::GetBssDetails(const QString &key)
{
    if (admit()) {
        authorized(Contract::Action::monitor, [this, key](const QDBusMessage &call) {
            if (key.size() > 40) {
                replyError(m_context, call, Contract::Error::invalidArgument,
                           QStringLiteral("A BSS key is RADIO/BSSID."));
                return;
            }
            const Bss *bss = m_context.scans->table().find(key);
            if (!bss) {
                replyError(m_context, call, Contract::Error::notFound,
                           QStringLiteral("No BSS %1 was heard.").arg(key));
                return;
            }
            // The inspector runs here, on demand for one BSS, because the GUI does not link the
            // backend: its element view needs the decoded tree with the byte ranges.
            QJsonObject object = Json::bss(*bss, true);
            object.insert(QStringLiteral("decodedElements"),
                          Json::elements(Elements::inspect(Elements::Bytes(
                              reinterpret_cast<const std::uint8_t *>(bss->elements.constData()),
                              std::size_t(bss->elements.size())))));
            m_context.connection.send(call.createReply(Contract::variantFromJson(object)));
        });
    }
    return {};
}

} // namespace Airpane
