// SPDX-License-Identifier: GPL-3.0-or-later
#include "combinationmatrixmodel.h"

#include "client/clientstate.h"
#include "decode/combinationsolver.h"
#include "decode/wifinames.h"

#include <QIcon>

namespace Airpane {
namespace {

const QStringList typeOrder = {
    QStringLiteral("station"), QStringLiteral("ap"),         QStringLiteral("p2p-client"),
    QStringLiteral("p2p-go"),  QStringLiteral("p2p-device"), QStringLiteral("mesh-point"),
    QStringLiteral("adhoc"),   QStringLiteral("ap-vlan"),    QStringLiteral("wds"),
    QStringLiteral("monitor"), QStringLiteral("ocb"),        QStringLiteral("nan"),
};

int order(const QString &key)
{
    static const QStringList summary = {CombinationMatrixModel::totalRow, CombinationMatrixModel::channelsRow,
                                        CombinationMatrixModel::radarRow,
                                        CombinationMatrixModel::togetherRow};
    if (const auto i = typeOrder.indexOf(key); i >= 0) {
        return int(i);
    }
    if (const auto i = summary.indexOf(key); i >= 0) {
        return 1000 + int(i);
    }
    return 500; // a type newer than this list: between the known types and the totals
}

bool rowBefore(const QString &a, const QString &b)
{
    return std::pair(order(a), a) < std::pair(order(b), b);
}

// Station + access point + P2P group (+ the P2P device where the radio has one).
InterfaceCounts togetherCounts(const Client::Radio &radio)
{
    InterfaceCounts counts{
        {QStringLiteral("station"), 1}, {QStringLiteral("ap"), 1}, {QStringLiteral("p2p-group"), 1}};
    if (radio.supports(QStringLiteral("p2p-device"))) {
        counts.insert(QStringLiteral("p2p-device"), 1);
    }
    return counts;
}

} // namespace

CombinationMatrixModel::CombinationMatrixModel(ClientState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    auto follow = [this](uint radio) {
        if (radio == m_radio) {
            update();
        }
    };
    connect(state, &ClientState::radioChanged, this, follow);
    connect(state, &ClientState::radioAdded, this, follow);
    connect(state, &ClientState::radioRemoved, this, follow);
}

QStringList CombinationMatrixModel::rowKeys(const QList<Client::Combination> &combinations) const
{
    QStringList keys;
    for (const Client::Combination &combination : combinations) {
        for (const Client::Combination::Limit &limit : combination.limits) {
            for (const QString &type : limit.types) {
                if (!keys.contains(type)) {
                    keys.append(type);
                }
            }
        }
    }
    if (!combinations.isEmpty()) {
        keys << totalRow << channelsRow << radarRow << togetherRow;
    }
    std::sort(keys.begin(), keys.end(), rowBefore);
    return keys;
}

void CombinationMatrixModel::setRadio(std::optional<uint> radio)
{
    beginResetModel();
    m_radio = radio;
    const Client::Radio *found = radio ? m_state->radio(*radio) : nullptr;
    m_current = found ? *found : Client::Radio();
    m_combinations = found ? CombinationSolver::combinations(*found) : QList<Client::Combination>();
    m_rows = rowKeys(m_combinations);
    endResetModel();
}

void CombinationMatrixModel::update()
{
    const Client::Radio *found = m_radio ? m_state->radio(*m_radio) : nullptr;
    const QList<Client::Combination> combinations =
        found ? CombinationSolver::combinations(*found) : QList<Client::Combination>();
    const QStringList target = rowKeys(combinations);

    // Rows: both lists are in the same order; walk them together.
    qsizetype row = 0;
    qsizetype next = 0;
    while (row < m_rows.size() || next < target.size()) {
        if (next >= target.size() || (row < m_rows.size() && rowBefore(m_rows[row], target[next]))) {
            beginRemoveRows({}, int(row), int(row));
            m_rows.removeAt(row);
            endRemoveRows();
        } else if (row >= m_rows.size() || rowBefore(target[next], m_rows[row])) {
            beginInsertRows({}, int(row), int(row));
            m_rows.insert(row, target[next]);
            endInsertRows();
            ++row;
            ++next;
        } else {
            ++row;
            ++next;
        }
    }
    // Columns: combinations are numbered, so they come and go at the end.
    const auto have = int(m_combinations.size());
    const auto want = int(combinations.size());
    if (want < have) {
        beginRemoveColumns({}, want, have - 1);
        m_combinations.resize(want);
        endRemoveColumns();
    } else if (want > have) {
        beginInsertColumns({}, have, want - 1);
        m_combinations = combinations;
        endInsertColumns();
    }
    m_combinations = combinations;
    m_current = found ? *found : Client::Radio();
    if (!m_rows.isEmpty() && !m_combinations.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_combinations.size()) - 1));
    }
}

int CombinationMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CombinationMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_combinations.size());
}

QVariant CombinationMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == RowKeyRole) {
        return m_rows[index.row()];
    }
    if (role == Qt::TextAlignmentRole) {
        // The answer row has an icon, which sits left: its word goes beside it.
        return m_rows[index.row()] == togetherRow ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                  : QVariant(Qt::AlignCenter);
    }
    return cell(m_rows[index.row()], index.column(), role);
}

QVariant CombinationMatrixModel::cell(const QString &row, int column, int role) const
{
    const Client::Combination &combination = m_combinations[column];
    if (row == togetherRow) {
        // The question for this combination alone: P2P groups as owner or client, whichever fits.
        Client::Radio alone = m_current;
        alone.combinations = {combination};
        const bool here = CombinationSolver::answer(alone, togetherCounts(m_current)).possible;
        switch (role) {
        case AllowedRole:
            return here;
        case Qt::DisplayRole:
            return here ? tr("Yes") : tr("No");
        case Qt::DecorationRole:
            return QIcon(here ? QStringLiteral(":/icons/status-good.svg")
                              : QStringLiteral(":/icons/status-problem.svg"));
        case Qt::ToolTipRole:
            return here ? tr("A station, an access point and a P2P group (with its P2P device) run together "
                             "under this combination.")
                        : tr("This combination cannot run a station, an access point and a P2P group "
                             "together.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != AllowedRole) {
        return {};
    }
    if (row == totalRow) {
        return role == Qt::ToolTipRole ? QVariant(tr("At most this many interfaces at once, of any type."))
                                       : QVariant(combination.maxInterfaces);
    }
    if (row == channelsRow) {
        if (role == Qt::ToolTipRole) {
            return combination.channels <= 1
                       ? tr("All interfaces share one channel.")
                       : tr("The interfaces may use up to %1 different channels at once.")
                             .arg(combination.channels);
        }
        return combination.channels;
    }
    if (row == radarRow) {
        if (role == Qt::ToolTipRole) {
            return tr("Channel widths on which it can check for radars (DFS) under this combination.");
        }
        QStringList widths;
        for (const QString &width : combination.radarDetectWidths) {
            widths.append(width == QLatin1String("20-noht") ? tr("20 (no HT)") : width);
        }
        return widths.isEmpty() ? tr("No") : tr("%1 MHz").arg(widths.join(QStringLiteral(", ")));
    }
    const int max = CombinationSolver::maxOf(combination, row);
    if (role == AllowedRole) {
        return max > 0;
    }
    if (role == Qt::DisplayRole) {
        return max > 0 ? QString::number(max) : QStringLiteral("–");
    }
    QStringList shared;
    for (const Client::Combination::Limit &limit : combination.limits) {
        if (limit.types.contains(row) && limit.types.size() > 1) {
            QStringList others;
            for (const QString &type : limit.types) {
                if (type != row) {
                    others.append(WifiNames::interfaceType(type));
                }
            }
            shared.append(
                tr("shares a limit of %1 with %2").arg(limit.max).arg(others.join(QStringLiteral(", "))));
        }
    }
    return max == 0 ? tr("Not in this combination")
                    : tr("Up to %1 at once").arg(max) +
                          (shared.isEmpty() ? QString()
                                            : QStringLiteral("; ") + shared.join(QStringLiteral("; ")));
}

QVariant CombinationMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_combinations.size()) {
            return {};
        }
        if (m_current.combinations.isEmpty()) {
            return role == Qt::DisplayRole
                       ? tr("One at a time")
                       : tr("The driver reports no combinations: one interface at a time.");
        }
        return role == Qt::DisplayRole ? tr("Combination %1").arg(section + 1) : QVariant();
    }
    if (section < 0 || section >= m_rows.size()) {
        return {};
    }
    const QString &key = m_rows[section];
    if (key == totalRow) {
        return tr("Interfaces at once");
    }
    if (key == channelsRow) {
        return tr("Different channels");
    }
    if (key == radarRow) {
        return tr("Radar detection");
    }
    if (key == togetherRow) {
        return tr("Station + AP + P2P");
    }
    return WifiNames::interfaceType(key);
}

} // namespace Airpane
