// SPDX-License-Identifier: GPL-3.0-or-later
#include "json.h"

#include <QJsonArray>

namespace Airpane::Json {
namespace {

QJsonObject field(const Elements::Field &field)
{
    QJsonArray children;
    for (const Elements::Field &child : field.children) {
        children.append(Json::field(child));
    }
    return {
        {QStringLiteral("key"), field.key},       {QStringLiteral("label"), field.label},
        {QStringLiteral("value"), field.value},   {QStringLiteral("explanation"), field.explanation},
        {QStringLiteral("offset"), field.offset}, {QStringLiteral("length"), field.length},
        {QStringLiteral("children"), children},
    };
}

} // namespace

QJsonArray elements(const QList<Elements::DecodedElement> &elements)
{
    QJsonArray result;
    for (const Elements::DecodedElement &element : elements) {
        QJsonArray fields;
        for (const Elements::Field &f : element.fields) {
            fields.append(field(f));
        }
        result.append(QJsonObject{
            {QStringLiteral("id"), element.id},
            {QStringLiteral("extId"), element.extId >= 0 ? QJsonValue(element.extId) : QJsonValue()},
            {QStringLiteral("key"), element.key},
            {QStringLiteral("name"), element.name},
            {QStringLiteral("offset"), element.offset},
            {QStringLiteral("length"), element.length},
            {QStringLiteral("raw"), QString::fromLatin1(element.raw.toHex())},
            {QStringLiteral("error"), element.error.isEmpty() ? QJsonValue() : QJsonValue(element.error)},
            {QStringLiteral("fields"), fields},
        });
    }
    return result;
}

} // namespace Airpane::Json
