// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QAbstractItemView;

namespace Airpane {

// A message in the middle of an item view while its model has no rows: why it is empty, never a
// blank table.
class EmptyStateOverlay : public QLabel
{
    Q_OBJECT
public:
    explicit EmptyStateOverlay(QAbstractItemView *view);

    void setMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void watchModel();

    QAbstractItemView *m_view;
};

} // namespace Airpane
