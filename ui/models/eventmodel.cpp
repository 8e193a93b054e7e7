// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"

#include "client/clientstate.h"
#include "decode/wifinames.h"

#include <QLocale>

namespace Airpane {

EventModel::EventModel(ClientState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(state, &ClientState::eventsReceived, this, &EventModel::append);
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Client::Event &event = m_events[std::size_t(index.row())];
    switch (role) {
    case KindRole:
        return event.kind;
    case RadioRole:
        return event.radio ? qint64(*event.radio) : qint64(-1);
    case InterfaceRole:
        return event.interfaceName.isEmpty() ? event.wdev : event.interfaceName;
    case SortRole:
        return index.column() == Time ? QVariant(event.time) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == Time) {
            return QLocale().toString(event.time, QLocale::LongFormat);
        }
        return index.column() == Summary ? event.summary : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Time:
        return event.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case Kind:
        return WifiNames::eventKind(event.kind);
    case Radio:
        return event.radio ? m_state->radioName(*event.radio) : QString();
    case Interface:
        return event.interfaceName.isEmpty() ? event.wdev : event.interfaceName;
    case Command:
        return event.command;
    case Summary:
        return event.summary;
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Radio:
        return tr("Radio");
    case Interface:
        return tr("Interface");
    case Command:
        return tr("nl80211 command");
    case Summary:
        return tr("What happened");
    default:
        return {};
    }
}

void EventModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trim(0);
}

void EventModel::trim(qsizetype room)
{
    const auto excess = qsizetype(m_events.size()) + room - m_capacity;
    if (excess <= 0 || m_events.empty()) {
        return;
    }
    const auto remove = int(std::min<qsizetype>(excess, qsizetype(m_events.size())));
    beginRemoveRows({}, 0, remove - 1);
    m_events.erase(m_events.begin(), m_events.begin() + remove);
    endRemoveRows();
    m_dropped += remove;
    Q_EMIT droppedChanged();
}

void EventModel::append(const QList<Client::Event> &events)
{
    if (events.isEmpty()) {
        return;
    }
    // More than the capacity in one batch: only its newest count.
    const qsizetype skip = std::max<qsizetype>(0, events.size() - m_capacity);
    if (skip > 0) {
        m_dropped += skip;
    }
    const qsizetype adding = events.size() - skip;
    trim(adding);
    const auto first = int(m_events.size());
    beginInsertRows({}, first, first + int(adding) - 1);
    m_events.insert(m_events.end(), events.begin() + skip, events.end());
    endInsertRows();
    if (skip > 0) {
        Q_EMIT droppedChanged();
    }
}

void EventModel::clear()
{
    if (m_events.empty()) {
        return;
    }
    beginRemoveRows({}, 0, int(m_events.size()) - 1);
    m_events.clear();
    endRemoveRows();
}

} // namespace Airpane
