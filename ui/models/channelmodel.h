// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/radio.h"

#include <QAbstractTableModel>

namespace Airpane {

class ClientState;

// The channels of one band of one radio. Choosing another radio or band resets it; when the radio
// changes (regulatory updates change flags and powers) channels that stay get dataChanged, those that
// come or go their own rowsInserted or rowsRemoved.
class ChannelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Frequency, MaxPower, Status, Dfs, Flags, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, DisabledRole };

    explicit ChannelModel(ClientState *state, QObject *parent = nullptr);

    void setBand(std::optional<uint> radio, const QString &band);
    std::optional<uint> radio() const { return m_radio; }
    QString band() const { return m_band; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Client::Channel> currentChannels() const;
    void update();

    ClientState *m_state;
    std::optional<uint> m_radio;
    QString m_band;
    QList<Client::Channel> m_channels; // by frequency
};

} // namespace Airpane
