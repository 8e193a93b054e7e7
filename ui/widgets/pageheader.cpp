// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageheader.h"

#include "style/tintedsvgiconengine.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Airpane {

PageHeader::PageHeader(const QString &iconName, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_iconName(iconName)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_controls(new QHBoxLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateIcon();

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addSpacing(fontMetrics().averageCharWidth());
    layout->addLayout(text, 1);
    m_controls->setSpacing(fontMetrics().averageCharWidth());
    layout->addLayout(m_controls);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addWidget(QWidget *widget)
{
    m_controls->addWidget(widget, 0, Qt::AlignVCenter);
}

void PageHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateIcon();
    }
    QWidget::changeEvent(event);
}

void PageHeader::updateIcon()
{
    // Tall enough for the title and subtitle beside it, in device-independent pixels.
    const int size = fontMetrics().height() * 2 + 4;
    m_icon->setPixmap(tintedIcon(m_iconName).pixmap(QSize(size, size), devicePixelRatioF()));
}

} // namespace Airpane
