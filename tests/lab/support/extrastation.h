// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Airpane::Lab {

// A client a test adds to one of the scenario's access points on a free radio: wpa_supplicant of
// its own on IFNAME with MAC, WPA2-PSK; it leaves (disconnect) when the test says, and goes with
// the object, the interface back down with its own address.
class ExtraStation
{
public:
    ExtraStation(QString ifname, QString mac);
    ~ExtraStation();

    // Starts wpa_supplicant for SSID; true once it is connected (hang guard of a minute).
    bool join(const QString &ssid, const QString &passphrase, int frequency, QString *error);
    // Disconnects: the access point's kernel reports the station gone.
    bool leave();

private:
    QString m_ifname;
    QString m_mac;
    QString m_originalMac;
    QString m_ctrl;
    bool m_started = false;
};

} // namespace Airpane::Lab
