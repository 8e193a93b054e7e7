// SPDX-License-Identifier: GPL-3.0-or-later
#include "radiolistmodel.h"

#include "client/clientstate.h"
#include "decode/wifinames.h"

namespace Airpane {

RadioListModel::RadioListModel(ClientState *state, bool withAll, QObject *parent)
    : QAbstractListModel(parent)
    , m_state(state)
    , m_withAll(withAll)
{
    for (const Client::Radio &radio : state->radios()) {
        m_radios.append(radio.index);
    }
    const int offset = withAll ? 1 : 0;
    connect(state, &ClientState::radioAdded, this, [this, offset](uint radio) {
        const auto row = int(std::lower_bound(m_radios.begin(), m_radios.end(), radio) - m_radios.begin());
        beginInsertRows({}, row + offset, row + offset);
        m_radios.insert(row, radio);
        endInsertRows();
    });
    connect(state, &ClientState::radioRemoved, this, [this, offset](uint radio) {
        const auto row = int(m_radios.indexOf(radio));
        if (row >= 0) {
            beginRemoveRows({}, row + offset, row + offset);
            m_radios.removeAt(row);
            endRemoveRows();
        }
    });
    connect(state, &ClientState::radioChanged, this, [this, offset](uint radio) {
        if (const auto row = int(m_radios.indexOf(radio)); row >= 0) {
            Q_EMIT dataChanged(index(row + offset), index(row + offset));
        }
    });
}

int RadioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_radios.size()) + (m_withAll ? 1 : 0);
}

int RadioListModel::rowOf(uint radio) const
{
    const auto row = int(m_radios.indexOf(radio));
    return row < 0 ? -1 : row + (m_withAll ? 1 : 0);
}

QVariant RadioListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row() - (m_withAll ? 1 : 0);
    if (row < 0) {
        if (role == RadioRole) {
            return qint64(-1);
        }
        return role == Qt::DisplayRole ? tr("All radios") : QVariant();
    }
    const uint radio = m_radios[row];
    switch (role) {
    case RadioRole:
        return qint64(radio);
    case Qt::DisplayRole:
        return m_state->radioName(radio);
    case Qt::ToolTipRole: {
        const Client::Radio *found = m_state->radio(radio);
        if (!found) {
            return {};
        }
        QStringList bands;
        for (const Client::Band &band : found->bands) {
            bands.append(WifiNames::band(band.key));
        }
        return bands.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

} // namespace Airpane
