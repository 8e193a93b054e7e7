// SPDX-License-Identifier: GPL-3.0-or-later
#include "bssconversion.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Airpane::Client {
namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

ElementField fieldFromJson(const QJsonObject &object)
{
    ElementField field;
    field.key = object[u"key"].toString();
    field.label = object[u"label"].toString();
    field.value = object[u"value"].toString();
    field.explanation = object[u"explanation"].toString();
    field.offset = object[u"offset"].toInt();
    field.length = object[u"length"].toInt();
    for (const QJsonValue &child : object[u"children"].toArray()) {
        field.children.append(fieldFromJson(child.toObject()));
    }
    return field;
}

} // namespace

QString Bss::displaySsid() const
{
    return hidden || ssid.isEmpty() ? QCoreApplication::translate("Airpane::Client::Bss", "(hidden)") : ssid;
}

Bss bssFromJson(const QJsonObject &object)
{
    Bss bss;
    bss.key = object[u"key"].toString();
    bss.bssid = object[u"bssid"].toString();
    bss.radio = uint(object[u"radio"].toInteger());
    bss.hidden = object[u"hidden"].toBool();
    bss.ssid = object[u"ssid"].toString();
    bss.frequency = object[u"frequency"].toInt();
    bss.band = object[u"band"].toString();
    bss.channel = optionalInt(object[u"channel"]);
    bss.widthMhz = object[u"widthMhz"].toInt(20);
    bss.centerFrequency = object[u"centerFrequency"].toInt(bss.frequency);
    bss.center2Frequency = optionalInt(object[u"center2Frequency"]);
    bss.puncturedSubchannels = object[u"puncturedSubchannels"].toInt();
    const QJsonValue signal = object[u"signalDbm"];
    bss.signalDbm = signal.isDouble() ? std::optional<double>(signal.toDouble()) : std::nullopt;
    const QJsonObject security = object[u"security"].toObject();
    bss.securityKind = security[u"kind"].toString();
    bss.securityName = security[u"name"].toString();
    bss.standard = object[u"standard"].toString();
    const QJsonObject load = object[u"bssLoad"].toObject();
    bss.stations = optionalInt(load[u"stations"]);
    bss.utilizationPercent = optionalInt(load[u"utilizationPercent"]);
    bss.vendor = object[u"vendor"].toString();
    bss.groupKey = object[u"groupKey"].toString();
    bss.firstSeen = QDateTime::fromString(object[u"firstSeen"].toString(), Qt::ISODateWithMs);
    bss.lastSeen = QDateTime::fromString(object[u"lastSeen"].toString(), Qt::ISODateWithMs);
    bss.elements = QByteArray::fromHex(object[u"elements"].toString().toLatin1());
    bss.associated = object[u"status"].toString() == QLatin1String("associated");
    return bss;
}

SurveyChannel surveyChannelFromJson(const QJsonObject &object)
{
    auto optional64 = [](const QJsonValue &value) {
        return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
    };
    SurveyChannel channel;
    channel.frequency = object[u"frequency"].toInt();
    channel.noiseDbm = optionalInt(object[u"noiseDbm"]);
    channel.activeMs = optional64(object[u"activeMs"]);
    channel.busyMs = optional64(object[u"busyMs"]);
    channel.inUse = object[u"inUse"].toBool();
    return channel;
}

BssDetails bssDetailsFromJson(const QJsonObject &object)
{
    BssDetails details;
    details.bss = bssFromJson(object);
    for (const QJsonValue &value : object[u"decodedElements"].toArray()) {
        const QJsonObject item = value.toObject();
        DecodedElement element;
        element.id = item[u"id"].toInt();
        element.extId = optionalInt(item[u"extId"]);
        element.key = item[u"key"].toString();
        element.name = item[u"name"].toString();
        element.offset = item[u"offset"].toInt();
        element.length = item[u"length"].toInt();
        element.error = item[u"error"].toString();
        for (const QJsonValue &field : item[u"fields"].toArray()) {
            element.fields.append(fieldFromJson(field.toObject()));
        }
        details.elements.append(element);
    }
    return details;
}

} // namespace Airpane::Client
