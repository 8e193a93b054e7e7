// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Airpane {

class WifiDirectState;

// The Wi-Fi Direct peers this session's discovery heard, one row each, in the order of their
// addresses; sorting and filtering are left to a proxy. Read-only.
class PeerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Category, Address, Methods, Signal, LastSeen, ColumnCount };
    enum Role {
        AddressRole = Qt::UserRole + 1,
        SortRole, // numbers as numbers
    };

    explicit PeerModel(WifiDirectState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &address) const;

private:
    void addPeer(const QString &address);
    void removePeer(const QString &address);
    void peerChanged(const QString &address);

    WifiDirectState *m_state;
    QStringList m_addresses; // sorted
};

} // namespace Airpane
