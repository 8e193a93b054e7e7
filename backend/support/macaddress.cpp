// SPDX-License-Identifier: GPL-3.0-or-later
#include "macaddress.h"

namespace Airpane::MacAddress {
namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

} // namespace

std::optional<QByteArray> parse(const QString &text)
{
    constexpr qsizetype length = 6 * 3 - 1;
    if (text.size() != length) {
        return std::nullopt;
    }
    QByteArray octets;
    for (qsizetype i = 0; i < length; i += 3) {
        const int high = hexValue(text.at(i));
        const int low = hexValue(text.at(i + 1));
        if (high < 0 || low < 0 || (i + 2 < length && text.at(i + 2) != QLatin1Char(':'))) {
            return std::nullopt;
        }
        octets.append(char(high << 4 | low));
    }
    return octets;
}

QString format(const QByteArray &octets)
{
    return QString::fromLatin1(octets.toHex(':'));
}

} // namespace Airpane::MacAddress
