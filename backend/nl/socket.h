// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

struct nl_sock;
class QSocketNotifier;

namespace Airpane::Netlink {

// A netlink socket (libnl-3) driven by the Qt event loop: non-blocking, a QSocketNotifier on its
// descriptor, drained until EAGAIN. Requests are matched to their replies by sequence number;
// everything else (multicast events) is emitted as messageReceived. NETLINK_EXT_ACK is on, so
// errors carry the kernel's own explanation.
//
// Messages handed to callbacks and signals view the receive buffer: decode them before returning.
class Socket : public QObject
{
    Q_OBJECT
public:
    struct Handlers
    {
        // Each reply message (each part of a dump).
        std::function<void(const Message &)> reply;
        // The end: an acknowledgement (code 0), the end of a dump, or an error.
        std::function<void(const Error &)> done;
        // An interrupted dump starts over: forget what reply() delivered so far.
        std::function<void()> restarted;
    };

    explicit Socket(QObject *parent = nullptr);
    ~Socket() override;

    // Opens a socket for PROTOCOL (NETLINK_GENERIC, NETLINK_ROUTE).
    bool open(int protocol, QString *error);
    bool isOpen() const { return m_socket != nullptr; }
    bool joinGroup(unsigned group, QString *error);

    // Sends BUILDER's message with a new sequence number; HANDLERS hear of its replies. A socket
    // runs one dump at a time (the kernel answers a second with EBUSY), so dumps wait their turn.
    // Dumps interrupted by a concurrent change (NLM_F_DUMP_INTR) are sent again, a few times.
    void request(const MessageBuilder &builder, Handlers handlers);
    int pendingRequests() const { return int(m_pending.size() + m_waitingDumps.size()); }

    nl_sock *handle() const { return m_socket; }
    unsigned localPort() const;

Q_SIGNALS:
    // A message that answers no request of ours: a multicast event.
    void messageReceived(const Airpane::Netlink::Message &message);
    // The kernel dropped messages for us (ENOBUFS): state derived from events is stale.
    void overrun();

private:
    struct Pending
    {
        MessageBuilder builder;
        // Shared so that a handler can run while requests it makes reshape the table.
        std::shared_ptr<Handlers> handlers;
        bool dump = false;
        bool interrupted = false;
        int attempts = 1;
    };

    void readAvailable();
    void dispatch(const Message &message);
    void finish(quint32 sequence, const Error &error);
    quint32 send(const MessageBuilder &builder, QString *error);
    // Sends PENDING now; on failure tells its handlers.
    void start(Pending pending);
    void startNextDump();

    nl_sock *m_socket = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QHash<quint32, Pending> m_pending;
    QList<Pending> m_waitingDumps;
    bool m_dumpRunning = false;
    quint32 m_nextSequence = 1;
    QByteArray m_buffer;
};

} // namespace Airpane::Netlink
