// SPDX-License-Identifier: GPL-3.0-or-later
#include "p2pobserver.h"

#include "command.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

namespace Airpane::Lab {

P2pObserver::P2pObserver(const QString &netdev)
    : m_netdev(netdev)
    , m_ctrlDir(QStringLiteral("/run/lab/observer-%1").arg(netdev))
{}

P2pObserver::~P2pObserver()
{
    if (m_started) {
        wpaCli({QStringLiteral("terminate")});
        QElapsedTimer timer;
        timer.start();
        while (QFile::exists(m_ctrlDir + QStringLiteral("/p2p-dev-") + m_netdev) &&
               timer.elapsed() < 30000) { // hang guard
            QThread::msleep(50);
        }
        runCommand(QStringLiteral("ip"),
                   {QStringLiteral("link"), QStringLiteral("set"), m_netdev, QStringLiteral("up")});
    }
}

QString P2pObserver::wpaCli(const QStringList &args) const
{
    return QString::fromUtf8(runCommand(QStringLiteral("wpa_cli"),
                                        QStringList{QStringLiteral("-p"), m_ctrlDir, QStringLiteral("-i"),
                                                    QStringLiteral("p2p-dev-") + m_netdev} +
                                            args)
                                 .out);
}

bool P2pObserver::start(QString *error)
{
    const QString conf = m_ctrlDir + QStringLiteral(".conf");
    QFile file(conf);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(conf);
        return false;
    }
    file.write(QStringLiteral("ctrl_interface=%1\ndevice_name=Lab Observer\ndevice_type=1-0050F204-1\n"
                              "config_methods=push_button\np2p_no_group_iface=1\n")
                   .arg(m_ctrlDir)
                   .toUtf8());
    file.close();
    const CommandResult started = runCommand(
        QStringLiteral("wpa_supplicant"),
        {QStringLiteral("-B"), QStringLiteral("-D"), QStringLiteral("nl80211"), QStringLiteral("-i"),
         m_netdev, QStringLiteral("-c"), conf, QStringLiteral("-f"), m_ctrlDir + QStringLiteral(".log")});
    if (!started.ok()) {
        *error = QStringLiteral("wpa_supplicant: %1").arg(QString::fromUtf8(started.err));
        return false;
    }
    m_started = true;
    QElapsedTimer timer;
    timer.start();
    while (!QFile::exists(m_ctrlDir + QStringLiteral("/p2p-dev-") + m_netdev)) {
        if (timer.elapsed() > 30000) { // hang guard: wpa_supplicant starts in well under a second
            *error = QStringLiteral("no P2P device from wpa_supplicant on %1").arg(m_netdev);
            return false;
        }
        QThread::msleep(50);
    }
    if (wpaCli({QStringLiteral("p2p_find"), QStringLiteral("type=social")}).trimmed() !=
        QLatin1String("OK")) {
        *error = QStringLiteral("P2P_FIND refused");
        return false;
    }
    return true;
}

QMap<QString, QString> P2pObserver::waitForPeer(const QString &address, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QMap<QString, QString> peer;
        for (const QString &line : wpaCli({QStringLiteral("p2p_peer"), address}).split(QLatin1Char('\n'))) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq > 0) {
                peer.insert(line.left(eq), line.mid(eq + 1));
            }
        }
        // Entries known only from a probe request carry what that request said, not the peer's
        // P2P Device Info: wait for a probe response or beacon.
        if (!peer.value(QStringLiteral("device_name")).isEmpty() &&
            !peer.value(QStringLiteral("flags")).contains(QLatin1String("PROBE_REQ_ONLY"))) {
            return peer;
        }
        QThread::msleep(200);
    }
    return {};
}

} // namespace Airpane::Lab
