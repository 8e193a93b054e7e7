// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/p2pdiagnosis.h"

#include <QAbstractTableModel>

namespace Airpane {

class ClientState;

// Per radio: can it do Wi-Fi Direct, and its P2P device if one runs. Follows radios as they come
// and go and re-diagnoses a radio when its interfaces change.
class P2pStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Radio, Verdict, Device, Address, ColumnCount };
    enum Role { RadioRole = Qt::UserRole + 1, VerdictRole };

    explicit P2pStatusModel(ClientState *state, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The diagnosis of RADIO; an empty one for a radio that is not known.
    P2pDiagnosis diagnosis(uint radio) const;
    int rowOf(uint radio) const;

private:
    void addRadio(uint radio);
    void removeRadio(uint radio);
    void rowChanged(uint radio);

    ClientState *m_state;
    QList<uint> m_radios; // sorted
};

} // namespace Airpane
