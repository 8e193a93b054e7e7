// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalbardelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Airpane {

SignalBarDelegate::SignalBarDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

double SignalBarDelegate::fraction(double dbm)
{
    return std::clamp((dbm + 95.0) / 60.0, 0.0, 1.0);
}

void SignalBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariant dbm = index.data(m_role);
    if (dbm.isValid()) {
        // The background first (selection, alternating rows), then the bar, then the text on top.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        const double share = fraction(dbm.toDouble());
        QColor color = QColor::fromHsvF(float(share / 3.0), 0.65f, 0.85f);
        color.setAlphaF(0.55f);
        const QRect inner = option.rect.adjusted(2, 3, -2, -3);
        QRectF bar(inner);
        bar.setWidth(inner.width() * share);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(bar, 2, 2);
        painter->restore();
        QStyleOptionViewItem text = option;
        initStyleOption(&text, index);
        text.backgroundBrush = Qt::NoBrush;
        text.state &= ~QStyle::State_Selected;
        text.palette.setColor(QPalette::Text, option.state & QStyle::State_Selected
                                                  ? option.palette.color(QPalette::HighlightedText)
                                                  : option.palette.color(QPalette::Text));
        text.features &= ~QStyleOptionViewItem::Alternate;
        style->drawItemText(painter, text.rect.adjusted(4, 0, -4, 0), int(Qt::AlignVCenter | Qt::AlignLeft),
                            text.palette, true, text.text, QPalette::Text);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace Airpane
