// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "chartexport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>

namespace Airpane::ExportDialog {
namespace {

QString filterFor(const QString &suffix)
{
    if (suffix == QLatin1String("csv")) {
        return QCoreApplication::translate("ExportDialog", "CSV files (*.csv)");
    }
    if (suffix == QLatin1String("json")) {
        return QCoreApplication::translate("ExportDialog", "JSON files (*.json)");
    }
    if (suffix == QLatin1String("svg")) {
        return QCoreApplication::translate("ExportDialog", "SVG images (*.svg)");
    }
    return QCoreApplication::translate("ExportDialog", "PNG images (*.png)");
}

} // namespace

void save(QWidget *parent, const QString &what, const QString &suffix, const Writer &write)
{
    const bool image = suffix == QLatin1String("png") || suffix == QLatin1String("svg");
    const QString folder = QStandardPaths::writableLocation(image ? QStandardPaths::PicturesLocation
                                                                  : QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("ExportDialog", "Export"),
        folder + u'/' + ChartExport::suggestedName(what, suffix), filterFor(suffix));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!write(path, &error)) {
        QMessageBox::warning(parent, QCoreApplication::translate("ExportDialog", "Export"), error);
    }
}

QToolButton *button(QWidget *parent, const QString &objectName, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(QCoreApplication::translate("ExportDialog", "Export"));
    button->setToolTip(toolTip);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setAutoRaise(true);
    button->setMenu(new QMenu(button));
    return button;
}

void addImageExports(QMenu *menu, const QString &name, QWidget *widget, const QString &what)
{
    menu->addAction(
        QCoreApplication::translate("ExportDialog", "%1 as PNG…").arg(name), widget, [widget, what] {
            save(widget, what, QStringLiteral("png"), [widget](const QString &path, QString *error) {
                return ChartExport::toPng(widget, path, error);
            });
        });
    menu->addAction(
        QCoreApplication::translate("ExportDialog", "%1 as SVG…").arg(name), widget, [widget, what, name] {
            save(widget, what, QStringLiteral("svg"), [widget, name](const QString &path, QString *error) {
                return ChartExport::toSvg(
                    widget, path, QCoreApplication::translate("ExportDialog", "Airpane: %1").arg(name),
                    error);
            });
        });
}

} // namespace Airpane::ExportDialog
