// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentframemodel.h"

#include "client/wifidirectstate.h"
#include "decode/wifinames.h"

#include <QIcon>
#include <QLocale>

namespace Airpane {

SentFrameModel::SentFrameModel(WifiDirectState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_frames(state->sentFrames())
{
    connect(state, &WifiDirectState::framesSent, this, &SentFrameModel::append);
}

void SentFrameModel::append(const QList<Client::SentFrame> &frames)
{
    // The state dropped its oldest beyond its bound; the rows follow it, removal first so that the
    // view never holds more than the bound.
    if (frames.isEmpty()) {
        return;
    }
    const qsizetype excess = m_frames.size() + frames.size() - WifiDirectState::maxSentFrames;
    const qsizetype incoming = std::min<qsizetype>(frames.size(), WifiDirectState::maxSentFrames);
    if (excess > 0) {
        const int drop = int(std::min(excess, m_frames.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_frames.remove(0, drop);
            endRemoveRows();
        }
    }
    const int first = int(m_frames.size());
    beginInsertRows({}, first, first + int(incoming) - 1);
    m_frames.append(frames.mid(frames.size() - incoming));
    endInsertRows();
}

int SentFrameModel::acknowledgedCount() const
{
    return int(std::count_if(m_frames.begin(), m_frames.end(), [](const Client::SentFrame &frame) {
        return frame.status == Client::SentFrame::Status::Acknowledged;
    }));
}

QString SentFrameModel::statusText(const Client::SentFrame &frame)
{
    switch (frame.status) {
    case Client::SentFrame::Status::Pending:
        return tr("Waiting for the radio");
    case Client::SentFrame::Status::Acknowledged:
        return tr("Acknowledged");
    case Client::SentFrame::Status::NotAcknowledged:
        return tr("Not acknowledged");
    case Client::SentFrame::Status::Failed:
        return frame.error.isEmpty() ? tr("Not sent") : tr("Not sent: %1").arg(frame.error);
    }
    return {};
}

int SentFrameModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_frames.size());
}

int SentFrameModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SentFrameModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Client::SentFrame &frame = m_frames[index.row()];
    if (role == StatusRole) {
        return int(frame.status);
    }
    if (role == Qt::DecorationRole && index.column() == Status) {
        switch (frame.status) {
        case Client::SentFrame::Status::Acknowledged:
            return QIcon(QStringLiteral(":/icons/status-good.svg"));
        case Client::SentFrame::Status::NotAcknowledged:
            return QIcon(QStringLiteral(":/icons/status-note.svg"));
        case Client::SentFrame::Status::Failed:
            return QIcon(QStringLiteral(":/icons/status-problem.svg"));
        case Client::SentFrame::Status::Pending:
            return QIcon(QStringLiteral(":/icons/status-idle.svg"));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status &&
        frame.status == Client::SentFrame::Status::NotAcknowledged) {
        return tr("The receiver did not acknowledge the frame: it may have left the channel, or not "
                  "heard it.");
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case Sent:
        return sort ? QVariant(frame.sent)
                    : QVariant(QLocale().toString(frame.sent.toLocalTime().time(),
                                                  QStringLiteral("HH:mm:ss.zzz")));
    case Frame:
        return frame.description;
    case Destination:
        return frame.destination;
    case Channel: {
        if (sort) {
            return frame.frequency;
        }
        const std::optional<int> channel = WifiNames::channelNumber(frame.frequency);
        return channel ? tr("%1 (%2 MHz)").arg(*channel).arg(frame.frequency)
                       : tr("%1 MHz").arg(frame.frequency);
    }
    case Status:
        return sort ? QVariant(int(frame.status)) : QVariant(statusText(frame));
    case After:
        if (sort) {
            return frame.statusAfterMs.value_or(-1);
        }
        return frame.statusAfterMs ? tr("%1 ms").arg(*frame.statusAfterMs) : QVariant();
    default:
        return {};
    }
}

QVariant SentFrameModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Sent:
        return tr("Sent");
    case Frame:
        return tr("Frame");
    case Destination:
        return tr("To");
    case Channel:
        return tr("Channel");
    case Status:
        return tr("Status");
    case After:
        return tr("TX status after");
    default:
        return {};
    }
}

} // namespace Airpane
