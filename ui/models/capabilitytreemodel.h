// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "decode/capabilityline.h"

#include <QAbstractItemModel>

namespace Airpane {

// Decoded capabilities: sections with their lines (name, value, meaning). New lines for the same
// sections give dataChanged; sections of another shape (another radio) reset the model.
class CapabilityTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, Explanation, ColumnCount };

    explicit CapabilityTreeModel(QObject *parent = nullptr);

    void setSections(const QList<CapabilitySection> &sections);
    const QList<CapabilitySection> &sections() const { return m_sections; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool sameShape(const QList<CapabilitySection> &a, const QList<CapabilitySection> &b);

    QList<CapabilitySection> m_sections;
};

} // namespace Airpane
