// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/radio.h"

#include <QAbstractTableModel>

namespace Airpane {

class ClientState;

// A radio's interface combinations as a matrix: one column per combination, one row per interface
// type (how many of it the combination allows), then the totals: interfaces at once, different
// channels, radar detection, and whether station + access point + P2P fit together.
class CombinationMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RowKeyRole = Qt::UserRole + 1, AllowedRole };

    explicit CombinationMatrixModel(ClientState *state, QObject *parent = nullptr);

    void setRadio(std::optional<uint> radio);
    std::optional<uint> radio() const { return m_radio; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Row keys after the interface types.
    static inline const QString totalRow = QStringLiteral("#total");
    static inline const QString channelsRow = QStringLiteral("#channels");
    static inline const QString radarRow = QStringLiteral("#radar");
    static inline const QString togetherRow = QStringLiteral("#together");

private:
    void update();
    QStringList rowKeys(const QList<Client::Combination> &combinations) const;
    QVariant cell(const QString &row, int column, int role) const;

    ClientState *m_state;
    std::optional<uint> m_radio;
    Client::Radio m_current;
    QList<Client::Combination> m_combinations;
    QStringList m_rows;
};

} // namespace Airpane
