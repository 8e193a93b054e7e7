// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Airpane {

class MainWindow;

// Renders WIDGET (with its children, as it is now) into a PNG file. Returns an empty string on
// success, else what went wrong in words.
QString saveScreenshot(QWidget *widget, const QString &fileName);

// `airpane --screenshot`: renders WINDOW to FILENAME once its client's whole state is loaded (or
// the helper is unavailable, or 15 s have passed) and the visible page has drawn it, prints one
// line saying what the image shows (page, state, counts, the page's summary), and quits the
// application with 0 (1 when the file could not be written). A screenshot promises the whole
// state: where it could not wait for it, the line and the status bar in the image say so.
void screenshotWhenSettled(MainWindow *window, const QString &fileName);

} // namespace Airpane
