// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/bss.h"
#include "client/event.h"
#include "client/interface.h"
#include "client/radio.h"
#include "client/regulatorydomain.h"

#include <QJsonObject>

namespace Airpane {
class ClientState;
}

// What `airpane-cli --json` recorded in the lab (tests/data/json/SCENARIO: capabilities, interfaces,
// reg, events), converted the way the helper's data are: through the D-Bus form, which drops nulls.
namespace Airpane::Test {

struct Recorded
{
    QList<Client::Radio> radios;
    QList<Client::Interface> interfaces;
    QList<Client::RegulatoryDomain> domains;
    QList<Client::Event> events;
};

QList<QJsonObject> readJson(const QString &scenario, const QString &name);
// Like the helper sends it: null fields gone.
QJsonObject overDbus(const QJsonObject &object);
Recorded load(const QString &scenario = QStringLiteral("demo"));
// The radios, interfaces and domains as the helper's snapshot (not the events).
void feed(ClientState *state, const Recorded &recorded);
// The BSSes of SCENARIO's bss.json (`airpane-cli scan dump --json`), as the helper sends them.
QList<Client::Bss> readBsses(const QString &scenario);

} // namespace Airpane::Test
