// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace Airpane {

void applyChartPalette(QChartView *view, const QList<QAbstractAxis *> &axes)
{
    const QPalette palette = view->palette();
    view->chart()->setBackgroundBrush(palette.base());
    view->chart()->setBackgroundPen(Qt::NoPen);
    view->chart()->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.text());
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
    view->setBackgroundBrush(palette.window());
}

} // namespace Airpane
