// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace Airpane {

// Installs Qt's and Airpane's translations for the user's locale, over Airpane's English plural
// forms, which every locale falls back to.
void installTranslators(QCoreApplication *app);

} // namespace Airpane
