// SPDX-License-Identifier: GPL-3.0-or-later
#include "labscenario.h"

#include "command.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Airpane::Lab {

QList<LabRadio> LabScenario::freeRadios() const
{
    QList<LabRadio> result;
    for (const LabRadio &radio : radios) {
        if (radio.role == QLatin1String("free")) {
            result.append(radio);
        }
    }
    return result;
}

QString LabScenario::scenarioTool()
{
    return QStringLiteral(AIRPANE_SOURCE_DIR "/tools/lab-guest/scenario.py");
}

void LabScenario::invalidate()
{
    QFile::remove(QStringLiteral("/run/lab/scenario.json"));
}

bool LabScenario::insideLab()
{
    QFile cmdline(QStringLiteral("/proc/cmdline"));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("airpane.spool=");
}

LabScenario LabScenario::ensure(const QString &name, QString *error)
{
    const CommandResult applied =
        runCommand(QStringLiteral("python3"), {scenarioTool(), QStringLiteral("ensure"), name}, 240000);
    if (!applied.ok()) {
        *error = QStringLiteral("scenario %1 failed: %2").arg(name, QString::fromUtf8(applied.err));
        return {};
    }
    QFile file(QStringLiteral("/run/lab/scenario.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no /run/lab/scenario.json");
        return {};
    }
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    LabScenario scenario;
    scenario.name = json[u"name"].toString();
    scenario.country = json[u"country"].toString();
    scenario.churnPeriod = json[u"churn_period"].toDouble();
    for (const QJsonValue value : json[u"radios"].toArray()) {
        const QJsonObject o = value.toObject();
        scenario.radios.append({o[u"number"].toInt(), o[u"phy"].toString(), o[u"netdev"].toString(),
                                o[u"mac"].toString(), o[u"role"].toString()});
    }
    for (const QJsonValue value : json[u"aps"].toArray()) {
        const QJsonObject o = value.toObject();
        scenario.accessPoints.append({o[u"name"].toString(), o[u"radio"].toInt(), o[u"ifname"].toString(),
                                      o[u"bssid"].toString(), o[u"ssid"].toString(), o[u"channel"].toInt(),
                                      o[u"band"].toString(), o[u"frequency"].toInt(), o[u"width"].toInt(),
                                      o[u"standard"].toString(), o[u"security"].toString(),
                                      o[u"hidden"].toBool()});
    }
    for (const QJsonValue value : json[u"peers"].toArray()) {
        const QJsonObject o = value.toObject();
        scenario.peers.append({o[u"name"].toString(), o[u"radio"].toInt(), o[u"mode"].toString(),
                               o[u"device_name"].toString(), o[u"device_type"].toString(),
                               o[u"config_methods"].toString(), o[u"device_address"].toString(),
                               o[u"ifname"].toString()});
    }
    for (const QJsonValue value : json[u"stations"].toArray()) {
        const QJsonObject o = value.toObject();
        scenario.stations.append({o[u"name"].toString(), o[u"radio"].toInt(), o[u"ap"].toString(),
                                  o[u"ifname"].toString(), o[u"mac"].toString(), o[u"bssid"].toString()});
    }
    if (scenario.name != name) {
        *error = QStringLiteral("scenario.json names %1, not %2").arg(scenario.name, name);
        return {};
    }
    return scenario;
}

} // namespace Airpane::Lab
