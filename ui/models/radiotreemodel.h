// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace Airpane {

class ClientState;
namespace Client {
struct Interface;
}

// Radios with their interfaces, read-only, kept current from ClientState with one structural signal
// per radio or interface that comes or goes.
class RadioTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Mac, Ssid, Channel, Width, State, TxPower, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers sort as numbers
        KindRole,                    // "radio" or "interface"
        RadioRole,                   // the radio's index
        WdevRole,                    // an interface's wdev id
    };

    explicit RadioTreeModel(ClientState *state, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex radioIndex(uint radio) const;
    QModelIndex interfaceIndex(const QString &wdev) const;

private:
    struct RadioRow
    {
        uint radio = 0;
        QStringList interfaces; // wdev ids in display order
    };

    int radioRow(uint radio) const;
    void addRadio(uint radio);
    void removeRadio(uint radio);
    void addInterface(const QString &wdev);
    void changeInterface(const QString &wdev);
    void removeInterface(const Client::Interface &old);
    int insertionRow(const RadioRow &row, const QString &wdev) const;
    QVariant radioData(uint radio, int column, int role) const;
    QVariant interfaceData(const QString &wdev, int column, int role) const;
    void radioSummaryChanged(int row);

    ClientState *m_state;
    QList<RadioRow> m_rows; // by radio index
};

} // namespace Airpane
