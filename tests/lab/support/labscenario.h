// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Airpane::Lab {

struct LabRadio
{
    int number = -1;
    QString phy;
    QString netdev;
    QString mac;
    QString role; // "free", "ap", "p2p"
};

struct LabAccessPoint
{
    QString name;
    int radio = -1;
    QString ifname;
    QString bssid;
    QString ssid;
    int channel = 0;
    QString band; // "2.4", "5", "6"
    int frequency = 0;
    int width = 20;
    QString standard;
    QString security; // open, owe, wpa2, wpa3, wpa2-wpa3
    bool hidden = false;
};

struct LabPeer
{
    QString name;
    int radio = -1;
    QString mode; // listen, find
    QString deviceName;
    QString deviceType;
    QString configMethods;
    QString deviceAddress;
    QString ifname;
};

// A wpa_supplicant client connected to one of the scenario's access points.
struct LabStation
{
    QString name;
    int radio = -1;
    QString ap; // the access point's name
    QString ifname;
    QString mac;
    QString bssid;
};

// A lab scenario as it runs in the VM, read from what tools/lab-guest/scenario.py wrote.
struct LabScenario
{
    QString name;
    QString country;
    QList<LabRadio> radios;
    QList<LabAccessPoint> accessPoints;
    QList<LabPeer> peers;
    QList<LabStation> stations;
    double churnPeriod = 0;

    QList<LabRadio> freeRadios() const;

    // Applies NAME inside the VM unless it already runs, then reads it. On failure returns a scenario
    // with an empty name and sets ERROR.
    static LabScenario ensure(const QString &name, QString *error);
    static QString scenarioTool();
    // Makes the next ensure() apply its scenario afresh, after a test changed global state.
    static void invalidate();
    static bool insideLab();
};

} // namespace Airpane::Lab
