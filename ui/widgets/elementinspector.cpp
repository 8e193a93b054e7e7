// SPDX-License-Identifier: GPL-3.0-or-later
#include "elementinspector.h"

#include "hexview.h"
#include "models/elementtreemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Airpane {

ElementInspector::ElementInspector(QWidget *parent)
    : QWidget(parent)
    , m_model(new ElementTreeModel(this))
    , m_title(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_explanation(new QLabel(this))
    , m_hex(new HexView(this))
{
    m_title->setObjectName(QStringLiteral("inspectorTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tree->setObjectName(QStringLiteral("elements"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ElementTreeModel::Name, QHeaderView::Interactive);
    m_tree->header()->resizeSection(ElementTreeModel::Name, fontMetrics().averageCharWidth() * 30);
    m_tree->header()->setStretchLastSection(true);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hex->setObjectName(QStringLiteral("hex"));
    m_hex->setMinimumWidth(m_hex->fontMetrics().horizontalAdvance(QString(72, u'0')) + 24);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *upper = new QWidget(splitter);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_tree, 1);
    upperLayout->addWidget(m_explanation);
    splitter->addWidget(upper);
    splitter->addWidget(m_hex);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ElementInspector::onCurrentChanged);
    connect(m_hex, &HexView::byteClicked, this, &ElementInspector::selectByte);
    showMessage(tr("Select a network to see its elements."));
}

void ElementInspector::setDetails(const Client::BssDetails &details)
{
    if (!details.error.isEmpty()) {
        showMessage(details.error);
        return;
    }
    m_key = details.bss.key;
    m_title->setText(tr("%1 (%2): %n element(s)", nullptr, int(details.elements.size()))
                         .arg(details.bss.displaySsid(), details.bss.bssid));
    m_model->setElements(details.elements);
    m_hex->setBytes(details.bss.elements);
    m_explanation->clear();
}

void ElementInspector::showMessage(const QString &message)
{
    m_key.clear();
    m_title->setText(message);
    m_model->clear();
    m_hex->setBytes({});
    m_explanation->clear();
}

void ElementInspector::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_hex->setHighlight(0, 0);
        m_explanation->clear();
        return;
    }
    const QModelIndex first = current.siblingAtColumn(0);
    m_hex->setHighlight(first.data(ElementTreeModel::OffsetRole).toInt(),
                        first.data(ElementTreeModel::LengthRole).toInt());
    m_explanation->setText(first.data(ElementTreeModel::ExplanationRole).toString());
}

void ElementInspector::selectByte(int offset)
{
    const QModelIndex index = m_model->indexAt(offset);
    if (!index.isValid()) {
        return;
    }
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
}

} // namespace Airpane
