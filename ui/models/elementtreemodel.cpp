// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementtreemodel.h"

#include <QColor>
#include <QFont>

namespace Airpane {

ElementTreeModel::ElementTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ElementTreeModel::setElements(const QList<Client::DecodedElement> &elements)
{
    beginResetModel();
    m_nodes.clear();
    m_top.clear();
    for (const Client::DecodedElement &element : elements) {
        Node node;
        node.row = int(m_top.size());
        node.key = element.key;
        node.label = element.name;
        node.value = element.extId ? tr("ID %1, extension %2").arg(element.id).arg(*element.extId)
                                   : tr("ID %1").arg(element.id);
        node.error = element.error;
        node.offset = element.offset;
        node.length = element.length;
        m_top.append(int(m_nodes.size()));
        m_nodes.append(node);
        addFields(m_top.last(), element.fields);
    }
    endResetModel();
}

void ElementTreeModel::addFields(int parent, const QList<Client::ElementField> &fields)
{
    for (const Client::ElementField &field : fields) {
        Node node;
        node.parent = parent;
        node.row = int(m_nodes[parent].children.size());
        node.key = field.key;
        node.label = field.label;
        node.value = field.value;
        node.explanation = field.explanation;
        node.offset = field.offset;
        node.length = field.length;
        const int id = int(m_nodes.size());
        m_nodes.append(node);
        m_nodes[parent].children.append(id);
        addFields(id, field.children);
    }
}

const ElementTreeModel::Node *ElementTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? &m_nodes[qsizetype(index.internalId())] : nullptr;
}

QModelIndex ElementTreeModel::indexAt(int offset) const
{
    QModelIndex found;
    const QList<int> *level = &m_top;
    // Descends while a child holds the byte: the narrowest field is the one the user means.
    for (bool deeper = true; deeper;) {
        deeper = false;
        for (const int id : *level) {
            const Node &candidate = m_nodes[id];
            if (offset >= candidate.offset && offset < candidate.offset + candidate.length) {
                found = createIndex(candidate.row, 0, quintptr(id));
                level = &candidate.children;
                deeper = true;
                break;
            }
        }
    }
    return found;
}

QModelIndex ElementTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const QList<int> &children = parent.isValid() ? node(parent)->children : m_top;
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex ElementTreeModel::parent(const QModelIndex &child) const
{
    const Node *item = node(child);
    if (!item || item->parent < 0) {
        return {};
    }
    return createIndex(m_nodes[item->parent].row, 0, quintptr(item->parent));
}

int ElementTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_top.size());
    }
    return parent.column() == 0 ? int(node(parent)->children.size()) : 0;
}

int ElementTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ElementTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node &item = *node(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) {
            return item.label;
        }
        return item.error.isEmpty() ? item.value : tr("%1 (malformed: %2)").arg(item.value, item.error);
    case Qt::ToolTipRole:
        return item.error.isEmpty() ? item.explanation : item.error;
    case Qt::ForegroundRole:
        if (!item.error.isEmpty()) {
            return QColor(0xc0, 0x39, 0x2b);
        }
        return {};
    case Qt::FontRole:
        if (item.parent < 0 && index.column() == Name) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case OffsetRole:
        return item.offset;
    case LengthRole:
        return item.length;
    case KeyRole:
        return item.key;
    case ExplanationRole:
        return item.explanation;
    default:
        return {};
    }
}

QVariant ElementTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == Name ? tr("Element or field") : tr("Value");
}

} // namespace Airpane
