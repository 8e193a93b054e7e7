// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/event.h"

#include <QAbstractTableModel>

#include <deque>

namespace Airpane {

class ClientState;

// The live log of nl80211 events, newest last, holding at most capacity() of them: the oldest go
// first, with their own rowsRemoved.
class EventModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Radio, Interface, Command, Summary, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // the kind's key: radio, interface, scan, ...
        RadioRole,                   // the radio's index, or -1
        InterfaceRole,               // the interface's name, or its wdev id
        SortRole,
    };

    explicit EventModel(ClientState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    void append(const QList<Client::Event> &events);
    void clear();
    // How many events were dropped to stay within the capacity.
    qint64 dropped() const { return m_dropped; }

Q_SIGNALS:
    void droppedChanged();

private:
    void trim(qsizetype room);

    ClientState *m_state;
    std::deque<Client::Event> m_events;
    int m_capacity = 5000;
    qint64 m_dropped = 0;
};

} // namespace Airpane
