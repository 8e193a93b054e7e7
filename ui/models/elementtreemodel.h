// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/bss.h"

#include <QAbstractItemModel>

namespace Airpane {

// One BSS's elements as the helper's inspector decoded them: an element per top-level row, its
// fields (and their subfields) below, each with the bytes it came from, for the hex view. Read-only.
class ElementTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };
    enum Role {
        OffsetRole = Qt::UserRole + 1, // into the BSS's elements
        LengthRole,
        KeyRole,
        ExplanationRole,
    };

    explicit ElementTreeModel(QObject *parent = nullptr);

    // Replaces the whole tree: another BSS, or a new decoding of the same.
    void setElements(const QList<Client::DecodedElement> &elements);
    void clear() { setElements({}); }

    // The deepest item whose bytes contain OFFSET; invalid when none does.
    QModelIndex indexAt(int offset) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        int parent = -1; // -1: top level
        int row = 0;
        QList<int> children;
        QString key;
        QString label;
        QString value;
        QString explanation;
        QString error;
        int offset = 0;
        int length = 0;
    };
    void addFields(int parent, const QList<Client::ElementField> &fields);
    const Node *node(const QModelIndex &index) const;

    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace Airpane
