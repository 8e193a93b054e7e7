// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedstate.h"

#include "client/bssconversion.h"
#include "client/clientstate.h"
#include "client/jsonconversion.h"

#include "contract.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Airpane::Test {

QList<QJsonObject> readJson(const QString &scenario, const QString &name)
{
    QList<QJsonObject> objects;
    QFile file(QStringLiteral(AIRPANE_TEST_DATA_DIR "/json/%1/%2").arg(scenario, name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    if (name.endsWith(QLatin1String(".jsonl"))) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty()) {
                objects.append(QJsonDocument::fromJson(line).object());
            }
        }
        return objects;
    }
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        objects.append(value.toObject());
    }
    return objects;
}

QJsonObject overDbus(const QJsonObject &object)
{
    return Contract::jsonFromVariant(Contract::variantFromJson(object));
}

Recorded load(const QString &scenario)
{
    Recorded recorded;
    for (const QJsonObject &object : readJson(scenario, QStringLiteral("capabilities.json"))) {
        recorded.radios.append(Client::radioFromJson(overDbus(object)));
    }
    for (const QJsonObject &object : readJson(scenario, QStringLiteral("interfaces.json"))) {
        recorded.interfaces.append(Client::interfaceFromJson(overDbus(object)));
    }
    for (const QJsonObject &object : readJson(scenario, QStringLiteral("reg.json"))) {
        recorded.domains.append(Client::regulatoryDomainFromJson(overDbus(object)));
    }
    for (const QJsonObject &object : readJson(scenario, QStringLiteral("events.jsonl"))) {
        recorded.events.append(Client::eventFromJson(overDbus(object)));
    }
    return recorded;
}

void feed(ClientState *state, const Recorded &recorded)
{
    state->resetRadios(recorded.radios);
    state->resetInterfaces(recorded.interfaces);
    state->setRegulatoryDomains(recorded.domains);
}

QList<Client::Bss> readBsses(const QString &scenario)
{
    QList<Client::Bss> bsses;
    for (const QJsonObject &object : readJson(scenario, QStringLiteral("bss.json"))) {
        bsses.append(Client::bssFromJson(overDbus(object)));
    }
    return bsses;
}

} // namespace Airpane::Test
