// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace Airpane {

class ClientState;

// The radios by name, for choosers; optionally led by an "All radios" row.
class RadioListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { RadioRole = Qt::UserRole + 1 }; // the radio's index; -1 for "All radios"

    explicit RadioListModel(ClientState *state, bool withAll, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOf(uint radio) const;

private:
    ClientState *m_state;
    bool m_withAll;
    QList<uint> m_radios; // sorted
};

} // namespace Airpane
