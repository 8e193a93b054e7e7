// SPDX-License-Identifier: GPL-3.0-or-later
#include "extrastation.h"

#include "command.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace Airpane::Lab {

ExtraStation::ExtraStation(QString ifname, QString mac)
    : m_ifname(std::move(ifname))
    , m_mac(std::move(mac))
    , m_ctrl(QStringLiteral("/run/lab/wpas-extra-%1").arg(m_ifname))
{
    QFile address(QStringLiteral("/sys/class/net/%1/address").arg(m_ifname));
    if (address.open(QIODevice::ReadOnly)) {
        m_originalMac = QString::fromLatin1(address.readAll().trimmed());
    }
}

ExtraStation::~ExtraStation()
{
    if (m_started) {
        runCommand(QStringLiteral("wpa_cli"), {QStringLiteral("-p"), m_ctrl, QStringLiteral("-i"), m_ifname,
                                               QStringLiteral("terminate")});
        QElapsedTimer timer;
        timer.start();
        while (QFile::exists(m_ctrl + QLatin1Char('/') + m_ifname) && timer.elapsed() < 10000) {
            QThread::msleep(100);
        }
    }
    runCommand(QStringLiteral("ip"),
               {QStringLiteral("link"), QStringLiteral("set"), m_ifname, QStringLiteral("down")});
    if (!m_originalMac.isEmpty()) {
        runCommand(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), m_ifname,
                                          QStringLiteral("address"), m_originalMac});
    }
}

bool ExtraStation::join(const QString &ssid, const QString &passphrase, int frequency, QString *error)
{
    runCommand(QStringLiteral("ip"),
               {QStringLiteral("link"), QStringLiteral("set"), m_ifname, QStringLiteral("down")});
    runCommand(QStringLiteral("ip"),
               {QStringLiteral("link"), QStringLiteral("set"), m_ifname, QStringLiteral("address"), m_mac});
    const QString conf = QStringLiteral("/run/lab/wpas-extra-%1.conf").arg(m_ifname);
    QFile file(conf);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(conf);
        return false;
    }
    file.write(
        QStringLiteral("ctrl_interface=%1\nupdate_config=0\nnetwork={\n\tssid=\"%2\"\n\tkey_mgmt=WPA-PSK\n"
                       "\tpsk=\"%3\"\n\tscan_freq=%4\n}\n")
            .arg(m_ctrl, ssid, passphrase)
            .arg(frequency)
            .toUtf8());
    file.close();
    const CommandResult started =
        runCommand(QStringLiteral("wpa_supplicant"),
                   {QStringLiteral("-B"), QStringLiteral("-D"), QStringLiteral("nl80211"),
                    QStringLiteral("-i"), m_ifname, QStringLiteral("-c"), conf, QStringLiteral("-f"),
                    QStringLiteral("/run/lab/logs/wpas-extra-%1.log").arg(m_ifname)});
    if (!started.ok()) {
        *error = QString::fromLocal8Bit(started.err);
        return false;
    }
    m_started = true;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        const CommandResult status =
            runCommand(QStringLiteral("wpa_cli"), {QStringLiteral("-p"), m_ctrl, QStringLiteral("-i"),
                                                   m_ifname, QStringLiteral("status")});
        if (status.out.contains("wpa_state=COMPLETED")) {
            return true;
        }
        QThread::msleep(200);
    }
    *error = QStringLiteral("%1 did not connect to %2 within a minute").arg(m_ifname, ssid);
    return false;
}

bool ExtraStation::leave()
{
    return runCommand(QStringLiteral("wpa_cli"), {QStringLiteral("-p"), m_ctrl, QStringLiteral("-i"),
                                                  m_ifname, QStringLiteral("disconnect")})
        .out.contains("OK");
}

} // namespace Airpane::Lab
