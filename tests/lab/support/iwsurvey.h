// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "iwtree.h"

#include <QList>
#include <QString>

namespace Airpane::Lab {

// One entry of `iw dev X survey dump`: "Survey data from IFNAME", then "frequency: 2412 MHz
// [in use]", "noise: -92 dBm", "channel active time: 112 ms", ... (read them with node->field()).
struct IwSurveyEntry
{
    QString ifname;
    int frequency = 0; // MHz
    int offsetKhz = 0;
    bool inUse = false;
    const IwNode *node = nullptr;
};

struct IwSurvey
{
    QList<IwNode> roots;
    QList<IwSurveyEntry> entries;
};
IwSurvey parseIwSurvey(const QByteArray &text);

} // namespace Airpane::Lab
