// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

namespace Airpane {

class StationState;
namespace Client {
struct Station;
}

// Everything the kernel reports about one station, in sections (signal, rates, reliability,
// traffic, connection, BSS) of "field: value" rows; fields the driver does not report have no row.
// Values that move only change data; a field that appears or goes resets the model. Read-only.
class StationDetailsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Field, Value, ColumnCount };
    enum Role {
        FieldRole = Qt::UserRole + 1, // the field's JSON.md name ("rxBytes", "txRate", "bss.dtimPeriod")
        ValueRole,                    // the value as JSON.md has it (a rate as a map of its fields)
    };

    explicit StationDetailsModel(StationState *state, QObject *parent = nullptr);

    // The station shown, by key; empty shows nothing.
    void setStation(const QString &key);
    QString station() const { return m_key; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Row
    {
        QString field;
        QString label;
        QString text;
        QVariant value;
        QString explanation;
    };
    struct Section
    {
        QString title;
        QList<Row> rows;
    };
    // The rows for STATION, as shown.
    static QList<Section> sectionsOf(const Client::Station &station);

private:
    void rebuild();

    StationState *m_state;
    QString m_key;
    QList<Section> m_sections;
};

} // namespace Airpane
