// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Airpane {

class StationState;

// One station's counters per traffic identifier, one row per TID the kernel reports, with its
// access category (background, best effort, video, voice) and, where the driver queues in
// mac80211, its transmit queue. Moving counters only change data. Read-only.
class TidStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Tid,
        AccessCategory,
        RxMsdu,
        TxMsdu,
        TxRetries,
        TxFailed,
        QueuedBytes,
        QueuedPackets,
        Flows,
        Drops,
        EcnMarks,
        Overlimit,
        Collisions,
        QueueTxBytes,
        QueueTxPackets,
        ColumnCount
    };
    enum Role {
        FieldRole = Qt::UserRole + 1, // the column's JSON.md name in "tidStats" ("rxMsdu", "txq.drops")
        ValueRole,                    // the number itself
    };

    explicit TidStatsModel(StationState *state, QObject *parent = nullptr);

    void setStation(const QString &key);
    QString station() const { return m_key; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString fieldOf(int column);

private:
    void rebuild();

    StationState *m_state;
    QString m_key;
    QList<QList<std::optional<qint64>>> m_rows; // per TID: a value per column, Tid first
};

} // namespace Airpane
