// SPDX-License-Identifier: GPL-3.0-or-later
#include "tidstatsmodel.h"

#include "client/stationstate.h"
#include "decode/stationtext.h"

namespace Airpane {
namespace {

QList<std::optional<qint64>> valuesOf(const Client::TidStats &tid)
{
    return {tid.tid,          std::nullopt,    tid.rxMsdu,        tid.txMsdu,       tid.txMsduRetries,
            tid.txMsduFailed, tid.queuedBytes, tid.queuedPackets, tid.flows,        tid.drops,
            tid.ecnMarks,     tid.overlimit,   tid.collisions,    tid.queueTxBytes, tid.queueTxPackets};
}

} // namespace

TidStatsModel::TidStatsModel(StationState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(state, &StationState::stationsChanged, this,
            [this](const QStringList &added, const QStringList &changed, const QStringList &removed) {
                if (added.contains(m_key) || changed.contains(m_key) || removed.contains(m_key)) {
                    rebuild();
                }
            });
}

QString TidStatsModel::fieldOf(int column)
{
    static const QStringList fields = {QStringLiteral("tid"),
                                       QString(),
                                       QStringLiteral("rxMsdu"),
                                       QStringLiteral("txMsdu"),
                                       QStringLiteral("txMsduRetries"),
                                       QStringLiteral("txMsduFailed"),
                                       QStringLiteral("txq.backlogBytes"),
                                       QStringLiteral("txq.backlogPackets"),
                                       QStringLiteral("txq.flows"),
                                       QStringLiteral("txq.drops"),
                                       QStringLiteral("txq.ecnMarks"),
                                       QStringLiteral("txq.overlimit"),
                                       QStringLiteral("txq.collisions"),
                                       QStringLiteral("txq.txBytes"),
                                       QStringLiteral("txq.txPackets")};
    return fields.value(column);
}

void TidStatsModel::setStation(const QString &key)
{
    if (key != m_key) {
        m_key = key;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        rebuild();
    }
}

void TidStatsModel::rebuild()
{
    QList<QList<std::optional<qint64>>> fresh;
    if (const Client::Station *station = m_state->station(m_key)) {
        for (const Client::TidStats &tid : station->tidStats) {
            fresh.append(valuesOf(tid));
        }
    }
    bool sameTids = fresh.size() == m_rows.size();
    for (qsizetype row = 0; sameTids && row < fresh.size(); ++row) {
        sameTids = fresh[row][Tid] == m_rows[row][Tid];
    }
    if (!sameTids) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    for (qsizetype row = 0; row < fresh.size(); ++row) {
        if (fresh[row] != m_rows[row]) {
            m_rows[row] = fresh[row];
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
}

int TidStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TidStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TidStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const std::optional<qint64> &value = m_rows[index.row()][index.column()];
    const int tid = int(m_rows[index.row()][Tid].value_or(0));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == AccessCategory) {
            return StationText::accessCategory(tid);
        }
        if (index.column() == Tid) {
            return tid;
        }
        return value ? QVariant(StationText::count(*value)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AccessCategory ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case FieldRole:
        return fieldOf(index.column()).isEmpty() ? QVariant() : QVariant(fieldOf(index.column()));
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    default:
        return {};
    }
}

QVariant TidStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Tid:
        return tr("TID");
    case AccessCategory:
        return tr("Access category");
    case RxMsdu:
        return tr("Received");
    case TxMsdu:
        return tr("Sent");
    case TxRetries:
        return tr("Retries");
    case TxFailed:
        return tr("Failed");
    case QueuedBytes:
        return tr("Queued bytes");
    case QueuedPackets:
        return tr("Queued");
    case Flows:
        return tr("Flows");
    case Drops:
        return tr("Drops");
    case EcnMarks:
        return tr("ECN marks");
    case Overlimit:
        return tr("Over limit");
    case Collisions:
        return tr("Collisions");
    case QueueTxBytes:
        return tr("Queue sent bytes");
    case QueueTxPackets:
        return tr("Queue sent");
    default:
        return {};
    }
}

} // namespace Airpane
