// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <type_traits>

namespace Airpane::Json {

inline QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

inline QJsonValue nullableHex(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QJsonValue() : QJsonValue(hex(bytes));
}

// An optional number or string as JSON: null when absent. 64-bit counters stay exact up to 2^53.
template<typename T>
QJsonValue optional(const std::optional<T> &value)
{
    if (!value) {
        return QJsonValue();
    }
    if constexpr (std::is_same_v<T, bool>) {
        return QJsonValue(*value); // bool is integral too: keep it a JSON boolean
    } else if constexpr (std::is_floating_point_v<T>) {
        return QJsonValue(double(*value));
    } else if constexpr (std::is_integral_v<T>) {
        return QJsonValue(qint64(*value));
    } else {
        return QJsonValue(*value);
    }
}

} // namespace Airpane::Json
