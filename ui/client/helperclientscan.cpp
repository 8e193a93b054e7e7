// SPDX-License-Identifier: GPL-3.0-or-later
// The scanning part of HelperClient: the "bss" and "scan" topics into ScanState.
#include "helperclient.h"

#include "bssconversion.h"
#include "helperinterface.h"

#include "contract.h"

#include <memory>
#include <utility>

namespace Airpane {

void HelperClient::connectScans(OrgAirpaneHelper1SessionInterface *session)
{
    // The first BssChanged of a subscription is the whole table: it replaces the last session's.
    auto snapshot = std::make_shared<bool>(true);
    connect(session, &OrgAirpaneHelper1SessionInterface::BssChanged, this,
            [this, snapshot](const QVariantMapList &changed, const QStringList &removed) {
                QList<Client::Bss> bsses;
                bsses.reserve(changed.size());
                for (const QVariantMap &map : changed) {
                    bsses.append(Client::bssFromJson(Contract::jsonFromVariant(map)));
                }
                if (std::exchange(*snapshot, false)) {
                    m_state->scans()->resetBsses(bsses);
                } else {
                    m_state->scans()->updateBsses(bsses, removed);
                }
            });
    connect(session, &OrgAirpaneHelper1SessionInterface::ScanStateChanged, this,
            [this](const QString &interface, const QString &state, bool ours) {
                m_state->scans()->setScanState(interface, state, ours);
            });
}

} // namespace Airpane
