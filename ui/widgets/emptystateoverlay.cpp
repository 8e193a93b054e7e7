// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystateoverlay.h"

#include <QAbstractItemView>
#include <QEvent>

namespace Airpane {

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("emptyState"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    watchModel();
    update();
}

void EmptyStateOverlay::setMessage(const QString &message)
{
    setText(message);
    update();
}

void EmptyStateOverlay::watchModel()
{
    QAbstractItemModel *model = m_view->model();
    if (!model) {
        return;
    }
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateOverlay::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateOverlay::update);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateOverlay::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateOverlay::update);
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        update();
    }
    return QLabel::eventFilter(watched, event);
}

void EmptyStateOverlay::update()
{
    const QRect area = m_view->viewport()->rect();
    const int margin = fontMetrics().height() * 2;
    setGeometry(area.adjusted(margin, margin, -margin, -margin));
    const bool empty = !m_view->model() || m_view->model()->rowCount(m_view->rootIndex()) == 0;
    setVisible(empty && !text().isEmpty());
}

} // namespace Airpane
