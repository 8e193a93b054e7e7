// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>

class QWidget;

namespace Airpane {

// A chart (any widget, as it is drawn now) as a picture: PNG for a message or a report, SVG to scale
// or edit. Both replace PATH in one step, so a failed export leaves nothing behind.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    // At the widget's device pixel ratio, so a HiDPI screen gives a sharp picture.
    static bool toPng(QWidget *widget, const QString &path, QString *error);
    // TITLE names the picture in its metadata (viewers show it as the document title).
    static bool toSvg(QWidget *widget, const QString &path, const QString &title, QString *error);
    // "airpane-channels-2026-11-21-1405.svg" for WHAT "channels" and SUFFIX "svg" (or ".svg"), so
    // exports sort by time and do not overwrite one another.
    static QString suggestedName(const QString &what, const QString &suffix,
                                 const QDateTime &when = QDateTime::currentDateTime());
};

} // namespace Airpane
