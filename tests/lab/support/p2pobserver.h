// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace Airpane::Lab {

// A reference Wi-Fi Direct device: wpa_supplicant on a free lab radio, searching with
// P2P_FIND type=social. Stopped (and its P2P device removed) on destruction.
class P2pObserver
{
public:
    explicit P2pObserver(const QString &netdev);
    ~P2pObserver();
    P2pObserver(const P2pObserver &) = delete;
    P2pObserver &operator=(const P2pObserver &) = delete;

    bool start(QString *error);

    // Waits until wpa_supplicant has seen the peer ADDRESS answer (not only search), and returns
    // what `P2P_PEER ADDRESS` says of it (key=value); empty on timeout.
    QMap<QString, QString> waitForPeer(const QString &address, int timeoutMs);

    QString wpaCli(const QStringList &args) const;

private:
    QString m_netdev;
    QString m_ctrlDir;
    bool m_started = false;
};

} // namespace Airpane::Lab
