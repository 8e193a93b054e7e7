// SPDX-License-Identifier: GPL-3.0-or-later
#include "socket.h"

#include <QSocketNotifier>

#include <netlink/netlink.h>
#include <netlink/socket.h>

#include <linux/netlink.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstring>

namespace Airpane::Netlink {
namespace {

constexpr int maxDumpAttempts = 5;
constexpr int receiveBufferSize = 8 * 1024 * 1024;

void setOption(int fd, int option)
{
    const int one = 1;
    ::setsockopt(fd, SOL_NETLINK, option, &one, sizeof one);
}

} // namespace

Socket::Socket(QObject *parent)
    : QObject(parent)
    , m_buffer(256 * 1024, Qt::Uninitialized)
{}

Socket::~Socket()
{
    delete m_notifier;
    if (m_socket) {
        nl_socket_free(m_socket);
    }
}

bool Socket::open(int protocol, QString *error)
{
    Q_ASSERT(!m_socket);
    m_socket = nl_socket_alloc();
    if (!m_socket) {
        *error = QStringLiteral("cannot allocate a netlink socket");
        return false;
    }
    nl_socket_disable_seq_check(m_socket);
    nl_socket_disable_auto_ack(m_socket);
    if (const int err = nl_connect(m_socket, protocol); err < 0) {
        *error = QStringLiteral("cannot open a netlink socket: %1").arg(QString::fromUtf8(nl_geterror(err)));
        nl_socket_free(m_socket);
        m_socket = nullptr;
        return false;
    }
    const int fd = nl_socket_get_fd(m_socket);
    nl_socket_set_nonblocking(m_socket);
    // Crowded scans and event bursts: ask for a large buffer, beyond rmem_max when privileged.
    if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &receiveBufferSize, sizeof receiveBufferSize) != 0) {
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBufferSize, sizeof receiveBufferSize);
    }
    setOption(fd, NETLINK_EXT_ACK);
    setOption(fd, NETLINK_CAP_ACK);
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Socket::readAvailable);
    return true;
}

bool Socket::joinGroup(unsigned group, QString *error)
{
    if (const int err = nl_socket_add_membership(m_socket, int(group)); err < 0) {
        *error = QStringLiteral("cannot join netlink group %1: %2")
                     .arg(group)
                     .arg(QString::fromUtf8(nl_geterror(err)));
        return false;
    }
    return true;
}

unsigned Socket::localPort() const
{
    return m_socket ? nl_socket_get_local_port(m_socket) : 0;
}

quint32 Socket::send(const MessageBuilder &builder, QString *error)
{
    const quint32 sequence = m_nextSequence++;
    if (m_nextSequence == 0) {
        m_nextSequence = 1; // 0 marks events
    }
    if (!builder.error().isEmpty()) {
        *error = builder.error();
        return 0;
    }
    QByteArray data = builder.build(sequence);
    if (const int err = nl_sendto(m_socket, data.data(), std::size_t(data.size())); err < 0) {
        *error = QString::fromUtf8(nl_geterror(err));
        return 0;
    }
    return sequence;
}

void Socket::request(const MessageBuilder &builder, Handlers handlers)
{
    Pending pending{builder, std::make_shared<Handlers>(std::move(handlers)),
                    (builder.flags() & NLM_F_DUMP) == NLM_F_DUMP};
    if (pending.dump && m_dumpRunning) {
        m_waitingDumps.append(std::move(pending));
        return;
    }
    start(std::move(pending));
}

void Socket::start(Pending pending)
{
    QString error;
    const quint32 sequence = m_socket ? send(pending.builder, &error) : 0;
    if (sequence == 0) {
        const auto handlers = pending.handlers;
        if (handlers->done) {
            const int code = pending.builder.error().isEmpty() ? ENOTCONN : EMSGSIZE;
            handlers->done(Error{code, m_socket ? error : QStringLiteral("socket not open")});
        }
        if (pending.dump) {
            startNextDump();
        }
        return;
    }
    if (pending.dump) {
        m_dumpRunning = true;
    }
    m_pending.insert(sequence, std::move(pending));
}

void Socket::startNextDump()
{
    m_dumpRunning = false;
    if (!m_waitingDumps.isEmpty()) {
        start(m_waitingDumps.takeFirst());
    }
}

void Socket::readAvailable()
{
    const int fd = nl_socket_get_fd(m_socket);
    for (;;) {
        iovec iov{m_buffer.data(), std::size_t(m_buffer.size())};
        sockaddr_nl from = {};
        msghdr header = {};
        header.msg_name = &from;
        header.msg_namelen = sizeof from;
        header.msg_iov = &iov;
        header.msg_iovlen = 1;
        const ssize_t received = ::recvmsg(fd, &header, MSG_DONTWAIT);
        if (received < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == ENOBUFS) {
                Q_EMIT overrun();
                continue;
            }
            return; // EAGAIN: drained
        }
        if (header.msg_flags & MSG_TRUNC) {
            Q_EMIT overrun();
            continue;
        }
        if (from.nl_pid != 0) {
            continue; // only the kernel speaks to us
        }
        QString error;
        const QList<Message> messages = splitMessages(
            Bytes(reinterpret_cast<const std::uint8_t *>(m_buffer.constData()), std::size_t(received)),
            &error);
        for (const Message &message : messages) {
            dispatch(message);
        }
    }
}

void Socket::dispatch(const Message &message)
{
    auto it = message.sequence ? m_pending.find(message.sequence) : m_pending.end();
    if (it == m_pending.end()) {
        if (message.type >= NLMSG_MIN_TYPE) {
            Q_EMIT messageReceived(message);
        }
        return;
    }
    if (message.flags & NLM_F_DUMP_INTR) {
        it->interrupted = true;
    }
    if (message.type == NLMSG_ERROR) {
        finish(message.sequence,
               parseError(message).value_or(Error{EPROTO, QStringLiteral("malformed error message")}));
    } else if (message.type == NLMSG_DONE) {
        if (it->interrupted && it->attempts < maxDumpAttempts) {
            // The dump raced with a change and may be inconsistent: take it again.
            Pending retry = std::move(*it);
            m_pending.erase(it);
            retry.interrupted = false;
            ++retry.attempts;
            const auto handlers = retry.handlers;
            if (handlers->restarted) {
                handlers->restarted();
            }
            m_dumpRunning = false;
            start(std::move(retry));
            return;
        }
        finish(message.sequence, Error{});
    } else if (message.type >= NLMSG_MIN_TYPE && it->handlers->reply) {
        const auto handlers = it->handlers;
        handlers->reply(message);
    }
}

void Socket::finish(quint32 sequence, const Error &error)
{
    const auto it = m_pending.find(sequence);
    if (it == m_pending.end()) {
        return;
    }
    const auto handlers = it->handlers;
    const bool dump = it->dump;
    m_pending.erase(it);
    if (handlers->done) {
        handlers->done(error);
    }
    if (dump) {
        startNextDump();
    }
}

} // namespace Airpane::Netlink
