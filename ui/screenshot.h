// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Airpane {

// Renders WIDGET (with its children, as it is now) into a PNG file. Returns an empty string on
// success, else what went wrong in words.
QString saveScreenshot(QWidget *widget, const QString &fileName);

} // namespace Airpane
