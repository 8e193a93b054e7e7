// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Airpane {

// A page whose content is not built yet: its icon, title and what it will show.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QIcon &icon, const QString &title, const QString &description,
                    QWidget *parent = nullptr);
};

} // namespace Airpane
