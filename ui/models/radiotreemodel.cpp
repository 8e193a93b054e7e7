// SPDX-License-Identifier: GPL-3.0-or-later
#include "radiotreemodel.h"

#include "client/clientstate.h"
#include "decode/wifinames.h"
#include "style/tintedsvgiconengine.h"

#include <QFont>

namespace Airpane {
namespace {

// Interfaces of a radio: by name, P2P devices (which have none) last.
bool before(const Client::Interface &a, const Client::Interface &b)
{
    return std::pair(a.name.isEmpty(), a.displayName()) < std::pair(b.name.isEmpty(), b.displayName());
}

QString iconFor(const QString &type)
{
    if (type == QLatin1String("ap") || type == QLatin1String("p2p-go") || type == QLatin1String("ap-vlan")) {
        return QStringLiteral("access-point");
    }
    if (type == QLatin1String("monitor")) {
        return QStringLiteral("monitor");
    }
    if (type.startsWith(QLatin1String("p2p"))) {
        return QStringLiteral("wifi-direct");
    }
    if (type == QLatin1String("mesh-point") || type == QLatin1String("adhoc")) {
        return QStringLiteral("mesh");
    }
    return QStringLiteral("station");
}

QString stateText(const Client::Interface &interface)
{
    if (!interface.ifindex) {
        return RadioTreeModel::tr("No network device");
    }
    if (!interface.up.value_or(false)) {
        return RadioTreeModel::tr("Down");
    }
    if (interface.operState == QLatin1String("up")) {
        return RadioTreeModel::tr("Up");
    }
    if (interface.operState == QLatin1String("dormant")) {
        return RadioTreeModel::tr("Up, not connected");
    }
    return RadioTreeModel::tr("Up, no link");
}

} // namespace

RadioTreeModel::RadioTreeModel(ClientState *state, QObject *parent)
    : QAbstractItemModel(parent)
    , m_state(state)
{
    for (const Client::Radio &radio : m_state->radios()) {
        RadioRow row{radio.index, {}};
        for (const Client::Interface &interface : m_state->interfacesOf(radio.index)) {
            row.interfaces.append(interface.wdev);
        }
        m_rows.append(row);
    }
    connect(state, &ClientState::radioAdded, this, &RadioTreeModel::addRadio);
    connect(state, &ClientState::radioRemoved, this, &RadioTreeModel::removeRadio);
    connect(state, &ClientState::radioChanged, this, [this](uint radio) {
        if (const int row = radioRow(radio); row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
    connect(state, &ClientState::interfaceAdded, this, &RadioTreeModel::addInterface);
    connect(state, &ClientState::interfaceChanged, this, &RadioTreeModel::changeInterface);
    connect(state, &ClientState::interfaceRemoved, this, &RadioTreeModel::removeInterface);
}

int RadioTreeModel::radioRow(uint radio) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].radio == radio) {
            return int(i);
        }
    }
    return -1;
}

QModelIndex RadioTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    // Interfaces carry their radio's index + 1, which stays valid while rows move.
    return createIndex(row, column, parent.isValid() ? quintptr(m_rows[parent.row()].radio) + 1 : 0);
}

QModelIndex RadioTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    const int row = radioRow(uint(child.internalId() - 1));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int RadioTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_rows.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return int(m_rows[parent.row()].interfaces.size());
}

int RadioTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RadioTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        return radioData(m_rows[index.row()].radio, index.column(), role);
    }
    const int row = radioRow(uint(index.internalId() - 1));
    return row < 0 ? QVariant()
                   : interfaceData(m_rows[row].interfaces.value(index.row()), index.column(), role);
}

QVariant RadioTreeModel::radioData(uint index, int column, int role) const
{
    const Client::Radio *radio = m_state->radio(index);
    if (!radio) {
        return {};
    }
    switch (role) {
    case KindRole:
        return QStringLiteral("radio");
    case RadioRole:
        return index;
    case SortRole:
        return column == Name ? QVariant(index) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::DecorationRole:
        return column == Name ? tintedIcon(QStringLiteral("radio")) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (column != Name) {
            return {};
        }
        QStringList bands;
        for (const Client::Band &band : radio->bands) {
            bands.append(WifiNames::band(band.key));
        }
        const auto count = m_rows[radioRow(index)].interfaces.size();
        // Views span a radio's first column over the row: the whole summary goes there.
        return tr("%1  ·  %2  ·  %n interface(s)", nullptr, int(count))
            .arg(radio->name, bands.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

QVariant RadioTreeModel::interfaceData(const QString &wdev, int column, int role) const
{
    const Client::Interface *interface = m_state->interface(wdev);
    if (!interface) {
        return {};
    }
    if (role == KindRole) {
        return QStringLiteral("interface");
    }
    if (role == RadioRole) {
        return interface->radio;
    }
    if (role == WdevRole) {
        return interface->wdev;
    }
    if (role == Qt::DecorationRole) {
        return column == Name ? tintedIcon(iconFor(interface->type)) : QVariant();
    }
    if (role == SortRole) {
        switch (column) {
        case Channel:
            return interface->channel ? interface->channel->frequency : 0;
        case Width:
            return interface->channel ? interface->channel->widthMhz : 0;
        case TxPower:
            return interface->txPowerDbm.value_or(-1000);
        case Name:
            // P2P devices, which have no name, after the named interfaces.
            return QString(QLatin1Char(interface->name.isEmpty() ? '1' : '0') + interface->displayName());
        default:
            return interfaceData(wdev, column, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Name && interface->name.isEmpty()) {
            return tr("A P2P device has no network device; the kernel knows it by its wdev id %1.")
                .arg(interface->wdev);
        }
        if ((column == Channel || column == Width) && interface->channel) {
            const Client::OperatingChannel &channel = *interface->channel;
            QString text = tr("Primary channel %1 MHz").arg(channel.frequency);
            if (channel.center1) {
                text += QLatin1Char('\n') + tr("Centre frequency %1 MHz").arg(*channel.center1);
            }
            if (channel.center2) {
                text += QLatin1Char('\n') + tr("Second centre frequency %1 MHz").arg(*channel.center2);
            }
            return text;
        }
        if (column == State && interface->ifindex) {
            return tr("Operational state reported by the kernel: %1")
                .arg(interface->operState.isEmpty() ? tr("unknown") : interface->operState);
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Name:
        return interface->name.isEmpty() ? tr("wdev %1").arg(interface->wdev) : interface->name;
    case Type:
        return WifiNames::interfaceType(interface->type);
    case Mac:
        return interface->mac;
    case Ssid:
        return interface->ssid;
    case Channel:
        return interface->channel ? WifiNames::channel(interface->channel->frequency) : QString();
    case Width:
        return interface->channel ? WifiNames::width(interface->channel->width) : QString();
    case State:
        return stateText(*interface);
    case TxPower:
        return interface->txPowerDbm ? WifiNames::power(*interface->txPowerDbm) : QString();
    default:
        return {};
    }
}

QVariant RadioTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Mac:
        return tr("MAC address");
    case Ssid:
        return tr("SSID");
    case Channel:
        return tr("Channel");
    case Width:
        return tr("Width");
    case State:
        return tr("State");
    case TxPower:
        return tr("Tx power");
    default:
        return {};
    }
}

QModelIndex RadioTreeModel::radioIndex(uint radio) const
{
    const int row = radioRow(radio);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex RadioTreeModel::interfaceIndex(const QString &wdev) const
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        if (const auto i = m_rows[r].interfaces.indexOf(wdev); i >= 0) {
            return index(int(i), 0, index(int(r), 0));
        }
    }
    return {};
}

void RadioTreeModel::addRadio(uint radio)
{
    if (radioRow(radio) >= 0) {
        return;
    }
    const auto row = int(std::count_if(m_rows.begin(), m_rows.end(),
                                       [&](const RadioRow &existing) { return existing.radio < radio; }));
    RadioRow added{radio, {}};
    for (const Client::Interface &interface : m_state->interfacesOf(radio)) {
        added.interfaces.append(interface.wdev);
    }
    beginInsertRows({}, row, row);
    m_rows.insert(row, added);
    endInsertRows();
}

void RadioTreeModel::removeRadio(uint radio)
{
    const int row = radioRow(radio);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int RadioTreeModel::insertionRow(const RadioRow &row, const QString &wdev) const
{
    const Client::Interface *interface = m_state->interface(wdev);
    int position = 0;
    for (const QString &other : row.interfaces) {
        const Client::Interface *existing = m_state->interface(other);
        if (existing && interface && before(*existing, *interface)) {
            ++position;
        }
    }
    return position;
}

void RadioTreeModel::addInterface(const QString &wdev)
{
    const Client::Interface *interface = m_state->interface(wdev);
    const int r = interface ? radioRow(interface->radio) : -1;
    if (r < 0 || m_rows[r].interfaces.contains(wdev)) {
        return; // its radio is not known yet: it comes with the radio
    }
    const int row = insertionRow(m_rows[r], wdev);
    beginInsertRows(index(r, 0), row, row);
    m_rows[r].interfaces.insert(row, wdev);
    endInsertRows();
    radioSummaryChanged(r);
}

void RadioTreeModel::changeInterface(const QString &wdev)
{
    const Client::Interface *interface = m_state->interface(wdev);
    const int r = interface ? radioRow(interface->radio) : -1;
    if (r < 0) {
        return;
    }
    RadioRow &radio = m_rows[r];
    const auto row = int(radio.interfaces.indexOf(wdev));
    if (row < 0) {
        return;
    }
    // A rename may move it among its siblings.
    radio.interfaces.removeAt(row);
    const int target = insertionRow(radio, wdev);
    radio.interfaces.insert(row, wdev);
    if (target != row) {
        const QModelIndex parent = index(r, 0);
        beginMoveRows(parent, row, row, parent, target > row ? target + 1 : target);
        radio.interfaces.move(row, target);
        endMoveRows();
    }
    const QModelIndex parent = index(r, 0);
    Q_EMIT dataChanged(index(target, 0, parent), index(target, ColumnCount - 1, parent));
}

void RadioTreeModel::removeInterface(const Client::Interface &old)
{
    const int r = radioRow(old.radio);
    if (r < 0) {
        return;
    }
    const auto row = int(m_rows[r].interfaces.indexOf(old.wdev));
    if (row < 0) {
        return;
    }
    beginRemoveRows(index(r, 0), row, row);
    m_rows[r].interfaces.removeAt(row);
    endRemoveRows();
    radioSummaryChanged(r);
}

void RadioTreeModel::radioSummaryChanged(int row)
{
    Q_EMIT dataChanged(index(row, Name), index(row, Name), {Qt::DisplayRole, Qt::ToolTipRole});
}

} // namespace Airpane
