// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "contract.h"

#include <QRegularExpression>

namespace Airpane::Validation {

bool isInterfaceName(const QString &name)
{
    // Anchored at both ends of the whole string: "$" alone would let a trailing newline through.
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]{1,15}")));
    return allowed.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..");
}

QString unknownTopic(const QStringList &topics)
{
    for (const QString &topic : topics) {
        if (!Contract::Topic::all.contains(topic)) {
            return topic.isEmpty() ? QStringLiteral("\"\"") : topic;
        }
    }
    return {};
}

} // namespace Airpane::Validation
