// SPDX-License-Identifier: GPL-3.0-or-later
#include "iwsurvey.h"

#include <QRegularExpression>

namespace Airpane::Lab {

IwSurvey parseIwSurvey(const QByteArray &text)
{
    static const QRegularExpression frequency(QStringLiteral("^(\\d+)(?:\\.(\\d+))? MHz( \\[in use\\])?$"));
    IwSurvey survey;
    survey.roots = parseIwTree(text);
    for (const IwNode &root : std::as_const(survey.roots)) {
        if (!root.text.startsWith(QLatin1String("Survey data from "))) {
            continue;
        }
        root.use();
        IwSurveyEntry entry;
        entry.ifname = root.text.mid(17).trimmed();
        entry.node = &root;
        if (const auto value = root.field(QStringLiteral("frequency"))) {
            if (const auto match = frequency.match(*value); match.hasMatch()) {
                entry.frequency = match.captured(1).toInt();
                entry.offsetKhz = match.captured(2).toInt();
                entry.inUse = match.hasCaptured(3);
            }
        }
        survey.entries.append(entry);
    }
    return survey;
}

} // namespace Airpane::Lab
