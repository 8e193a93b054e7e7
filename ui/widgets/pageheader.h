// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Airpane {

// The top of a page: its icon, title and a live one-line summary, with the page's controls on the
// right.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    PageHeader(const QString &iconName, const QString &title, QWidget *parent = nullptr);

    void setSubtitle(const QString &subtitle);
    QString subtitle() const;
    void addWidget(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QString m_iconName;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_controls;
};

} // namespace Airpane
