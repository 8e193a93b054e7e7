// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/chartexport.h"

#include <QDir>
#include <QImageWriter>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace Airpane {

namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return ChartExport::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), reason);
}

bool fail(QString *error, const QString &text)
{
    if (error) {
        *error = text;
    }
    return false;
}

} // namespace

bool ChartExport::toPng(QWidget *widget, const QString &path, QString *error)
{
    const QPixmap pixmap = widget ? widget->grab() : QPixmap();
    if (pixmap.isNull()) {
        return fail(error, tr("There is nothing to export."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(error, cannotWrite(path, file.errorString()));
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(pixmap.toImage())) {
        return fail(error, cannotWrite(path, writer.errorString()));
    }
    if (!file.commit()) {
        return fail(error, cannotWrite(path, file.errorString()));
    }
    return true;
}

bool ChartExport::toSvg(QWidget *widget, const QString &path, const QString &title, QString *error)
{
    if (!widget || widget->size().isEmpty()) {
        return fail(error, tr("There is nothing to export."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(error, cannotWrite(path, file.errorString()));
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    // Logical pixels: the viewBox keeps the layout, and a viewer scales the vectors to any size.
    generator.setSize(widget->size());
    generator.setViewBox(widget->rect());
    generator.setResolution(widget->logicalDpiX());
    generator.setTitle(title);
    generator.setDescription(tr("Exported from Airpane"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        return fail(error, cannotWrite(path, file.errorString()));
    }
    widget->render(&painter);
    painter.end();
    if (!file.commit()) {
        return fail(error, cannotWrite(path, file.errorString()));
    }
    return true;
}

QString ChartExport::suggestedName(const QString &what, const QString &suffix, const QDateTime &when)
{
    // A page title may hold spaces or a slash; the name must stay one plain file name.
    QString stem;
    for (const QChar c : what.toLower()) {
        const QChar kept = c.isLetterOrNumber() ? c : QLatin1Char('-');
        if (kept != QLatin1Char('-') || (!stem.isEmpty() && !stem.endsWith(QLatin1Char('-')))) {
            stem += kept;
        }
    }
    while (stem.endsWith(QLatin1Char('-'))) {
        stem.chop(1);
    }
    QString name = QStringLiteral("airpane");
    if (!stem.isEmpty()) {
        name += QLatin1Char('-') + stem;
    }
    name += QLatin1Char('-') + when.toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    QString extension = suffix;
    while (extension.startsWith(QLatin1Char('.'))) {
        extension.remove(0, 1);
    }
    if (!extension.isEmpty()) {
        name += QLatin1Char('.') + extension;
    }
    return name;
}

} // namespace Airpane
