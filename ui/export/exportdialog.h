// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QMenu;
class QToolButton;
class QWidget;

namespace Airpane::ExportDialog {

// Writes a file to what PATH says; false and ERROR (for people) when it could not.
using Writer = std::function<bool(const QString &path, QString *error)>;

// Asks where to save WHAT (a suggested name in the usual folder for SUFFIX: csv, json, png, svg),
// writes it with WRITE, and tells the user when that failed. Nothing happens on cancel.
void save(QWidget *parent, const QString &what, const QString &suffix, const Writer &write);

// A page header's Export button, named OBJECTNAME; its menu (button->menu()) takes the exports.
QToolButton *button(QWidget *parent, const QString &objectName, const QString &toolTip = QString());

// "NAME as PNG…" and "NAME as SVG…" in MENU, exporting WIDGET as drawn.
void addImageExports(QMenu *menu, const QString &name, QWidget *widget, const QString &what);

} // namespace Airpane::ExportDialog
