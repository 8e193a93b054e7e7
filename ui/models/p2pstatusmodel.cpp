// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2pstatusmodel.h"

#include "client/clientstate.h"

#include <QIcon>

namespace Airpane {

P2pStatusModel::P2pStatusModel(ClientState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    for (const Client::Radio &radio : state->radios()) {
        m_radios.append(radio.index);
    }
    connect(state, &ClientState::radioAdded, this, &P2pStatusModel::addRadio);
    connect(state, &ClientState::radioRemoved, this, &P2pStatusModel::removeRadio);
    connect(state, &ClientState::radioChanged, this, &P2pStatusModel::rowChanged);
    connect(state, &ClientState::interfaceAdded, this, [this](const QString &wdev) {
        if (const Client::Interface *interface = m_state->interface(wdev)) {
            rowChanged(interface->radio);
        }
    });
    connect(state, &ClientState::interfaceChanged, this, [this](const QString &wdev) {
        if (const Client::Interface *interface = m_state->interface(wdev)) {
            rowChanged(interface->radio);
        }
    });
    connect(state, &ClientState::interfaceRemoved, this,
            [this](const Client::Interface &old) { rowChanged(old.radio); });
    auto allChanged = [this] {
        if (!m_radios.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
    };
    connect(state->wifiDirect(), &WifiDirectState::deviceChanged, this, allChanged);
    connect(state->wifiDirect(), &WifiDirectState::availabilityChanged, this, allChanged);
}

int P2pStatusModel::rowOf(uint radio) const
{
    return int(m_radios.indexOf(radio));
}

P2pDiagnosis P2pStatusModel::diagnosis(uint radio) const
{
    const Client::Radio *found = m_state->radio(radio);
    if (!found) {
        return {};
    }
    const auto own = m_state->wifiDirect()->device();
    return P2pDiagnosis::diagnose(*found, m_state->interfacesOf(radio), own ? own->wdev : QString(),
                                  m_state->wifiDirect()->availability(radio));
}

void P2pStatusModel::addRadio(uint radio)
{
    if (m_radios.contains(radio)) {
        return;
    }
    const auto row = int(std::lower_bound(m_radios.begin(), m_radios.end(), radio) - m_radios.begin());
    beginInsertRows({}, row, row);
    m_radios.insert(row, radio);
    endInsertRows();
}

void P2pStatusModel::removeRadio(uint radio)
{
    const int row = rowOf(radio);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_radios.removeAt(row);
    endRemoveRows();
}

void P2pStatusModel::rowChanged(uint radio)
{
    if (const int row = rowOf(radio); row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int P2pStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_radios.size());
}

int P2pStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant P2pStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const uint radio = m_radios[index.row()];
    if (role == RadioRole) {
        return radio;
    }
    if (role != Qt::DisplayRole && role != Qt::DecorationRole && role != VerdictRole &&
        role != Qt::ToolTipRole) {
        return {};
    }
    const P2pDiagnosis diagnosis = this->diagnosis(radio);
    if (role == VerdictRole) {
        return int(diagnosis.verdict);
    }
    switch (index.column()) {
    case Radio:
        return role == Qt::DisplayRole ? m_state->radioName(radio) : QVariant();
    case Verdict:
        if (role == Qt::DecorationRole) {
            switch (diagnosis.verdict) {
            case P2pDiagnosis::Verdict::Available:
            case P2pDiagnosis::Verdict::Running:
                return QIcon(QStringLiteral(":/icons/status-good.svg"));
            case P2pDiagnosis::Verdict::InUse:
                return QIcon(QStringLiteral(":/icons/status-note.svg"));
            case P2pDiagnosis::Verdict::Unavailable:
                return QIcon(QStringLiteral(":/icons/status-problem.svg"));
            }
        }
        if (role == Qt::ToolTipRole) {
            for (const P2pDiagnosis::Finding &finding : diagnosis.findings) {
                if (finding.level == P2pDiagnosis::Level::Problem) {
                    return finding.title;
                }
            }
            return {};
        }
        return diagnosis.verdictText();
    case Device:
        if (role != Qt::DisplayRole) {
            return {};
        }
        if (!diagnosis.device) {
            return tr("None");
        }
        if (diagnosis.ownDevice) {
            return tr("Airpane's (%1)").arg(diagnosis.device->wdev);
        }
        return diagnosis.owner ? tr("%1 (%2)").arg(P2pDiagnosis::ownerName(*diagnosis.owner),
                                                   diagnosis.device->displayName())
                               : tr("Running (%1)").arg(diagnosis.device->wdev);
    case Address:
        return role == Qt::DisplayRole && diagnosis.device ? diagnosis.device->mac : QVariant();
    default:
        return {};
    }
}

QVariant P2pStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Radio:
        return tr("Radio");
    case Verdict:
        return tr("Wi-Fi Direct");
    case Device:
        return tr("P2P device");
    case Address:
        return tr("Device address");
    default:
        return {};
    }
}

} // namespace Airpane
