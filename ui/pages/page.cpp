// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

namespace Airpane {

void Page::saveState(QSettings &) const {}

void Page::restoreState(QSettings &) {}

} // namespace Airpane
