// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelmodel.h"

#include "client/clientstate.h"
#include "decode/wifinames.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace Airpane {
namespace {

qint64 key(const Client::Channel &channel)
{
    return qint64(channel.frequency) * 1000 + channel.frequencyOffsetKhz;
}

QString frequencyText(const Client::Channel &channel)
{
    if (channel.frequencyOffsetKhz == 0) {
        return ChannelModel::tr("%1 MHz").arg(channel.frequency);
    }
    return ChannelModel::tr("%1 MHz").arg(
        QLocale().toString(channel.frequency + channel.frequencyOffsetKhz / 1000.0, 'f', 1));
}

QString statusText(const Client::Channel &channel)
{
    if (channel.disabled) {
        return ChannelModel::tr("Disabled");
    }
    if (channel.flags.contains(QLatin1String("radar"))) {
        return ChannelModel::tr("After a radar check");
    }
    if (channel.flags.contains(QLatin1String("no-ir"))) {
        return ChannelModel::tr("Passive only");
    }
    return ChannelModel::tr("Usable");
}

} // namespace

ChannelModel::ChannelModel(ClientState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    connect(state, &ClientState::radioChanged, this, [this](uint radio) {
        if (radio == m_radio) {
            update();
        }
    });
    connect(state, &ClientState::radioAdded, this, [this](uint radio) {
        if (radio == m_radio) {
            update();
        }
    });
    connect(state, &ClientState::radioRemoved, this, [this](uint radio) {
        if (radio == m_radio) {
            update();
        }
    });
}

void ChannelModel::setBand(std::optional<uint> radio, const QString &band)
{
    if (radio == m_radio && band == m_band) {
        return;
    }
    beginResetModel();
    m_radio = radio;
    m_band = band;
    m_channels = currentChannels();
    endResetModel();
}

QList<Client::Channel> ChannelModel::currentChannels() const
{
    const Client::Radio *radio = m_radio ? m_state->radio(*m_radio) : nullptr;
    const Client::Band *band = radio ? radio->band(m_band) : nullptr;
    if (!band) {
        return {};
    }
    QList<Client::Channel> channels = band->channels;
    std::stable_sort(channels.begin(), channels.end(),
                     [](const Client::Channel &a, const Client::Channel &b) { return key(a) < key(b); });
    return channels;
}

void ChannelModel::update()
{
    const QList<Client::Channel> target = currentChannels();
    // Both lists are ordered by frequency: walk them together.
    qsizetype row = 0;
    qsizetype next = 0;
    while (row < m_channels.size() || next < target.size()) {
        if (next >= target.size() || (row < m_channels.size() && key(m_channels[row]) < key(target[next]))) {
            beginRemoveRows({}, int(row), int(row));
            m_channels.removeAt(row);
            endRemoveRows();
        } else if (row >= m_channels.size() || key(target[next]) < key(m_channels[row])) {
            beginInsertRows({}, int(row), int(row));
            m_channels.insert(row, target[next]);
            endInsertRows();
            ++row;
            ++next;
        } else {
            if (!(m_channels[row] == target[next])) {
                m_channels[row] = target[next];
                Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            }
            ++row;
            ++next;
        }
    }
}

int ChannelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Client::Channel &channel = m_channels[index.row()];
    switch (role) {
    case DisabledRole:
        return channel.disabled;
    case SortRole:
        switch (index.column()) {
        case Number:
        case Frequency:
            return key(channel);
        case MaxPower:
            return channel.maxPowerDbm.value_or(-1000);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (channel.disabled) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Frequency || index.column() == MaxPower) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Flags) {
            QStringList lines;
            for (const QString &flag : channel.flags) {
                const QString explanation = WifiNames::channelFlagExplanation(flag);
                lines.append(explanation.isEmpty()
                                 ? WifiNames::channelFlag(flag)
                                 : tr("%1: %2").arg(WifiNames::channelFlag(flag), explanation));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Dfs && channel.dfsCacTimeMs) {
            return tr("Radar check (CAC) takes %1 s").arg(*channel.dfsCacTimeMs / 1000.0);
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return channel.number ? QString::number(*channel.number) : QStringLiteral("–");
    case Frequency:
        return frequencyText(channel);
    case MaxPower:
        return channel.maxPowerDbm && !channel.disabled ? WifiNames::power(*channel.maxPowerDbm) : QString();
    case Status:
        return statusText(channel);
    case Dfs:
        return channel.dfsState.isEmpty() ? QString() : WifiNames::dfsState(channel.dfsState);
    case Flags: {
        QStringList names;
        for (const QString &flag : channel.flags) {
            names.append(WifiNames::channelFlag(flag));
        }
        return names.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant ChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Number:
        return tr("Channel");
    case Frequency:
        return tr("Frequency");
    case MaxPower:
        return tr("Max power");
    case Status:
        return tr("Status");
    case Dfs:
        return tr("DFS state");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

} // namespace Airpane
