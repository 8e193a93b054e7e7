// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Airpane {

// One line of text that gives way: it asks for no width of its own and shows as much of its text as
// fits, ending in "…", with the whole text in its tooltip. A status line in a row of controls must
// not widen the window when a long error arrives (a lab capture came out 1327 px wide for one).
class ElidedLabel : public QWidget
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // What is painted at the current width.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace Airpane
