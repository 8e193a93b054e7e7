// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/bss.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace Airpane {

class ElementTreeModel;
class HexView;

// One BSS's elements: the decoded tree with each field's explanation, and the raw bytes. Selecting
// a field highlights its bytes; clicking a byte selects the field it belongs to.
class ElementInspector : public QWidget
{
    Q_OBJECT
public:
    explicit ElementInspector(QWidget *parent = nullptr);

    void setDetails(const Client::BssDetails &details);
    // Nothing selected, or why there is nothing to show.
    void showMessage(const QString &message);
    QString bssKey() const { return m_key; }

    QTreeView *tree() const { return m_tree; }
    HexView *hex() const { return m_hex; }
    ElementTreeModel *model() const { return m_model; }
    // Selects the field holding byte OFFSET, as a click in the hex view does.
    void selectByte(int offset);

private:
    void onCurrentChanged(const QModelIndex &current);

    QString m_key;
    ElementTreeModel *m_model;
    QLabel *m_title;
    QTreeView *m_tree;
    QLabel *m_explanation;
    HexView *m_hex;
};

} // namespace Airpane
