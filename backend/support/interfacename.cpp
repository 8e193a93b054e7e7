// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacename.h"

#include <QRegularExpression>

namespace Airpane::InterfaceName {

bool isValid(const QString &name)
{
    // Anchored at both ends of the whole string: "$" alone would let a trailing newline through.
    static const QRegularExpression allowed(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_.-]{1,15}")));
    return allowed.match(name).hasMatch() && name != QLatin1String(".") && name != QLatin1String("..");
}

QString rule()
{
    return QStringLiteral("1 to 15 characters from A-Z, a-z, 0-9, '_', '.' and '-', not \".\" or \"..\"");
}

QString quoted(const QString &name)
{
    constexpr qsizetype shown = 40;
    QString result = QStringLiteral("\"");
    const QString head = name.left(shown);
    for (const QChar c : head) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\') {
            result += c;
        } else if (u < 0x100) {
            result += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        } else {
            result += QStringLiteral("\\u%1").arg(u, 4, 16, QLatin1Char('0'));
        }
    }
    if (name.size() > shown) {
        result += QStringLiteral("...");
    }
    return result + QLatin1Char('"');
}

} // namespace Airpane::InterfaceName
