// SPDX-License-Identifier: GPL-3.0-or-later
#include "contract.h"

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QDBusVariant>
#include <QJsonArray>

namespace Airpane::Contract {

namespace {

QVariant toVariant(const QJsonValue &value);

QVariantList toVariantList(const QJsonArray &array)
{
    QVariantList list;
    list.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (!value.isNull()) {
            list.append(toVariant(value));
        }
    }
    return list;
}

QVariant toVariant(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return variantFromJson(value.toObject());
    case QJsonValue::Array:
        return toVariantList(value.toArray());
    default:
        return value.toVariant();
    }
}

} // namespace

QVariantMap variantFromJson(const QJsonObject &object)
{
    QVariantMap map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isNull()) {
            map.insert(it.key(), toVariant(it.value()));
        }
    }
    return map;
}

namespace {

// QtDBus hands nested containers of a received variant over as QDBusArgument: unpack them.
QVariant plain(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QDBusVariant>()) {
        return plain(value.value<QDBusVariant>().variant());
    }
    if (value.metaType() == QMetaType::fromType<QVariantMap>()) {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            it.value() = plain(it.value());
        }
        return map;
    }
    if (value.metaType() == QMetaType::fromType<QVariantList>()) {
        QVariantList list = value.toList();
        for (QVariant &item : list) {
            item = plain(item);
        }
        return list;
    }
    if (value.metaType() != QMetaType::fromType<QDBusArgument>()) {
        return value;
    }
    // Walk element by element: an array of integers (ai) is no QVariantList (av), and reading it
    // as one would misread the message.
    const QDBusArgument argument = value.value<QDBusArgument>();
    switch (argument.currentType()) {
    case QDBusArgument::MapType: {
        QVariantMap map;
        argument.beginMap();
        while (!argument.atEnd()) {
            argument.beginMapEntry();
            const QVariant key = argument.asVariant();
            const QVariant item = argument.asVariant();
            argument.endMapEntry();
            map.insert(key.toString(), plain(item));
        }
        argument.endMap();
        return map;
    }
    case QDBusArgument::ArrayType: {
        QVariantList list;
        argument.beginArray();
        while (!argument.atEnd()) {
            list.append(plain(argument.asVariant()));
        }
        argument.endArray();
        return list;
    }
    default:
        return argument.asVariant();
    }
}

} // namespace

QJsonObject jsonFromVariant(const QVariantMap &map)
{
    return QJsonObject::fromVariantMap(plain(QVariant(map)).toMap());
}

QVariant plainVariant(const QVariant &value)
{
    return plain(value);
}

void registerTypes()
{
    qDBusRegisterMetaType<QVariantMapList>();
    qDBusRegisterMetaType<QList<uint>>();
}

} // namespace Airpane::Contract
