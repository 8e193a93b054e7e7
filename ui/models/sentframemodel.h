// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/peer.h"

#include <QAbstractTableModel>

namespace Airpane {

class WifiDirectState;

// The management frames this session's P2P device sent, oldest first, with what became of each:
// acknowledged by the receiver, not acknowledged, or refused. Bounded as WifiDirectState keeps
// them: the oldest rows go as new ones come. Read-only; a proxy sorts.
class SentFrameModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Sent, Frame, Destination, Channel, Status, After, ColumnCount };
    enum Role {
        StatusRole = Qt::UserRole + 1, // Client::SentFrame::Status as int
        SortRole,                      // numbers and times as such
    };

    explicit SentFrameModel(WifiDirectState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How many of the frames shown the receiver acknowledged.
    int acknowledgedCount() const;

    static QString statusText(const Client::SentFrame &frame);

private:
    void append(const QList<Client::SentFrame> &frames);

    QList<Client::SentFrame> m_frames;
};

} // namespace Airpane
