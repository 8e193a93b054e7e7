// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailspanel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Airpane {

DetailsPanel::DetailsPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("details"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setWordWrap(true);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(fontMetrics().averageCharWidth() * 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder);
    layout->addLayout(m_form);
    layout->addStretch(1);
}

void DetailsPanel::clearRows()
{
    while (m_form->rowCount() > 0) {
        m_form->removeRow(0);
    }
}

void DetailsPanel::setDetails(const QString &title, const QList<Row> &rows)
{
    m_title->setText(title);
    m_title->show();
    m_placeholder->hide();
    // The same rows with new values (a peer heard again, every second or so): change the texts in
    // place. Rebuilding would flicker, and new labels show only once the event loop runs.
    bool sameRows = m_form->rowCount() == rows.size();
    for (int row = 0; sameRows && row < m_form->rowCount(); ++row) {
        auto *name = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        sameRows = name && name->text() == rows[row].label;
    }
    if (sameRows) {
        for (int row = 0; row < m_form->rowCount(); ++row) {
            auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
            value->setText(rows[row].value.isEmpty() ? QStringLiteral("–") : rows[row].value);
        }
        return;
    }
    clearRows();
    for (const Row &row : rows) {
        auto *label = new QLabel(row.label, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(row.value.isEmpty() ? QStringLiteral("–") : row.value, this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        value->setObjectName(row.label);
        m_form->addRow(label, value);
        label->show();
        value->show();
    }
}

void DetailsPanel::setPlaceholder(const QString &text)
{
    clearRows();
    m_title->hide();
    m_placeholder->setText(text);
    m_placeholder->show();
}

QString DetailsPanel::title() const
{
    return m_title->isHidden() ? QString() : m_title->text();
}

QString DetailsPanel::value(const QString &label) const
{
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *name = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && value && name->text() == label) {
            return value->text();
        }
    }
    return {};
}

} // namespace Airpane
