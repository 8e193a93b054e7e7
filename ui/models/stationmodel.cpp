// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationmodel.h"

#include "client/stationstate.h"
#include "decode/stationtext.h"

namespace Airpane {

StationModel::StationModel(StationState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(state, &StationState::stationsChanged, this, &StationModel::onStations);
}

void StationModel::setInterface(const QString &interface)
{
    if (interface == m_interface) {
        return;
    }
    beginResetModel();
    m_interface = interface;
    m_keys.clear();
    for (const Client::Station &station : m_state->stations(interface)) {
        m_keys.append(station.key);
    }
    m_keys.sort();
    endResetModel();
}

bool StationModel::ours(const QString &key) const
{
    return !m_interface.isEmpty() && key.startsWith(m_interface + QLatin1Char('/'));
}

void StationModel::onStations(const QStringList &added, const QStringList &changed,
                              const QStringList &removed)
{
    for (const QString &key : removed) {
        if (const int row = rowOf(key); row >= 0) {
            beginRemoveRows({}, row, row);
            m_keys.removeAt(row);
            endRemoveRows();
        }
    }
    for (const QString &key : added) {
        if (!ours(key) || m_keys.contains(key)) {
            continue;
        }
        const auto row = int(std::lower_bound(m_keys.begin(), m_keys.end(), key) - m_keys.begin());
        beginInsertRows({}, row, row);
        m_keys.insert(row, key);
        endInsertRows();
    }
    // Changed rows as runs of neighbours: a whole AP's clients updating at once is one signal.
    QList<int> rows;
    for (const QString &key : changed) {
        if (const int row = rowOf(key); row >= 0) {
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) {
            ++j;
        }
        Q_EMIT dataChanged(index(rows[i], 0), index(rows[j], ColumnCount - 1));
        i = j + 1;
    }
}

int StationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int StationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Client::Station *station = m_state->station(m_keys[index.row()]);
    if (!station) {
        return {};
    }
    if (role == KeyRole) {
        return station->key;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= Signal && index.column() != Standard && index.column() != Flags
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    }
    if (role == Qt::ToolTipRole && (index.column() == TxRate || index.column() == RxRate)) {
        const std::optional<Client::Rate> &rate =
            index.column() == TxRate ? station->txRate : station->rxRate;
        return rate ? StationText::rate(*rate) : QVariant();
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const bool sort = role == SortRole;
    auto number = [sort](const std::optional<qint64> &value, auto format) -> QVariant {
        if (!value) {
            return sort ? QVariant(qint64(-1)) : QVariant();
        }
        return sort ? QVariant(*value) : QVariant(format(*value));
    };
    const auto count = [](qint64 value) { return StationText::count(value); };
    switch (index.column()) {
    case Address:
        return station->mac;
    case Vendor:
        return station->vendor;
    case Signal:
        if (sort) {
            return station->signalDbm.value_or(-1000);
        }
        return station->signalDbm ? QVariant(StationText::signal(station->signalDbm)) : QVariant();
    case TxRate:
    case RxRate: {
        const std::optional<Client::Rate> &rate =
            index.column() == TxRate ? station->txRate : station->rxRate;
        if (sort) {
            return rate && rate->mbps ? *rate->mbps : -1.0;
        }
        return rate ? QVariant(StationText::mbps(rate->mbps)) : QVariant();
    }
    case Standard:
        return station->standard().isEmpty() ? QVariant()
                                             : QVariant(StationText::standard(station->standard()));
    case Flags:
        return StationText::flags(*station);
    case Connected:
        return number(station->connectedSeconds, [](qint64 value) { return StationText::duration(value); });
    case Inactive:
        return number(station->inactiveMs, [](qint64 value) { return StationText::milliseconds(value); });
    case RxBytes:
        return number(station->rxBytes, [](qint64 value) { return StationText::bytes(value); });
    case TxBytes:
        return number(station->txBytes, [](qint64 value) { return StationText::bytes(value); });
    case RxPackets:
        return number(station->rxPackets, count);
    case TxPackets:
        return number(station->txPackets, count);
    case Retries:
        return number(station->txRetries, count);
    case Failed:
        return number(station->txFailed, count);
    default:
        return {};
    }
}

QVariant StationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Address:
        return tr("Station");
    case Vendor:
        return tr("Vendor");
    case Signal:
        return tr("Signal");
    case TxRate:
        return tr("Transmit rate");
    case RxRate:
        return tr("Receive rate");
    case Standard:
        return tr("Standard");
    case Flags:
        return tr("Flags");
    case Connected:
        return tr("Connected");
    case Inactive:
        return tr("Inactive");
    case RxBytes:
        return tr("Received");
    case TxBytes:
        return tr("Sent");
    case RxPackets:
        return tr("Packets in");
    case TxPackets:
        return tr("Packets out");
    case Retries:
        return tr("Retries");
    case Failed:
        return tr("Failed");
    default:
        return {};
    }
}

} // namespace Airpane
