// SPDX-License-Identifier: GPL-3.0-or-later
#include "iwdev.h"

#include <QRegularExpression>

namespace Airpane::Lab {

std::optional<QString> IwInterface::value(const QString &key) const
{
    return node->value(QString(key + QLatin1Char(' ')));
}

std::optional<IwChannel> parseIwChannel(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+) \\((\\d+) MHz\\)(?:, width: ([^,]+))?(?:, center1: (\\d+) MHz)?(?:, center2: "
                       "(\\d+) MHz)?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return IwChannel{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3),
                     match.captured(4).toInt(), match.captured(5).toInt()};
}

IwDev parseIwDev(const QByteArray &text)
{
    IwDev dev;
    dev.roots = parseIwTree(text);
    for (const IwNode &root : std::as_const(dev.roots)) {
        if (!root.text.startsWith(QLatin1String("phy#"))) {
            continue;
        }
        root.use();
        const int phy = root.text.mid(4).toInt();
        for (const IwNode &child : root.children) {
            if (child.text.startsWith(QLatin1String("Interface "))) {
                dev.interfaces.append({phy, child.text.mid(10).trimmed(), &child});
            } else if (child.text.startsWith(QLatin1String("Unnamed/non-netdev interface"))) {
                dev.interfaces.append({phy, QString(), &child});
            } else {
                continue;
            }
            child.use();
        }
    }
    return dev;
}

} // namespace Airpane::Lab
