// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parityreport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace Airpane::Lab {

// One value changed in airpane-cli's JSON, and the field the comparison must then name: proof
// that the comparisons can fail.
struct Perturbation
{
    const char *name;
    // "radio" (the first), "channels" (of the first radio), "interface" (the first on a channel),
    // "domain" (the first)
    const char *subject;
    const char *path;  // "bands/0/channels/0/maxPowerDbm"
    const char *value; // JSON
    const char *field; // a part of the mismatch message
};

const QList<Perturbation> &perturbations();

// The test's reads of iw and airpane-cli that perturbations are compared against.
struct Snapshot
{
    QByteArray iwList;
    QJsonArray radios;
    QByteArray iwDev;
    QJsonArray interfaces;
    QByteArray iwReg;
    QJsonArray domains;
    QByteArray iwChannels; // `iw phy X channels` of the first radio, before and after ...
    QByteArray iwChannelsAgain;
    QJsonObject channelsRadio; // ... airpane-cli's read of it
};

// The comparison of CHANGE's subject, with the change made to airpane-cli's JSON when PERTURBED.
ParityReport comparePerturbed(const Snapshot &snapshot, const Perturbation &change, bool perturbed);

// ROOT with the value at PATH (object keys and array indexes) replaced by VALUE.
QJsonValue withValue(const QJsonValue &root, QStringList path, const QJsonValue &value);

} // namespace Airpane::Lab
