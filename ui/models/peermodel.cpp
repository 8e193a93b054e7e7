// SPDX-License-Identifier: GPL-3.0-or-later
#include "peermodel.h"

#include "client/wifidirectstate.h"
#include "decode/peernames.h"
#include "style/tintedsvgiconengine.h"

#include <QLocale>

namespace Airpane {

PeerModel::PeerModel(WifiDirectState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    for (const Client::Peer &peer : state->peers()) {
        m_addresses.append(peer.address);
    }
    connect(state, &WifiDirectState::peerAdded, this, &PeerModel::addPeer);
    connect(state, &WifiDirectState::peerRemoved, this, &PeerModel::removePeer);
    connect(state, &WifiDirectState::peerChanged, this, &PeerModel::peerChanged);
}

int PeerModel::rowOf(const QString &address) const
{
    return int(m_addresses.indexOf(address));
}

void PeerModel::addPeer(const QString &address)
{
    if (m_addresses.contains(address)) {
        return;
    }
    const auto row =
        int(std::lower_bound(m_addresses.begin(), m_addresses.end(), address) - m_addresses.begin());
    beginInsertRows({}, row, row);
    m_addresses.insert(row, address);
    endInsertRows();
}

void PeerModel::removePeer(const QString &address)
{
    const int row = rowOf(address);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_addresses.removeAt(row);
    endRemoveRows();
}

void PeerModel::peerChanged(const QString &address)
{
    if (const int row = rowOf(address); row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int PeerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_addresses.size());
}

int PeerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Client::Peer *peer = m_state->peer(m_addresses[index.row()]);
    if (!peer) {
        return {};
    }
    if (role == AddressRole) {
        return peer->address;
    }
    const int category = PeerNames::category(peer->primaryType);
    if (role == Qt::DecorationRole) {
        return index.column() == Name ? tintedIcon(PeerNames::categoryIcon(category)) : QVariant();
    }
    if (role == Qt::ToolTipRole && index.column() == Name && peer->probeRequestOnly) {
        return tr("Heard only searching: it has not answered with its own description yet.");
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return peer->displayName();
    case Category:
        return peer->primaryType.isEmpty() ? QVariant() : QVariant(PeerNames::categoryName(category));
    case Address:
        return peer->address;
    case Methods: {
        QStringList methods;
        for (const QString &method : peer->configMethods) {
            methods.append(PeerNames::configMethod(method));
        }
        return methods.join(QStringLiteral(", "));
    }
    case Signal:
        if (role == SortRole) {
            return peer->signalDbm.value_or(-1000);
        }
        return peer->signalDbm ? tr("%1 dBm").arg(*peer->signalDbm) : QVariant();
    case LastSeen:
        if (role == SortRole) {
            return peer->lastSeen;
        }
        return QLocale().toString(peer->lastSeen.toLocalTime().time(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant PeerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Device name");
    case Category:
        return tr("Device type");
    case Address:
        return tr("Device address");
    case Methods:
        return tr("Connects by");
    case Signal:
        return tr("Signal");
    case LastSeen:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace Airpane
