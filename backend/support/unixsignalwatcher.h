// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <initializer_list>
#include <vector>

class QSocketNotifier;

namespace Airpane {

// Delivers POSIX signals (SIGTERM, SIGINT, ...) as a Qt signal on the event loop, so a service can
// shut down through its normal destructors. The handler only writes the signal number to a socket
// pair; everything else happens in the event loop. One instance per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(std::initializer_list<int> signals, QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void signalReceived(int signal);

private:
    void drain();

    QSocketNotifier *m_notifier = nullptr;
    std::vector<int> m_signals;
};

} // namespace Airpane
