// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QFormLayout;
class QLabel;

namespace Airpane {

// Label and value pairs about one thing (the selected radio or interface), under a title.
class DetailsPanel : public QFrame
{
    Q_OBJECT
public:
    struct Row
    {
        QString label;
        QString value;
    };

    explicit DetailsPanel(QWidget *parent = nullptr);

    void setDetails(const QString &title, const QList<Row> &rows);
    void setPlaceholder(const QString &text);
    QString title() const;
    // The value shown for LABEL; empty when there is none.
    QString value(const QString &label) const;

private:
    void clearRows();

    QLabel *m_title;
    QLabel *m_placeholder;
    QFormLayout *m_form;
};

} // namespace Airpane
