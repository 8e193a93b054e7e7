// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAbstractAxis;
class QChartView;

namespace Airpane {

// A chart in the window's palette rather than a Qt Charts theme of its own: background, legend and
// AXES follow the palette (call it again on QEvent::PaletteChange).
void applyChartPalette(QChartView *view, const QList<QAbstractAxis *> &axes);

} // namespace Airpane
