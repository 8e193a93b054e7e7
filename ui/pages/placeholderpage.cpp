// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Airpane {

PlaceholderPage::PlaceholderPage(const QIcon &icon, const QString &title, const QString &description,
                                 QWidget *parent)
    : QWidget(parent)
{
    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(QSize(64, 64), devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignCenter);

    auto *titleLabel = new QLabel(title, this);
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);

    auto *descriptionLabel = new QLabel(description, this);
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setAlignment(Qt::AlignCenter);
    descriptionLabel->setForegroundRole(QPalette::PlaceholderText);
    descriptionLabel->setFixedWidth(480);
    descriptionLabel->setMinimumHeight(descriptionLabel->heightForWidth(480));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(8);
    layout->addWidget(titleLabel);
    layout->addWidget(descriptionLabel, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace Airpane
