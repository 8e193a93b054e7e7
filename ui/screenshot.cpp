// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace Airpane {

QString saveScreenshot(QWidget *widget, const QString &fileName)
{
    const QFileInfo info(fileName);
    if (!QDir().mkpath(info.absolutePath())) {
        return QCoreApplication::translate("Airpane", "Cannot create the folder %1.")
            .arg(info.absolutePath());
    }
    const QImage image = widget->grab().toImage();
    QImageWriter writer(fileName, "png");
    if (!writer.write(image)) {
        return QCoreApplication::translate("Airpane", "Cannot write %1: %2.")
            .arg(fileName, writer.errorString());
    }
    return {};
}

} // namespace Airpane
