// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitytreemodel.h"

#include <QFont>

namespace Airpane {

CapabilityTreeModel::CapabilityTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

bool CapabilityTreeModel::sameShape(const QList<CapabilitySection> &a, const QList<CapabilitySection> &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype s = 0; s < a.size(); ++s) {
        if (a[s].title != b[s].title || a[s].lines.size() != b[s].lines.size()) {
            return false;
        }
        for (qsizetype l = 0; l < a[s].lines.size(); ++l) {
            if (a[s].lines[l].name != b[s].lines[l].name) {
                return false;
            }
        }
    }
    return true;
}

void CapabilityTreeModel::setSections(const QList<CapabilitySection> &sections)
{
    if (!sameShape(m_sections, sections)) {
        beginResetModel();
        m_sections = sections;
        endResetModel();
        return;
    }
    const QList<CapabilitySection> old = std::exchange(m_sections, sections);
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QModelIndex parent = index(int(s), 0);
        for (qsizetype l = 0; l < sections[s].lines.size(); ++l) {
            if (!(old[s].lines[l] == sections[s].lines[l])) {
                Q_EMIT dataChanged(index(int(l), 0, parent), index(int(l), ColumnCount - 1, parent));
            }
        }
    }
}

QModelIndex CapabilityTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    // Lines carry their section's row + 1; sections only move with a reset.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : 0);
}

QModelIndex CapabilityTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CapabilityTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_sections.size());
    }
    if (parent.internalId() != 0 || parent.column() != 0) {
        return 0;
    }
    return int(m_sections[parent.row()].lines.size());
}

int CapabilityTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CapabilityTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const CapabilitySection &section = m_sections[index.row()];
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == Name) {
            return section.title;
        }
        return {};
    }
    const CapabilityLine &line = m_sections[int(index.internalId() - 1)].lines[index.row()];
    if (role == Qt::ToolTipRole) {
        return line.explanation.isEmpty() ? QVariant() : line.explanation;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Name:
        return line.name;
    case Value:
        return line.value;
    case Explanation:
        return line.explanation;
    default:
        return {};
    }
}

QVariant CapabilityTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Capability");
    case Value:
        return tr("Value");
    case Explanation:
        return tr("What it means");
    default:
        return {};
    }
}

} // namespace Airpane
