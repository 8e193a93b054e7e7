// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

#include "widgets/pageheader.h"

namespace Airpane {

void Page::saveState(QSettings &) const {}

void Page::restoreState(QSettings &) {}

QString Page::summary() const
{
    const auto *header = findChild<PageHeader *>();
    return header ? header->subtitle() : QString();
}

} // namespace Airpane
