// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Airpane {

class StationState;

// The stations of one interface, one row each in the order of their addresses: an access point's
// or P2P GO's clients, or the AP a station interface is connected to. Sorting is left to a proxy.
// Read-only.
class StationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Address,
        Vendor,
        Signal,
        TxRate,
        RxRate,
        Standard,
        Flags,
        Connected,
        Inactive,
        RxBytes,
        TxBytes,
        RxPackets,
        TxPackets,
        Retries,
        Failed,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1, // "INTERFACE/MAC"
        SortRole,                   // numbers as numbers
    };

    explicit StationModel(StationState *state, QObject *parent = nullptr);

    // The interface whose stations are shown (by name); a change resets the model.
    void setInterface(const QString &interface);
    QString interface() const { return m_interface; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &key) const { return int(m_keys.indexOf(key)); }
    QString keyAt(int row) const { return m_keys.value(row); }

private:
    void onStations(const QStringList &added, const QStringList &changed, const QStringList &removed);
    bool ours(const QString &key) const;

    StationState *m_state;
    QString m_interface;
    QStringList m_keys; // sorted
};

} // namespace Airpane
