// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/bss.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Airpane {

class ScanState;

// The BSSes the radios heard, one row each. A row keeps its place for as long as its BSS lives, new
// BSSes come at the end, and a batch of changes is one dataChanged per contiguous run of rows:
// ordering belongs to BssFilterModel, so that updates never move what the user is looking at.
// Read-only.
class BssModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Ssid,
        Bssid,
        Vendor,
        Band,
        Channel,
        Width,
        Signal,
        Security,
        Standard,
        Load,
        Stations,
        FirstSeen,
        LastSeen,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        SortRole,        // numbers as numbers
        SignalRole,      // dBm as a double; null when unknown
        BandRole,        // 2.4GHz, 5GHz, 6GHz
        SecurityRole,    // the kind: open, wpa2-personal, ...
        HiddenRole,      // bool
        SsidRole,        // the SSID as sent, empty when hidden
        GroupRole,       // the physical AP's key
        GroupSizeRole,   // how many BSSes that AP has
        GroupSignalRole, // the strongest signal of that AP, for ordering groups
        ExportRole,      // the value as data (JSON.md's units and keys), null when unknown
    };

    explicit BssModel(ScanState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &key) const { return m_rows.value(key, -1); }
    QString keyAt(int row) const { return m_keys.value(row); }

private:
    void apply(const QStringList &added, const QStringList &changed, const QStringList &removed);
    void rebuildGroups();
    QVariant display(int column, int role, const QModelIndex &index) const;
    static QVariant exported(const Client::Bss &bss, int column);

    ScanState *m_state;
    QStringList m_keys;         // by row
    QHash<QString, int> m_rows; // key to row
    QHash<QString, int> m_groupSizes;
    QHash<QString, double> m_groupSignals;
};

} // namespace Airpane
