// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2psession.h"

#include "discovery.h"
#include "offchannelport.h"

#include "core/backend.h"
#include "core/interfacemanager.h"

#include <QPointer>
#include <QRandomGenerator>

namespace Airpane::P2p {

P2pSession::P2pSession(Backend *backend, InterfaceManager *interfaces, Scan::ScanController *scans,
                       QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_interfaces(interfaces)
    , m_scans(scans)
{}

P2pSession::~P2pSession()
{
    end();
}

void P2pSession::start(std::uint32_t radio, LocalDevice device,
                       std::function<void(const QString &error)> done)
{
    const auto radioInfo = m_backend->radio(radio);
    if (!radioInfo) {
        done(QStringLiteral("There is no radio %1.").arg(radio));
        return;
    }
    m_radio = radio;
    CreateInterfaceRequest request;
    request.radio = radio;
    request.name = QStringLiteral("p2p-dev-ap%1").arg(radio);
    request.type = InterfaceType::P2pDevice;
    request.up = true; // START_P2P_DEVICE
    request.owned = true;
    QPointer<P2pSession> self(this);
    const std::uint32_t maxRemain = radioInfo->maxRemainOnChannelMs.value_or(1000);
    InterfaceManager *interfaces = m_interfaces;
    m_interfaces->create(request, [self, interfaces, device, maxRemain,
                                   done](const InterfaceOperationResult &result) mutable {
        if (!self) {
            // Ended while the kernel created it: nobody would ever delete it.
            if (result.ok && result.interface) {
                interfaces->remove(result.interface->wdev, [](const InterfaceOperationResult &) {});
            }
            return;
        }
        if (!result.ok || !result.interface) {
            done(result.error.isEmpty() ? QStringLiteral("The P2P device could not be created.")
                                        : result.error);
            return;
        }
        self->m_wdev = result.interface->wdev;
        const QByteArray mac = QByteArray::fromHex(result.interface->mac.toLatin1());
        if (mac.size() == 6) {
            std::copy_n(reinterpret_cast<const std::uint8_t *>(mac.constData()), 6, device.address.begin());
        }
        QRandomGenerator::securelySeeded().fillRange(reinterpret_cast<quint32 *>(device.uuid.data()), 4);
        self->m_port = new OffChannelPort(self->m_backend, self->m_wdev, self);
        self->m_port->registerProbeRequests([self, device, maxRemain, done](const QString &error) {
            if (!self) {
                return;
            }
            if (!error.isEmpty()) {
                self->end();
                done(error);
                return;
            }
            self->m_discovery =
                new Discovery(self->m_backend, self->m_scans, self->m_port, device, maxRemain, self);
            done(QString());
        });
    });
}

void P2pSession::end()
{
    if (m_discovery) {
        m_discovery->stop();
        delete m_discovery;
        m_discovery = nullptr;
    }
    delete m_port; // closing its socket unregisters the probe requests
    m_port = nullptr;
    if (m_wdev) {
        m_interfaces->remove(m_wdev, [](const InterfaceOperationResult &) {});
        m_wdev = 0;
    }
}

} // namespace Airpane::P2p
